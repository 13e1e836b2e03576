/**
 * 案件事实 — the case facts casefile publishes for reading set-based: the view {@code casefile.case_fact} (one row per
 * case, the columns the statistics and the evaluation count) and its change log. Other modules read them only through
 * this named interface, declared as {@code "casefile :: facts"} in their {@code allowedDependencies}, so that
 * {@code ModularityTests} finds any module reading the case tables without saying so.
 */
@org.springframework.modulith.NamedInterface("facts")
package org.quanze.casefile.facts;
