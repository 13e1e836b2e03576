/**
 * 监督管理 — four-kinds cases (四类案件) supervised only in the open, on the platform; permanent records of
 * interference in cases (干预司法记录, the "three rules" of 2015) with the recorder protected; and requests for the
 * protection of judges performing their duties (履职保障).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "authority", "organization", "casefile", "trail"})
package org.quanze.supervision;
