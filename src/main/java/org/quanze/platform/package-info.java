/** Technical set-up, not a domain: database (embedded or external), security filter chain, errors, locale, layout. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority"})
package org.quanze.platform;
