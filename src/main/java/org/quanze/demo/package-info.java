/** The synthetic demo province: Jilin's real court structure with staff in the paper's proportions. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization"})
package org.quanze.demo;
