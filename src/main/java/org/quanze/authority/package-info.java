/**
 * 权力清单 — the power list (who may and who may not do what), login, and data scopes. Every command and query
 * of every module asks {@link org.quanze.authority.PowerGuard}; a refusal names the rule that refused.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.quanze.authority;
