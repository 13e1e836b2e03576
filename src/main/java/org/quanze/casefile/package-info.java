/**
 * 案件 — filing, case numbers (案号), parties, causes (案由), simple/complex diversion (繁简分流), assignment (分案),
 * trial organisation, deadlines (审限), hearings, judgment signing, closing, archiving, upper-court outcomes (发改指)
 * and the history import.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "trail"})
package org.quanze.casefile;
