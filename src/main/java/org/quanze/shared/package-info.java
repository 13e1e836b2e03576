/** Value types every module uses (roles, posts, court levels, the trail record, domain errors); no services. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.quanze.shared;
