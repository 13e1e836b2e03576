/**
 * 统计 — the statistical caliber (统计口径), the indicator catalogue and situation analysis (态势分析), computed
 * set-based from the case facts casefile publishes ({@code casefile.case_fact}, named interface
 * {@code casefile :: facts}) and the portal's events on cases disclosure publishes ({@code portal.case_event_fact},
 * {@code disclosure :: facts}); every figure carries its definition and can list its cases.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "casefile :: facts",
        "disclosure :: facts"})
package org.quanze.statistics;
