package org.quanze.review.domain;

/**
 * 常规评查规则 — what a routine check tests, as an SQL predicate over the case file's published view
 * {@code casefile.case_fact} (alias {@code f}) with {@code :today} and the rule's {@code :days}. Which rules run, their
 * days and the time to fix are data (review.routine_rule), editable by the trial-management office.
 */
public enum RoutineCheck {
    /** 结案后逾期未归档 (人民法院诉讼文书立卷归档办法: three months after closing). */
    NOT_ARCHIVED("f.closed_on IS NOT NULL AND f.archived_on IS NULL AND f.closed_on + :days < :today"),
    /** 审限届满未办理延长 (民事诉讼法 第152条): past the deadline, open or closed late, without an extension. */
    OVERDUE_WITHOUT_EXTENSION("f.deadline_on IS NOT NULL AND NOT f.extended AND coalesce(f.closed_on, :today) > f.deadline_on + :days"),
    /** 判决逾期未上网 (法释〔2016〕19号 第7条): a judgment neither published nor announced after the days allowed. */
    JUDGMENT_NOT_PUBLISHED("f.close_method = '判决' AND coalesce(f.judgment_published, 'PENDING') = 'PENDING' AND f.closed_on + :days < :today");

    private final String predicate;

    RoutineCheck(String predicate) {
        this.predicate = predicate;
    }

    public String predicate() {
        return predicate;
    }
}
