/**
 * 绩效考核 — performance evaluation of 员额法官, 法官助理, 审判部门 and 中级法院 (法官法 第38–43条): schemes as
 * versioned data, scores computed set-based from the case read model {@code casefile.case_fact} and the statistics
 * indicators, every point explained down to its cases, objections (复核) answered by the 审管办, and the locked result
 * frozen in the 考核档案. Review results (案件评查) are scheme items too, read through review's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "statistics",
        "casefile :: facts", "disclosure", "review"})
package org.quanze.evaluation;
