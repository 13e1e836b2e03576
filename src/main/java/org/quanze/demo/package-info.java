/** The synthetic demo province: Jilin's real court structure with staff in the paper's proportions and two years of cases. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "casefile"})
package org.quanze.demo;
