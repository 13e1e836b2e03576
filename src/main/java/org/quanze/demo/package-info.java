/**
 * The synthetic demo province: Jilin's real court structure with staff in the paper's proportions, two years of cases
 * and what a former portal recorded of them (审判流程公开).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "casefile",
        "disclosure"})
package org.quanze.demo;
