package org.quanze.evaluation.domain;

import java.util.Set;
import org.quanze.evaluation.SubjectKind;

/**
 * 考核指标 — what an item measures. Per-judge measures are aggregates over the judge's cases closed in the year in
 * {@code casefile.case_fact} (as 承办人, {@code handler_id}); team and department measures combine the judges';
 * court measures are indicators of the statistics catalogue; {@code INPUT} is a score entered in the UI. The review
 * measures count what case quality review (案件评查) found against the judge's cases, or a court's: read through
 * {@link org.quanze.review.Reviews}, each counted review or finding named in the item's note.
 *
 * @param numerator SQL predicate (over case_fact, for cases closed in the year) of the counted cases
 * @param sumOf     what the numerator sums over its cases ({@code 1} counts them; {@code weight} is 案件权重系数)
 * @param base      SQL predicate of the denominator's cases, or null for a sum (no rate)
 */
public enum Measure {
    WORKLOAD("办案数量（Σ案件权重系数）", "true", "weight", null),
    REVERSAL_REMAND_RATE("一审改判发回率", "case_type LIKE '%初' AND upper_outcome IN ('REVERSED', 'REMANDED')", "1",
            "case_type LIKE '%初'"),
    WITHIN_DEADLINE_RATE("审限内结案率", "closed_within_deadline", "1", "true"),
    MEDIATION_WITHDRAWAL_RATE("调撤率", "close_method IN ('调解', '撤诉')", "1", "true"),
    ARCHIVED_RATE("归档率", "archived_on IS NOT NULL AND archived_on <= :to", "1", "true"),
    TEAM_WORKLOAD("所在审判团队法官办案数量", null, null, null),
    TEAM_WITHIN_DEADLINE_RATE("所在审判团队审限内结案率", null, null, null),
    JUDGES_AVERAGE("部门员额法官平均得分率", null, null, null),
    DEPT_REVERSAL_REMAND_RATE("部门一审改判发回率", null, null, null),
    DEPT_ARCHIVED_RATE("部门归档率", null, null, null),
    COURT_INDICATOR("统计指标值", null, null, null),
    COURT_INDICATOR_MISSING("统计指标未达成案件数（分母 − 分子）", null, null, null),
    /**
     * 应公开或公示而未办理的裁判文书数 — from judgment publication's 双百 check (disclosure, issue 14): judgments closed
     * in the year neither published nor withheld with their notice. A document lawfully withheld (法释〔2016〕19号 第4条)
     * with its notice (第6条) is compliant and never deducted — unlike 文书上网率's 分母 − 分子.
     */
    DISCLOSURE_MISSING("应公开或公示而未办理的裁判文书数（双百核查）", null, null, null),
    INPUT("录入分值", null, null, null),
    /** 评查不合格案件数: reviews concluded in the period as 不合格 of the judge's (or court's) cases. */
    UNQUALIFIED_REVIEWS("评查不合格案件数", null, null, null),
    /** 常规评查逾期未整改问题数: routine-check findings due in the period and still open at its end (or today). */
    UNFIXED_ROUTINE_FINDINGS("常规评查逾期未整改问题数", null, null, null);

    private final String label;
    private final String numerator;
    private final String sumOf;
    private final String base;

    Measure(String label, String numerator, String sumOf, String base) {
        this.label = label;
        this.numerator = numerator;
        this.sumOf = sumOf;
        this.base = base;
    }

    public String label() { return label; }

    /** Computed per judge by the one grouped query of a run. */
    public boolean perJudge() { return numerator != null; }

    public String numerator() { return numerator; }

    public String sumOf() { return sumOf; }

    public String base() { return base; }

    public boolean rate() { return base != null; }

    /**
     * Whether a value of this measure is a share of a whole (shown as a percentage): the rates, the departments'
     * average score rate, and a court indicator taken as numerator over a denominator.
     */
    public boolean share(boolean hasDenominator) {
        return source().rate() || this == JUDGES_AVERAGE || readsIndicator() && this != COURT_INDICATOR_MISSING && hasDenominator;
    }

    /** Whether an item of a scheme for this kind of subject can measure this: what a run computes for that kind. */
    public boolean appliesTo(SubjectKind kind) {
        if (this == INPUT) return true;
        return switch (kind) {
            case JUDGE -> perJudge() || readsReviews();
            case ASSISTANT -> Set.of(TEAM_WORKLOAD, TEAM_WITHIN_DEADLINE_RATE).contains(this);
            case DEPARTMENT -> Set.of(JUDGES_AVERAGE, DEPT_REVERSAL_REMAND_RATE, DEPT_ARCHIVED_RATE).contains(this);
            case INTERMEDIATE_COURT -> readsIndicator() || this == DISCLOSURE_MISSING || readsReviews();
        };
    }

    /** Review measures are counted from the results of case quality review (评查结果用于考核), not from the case facts. */
    public boolean readsReviews() {
        return this == UNQUALIFIED_REVIEWS || this == UNFIXED_ROUTINE_FINDINGS;
    }

    /** Court measures read an indicator of the statistics catalogue, named by the item. */
    public boolean readsIndicator() {
        return this == COURT_INDICATOR || this == COURT_INDICATOR_MISSING;
    }

    /** The judge measure a team or department measure combines. */
    public Measure source() {
        return switch (this) {
            case TEAM_WORKLOAD -> WORKLOAD;
            case TEAM_WITHIN_DEADLINE_RATE -> WITHIN_DEADLINE_RATE;
            case DEPT_REVERSAL_REMAND_RATE -> REVERSAL_REMAND_RATE;
            case DEPT_ARCHIVED_RATE -> ARCHIVED_RATE;
            default -> this;
        };
    }
}
