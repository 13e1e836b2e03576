package org.quanze.statistics;

import java.util.Objects;

/**
 * One indicator, declared rather than hand-coded: what it counts, what it divides by, and how it is read. The
 * predicates are SQL over the columns of {@code casefile.case_fact}, with {@code {from}} and {@code {to}} standing for
 * the period's first and last day; they are constants of this module, never text from a request.
 *
 * @param numerator   cases counted (or, with {@code sumOf}, summed over)
 * @param sumOf       when set, the numerator is {@code sum(sumOf)} over the numerator's cases (e.g. days in trial)
 * @param base        what the value is divided by
 * @param denominator the denominator's cases when {@code base} is {@link Base#CASES}
 * @param note        how the figure is read, with its source
 */
public record IndicatorDefinition(String code, String chineseName, String numerator, String sumOf, Base base,
        String denominator, Unit unit, Direction direction, PeriodSemantics semantics, String note) {

    public IndicatorDefinition {
        Objects.requireNonNull(code);
        Objects.requireNonNull(chineseName);
        Objects.requireNonNull(numerator);
        if ((base == Base.CASES) != (denominator != null)) {
            throw new IllegalArgumentException(code + ": a denominator predicate goes with base CASES, and only with it");
        }
    }

    /** A number of cases. */
    static IndicatorDefinition count(String code, String name, String predicate, Direction direction,
            PeriodSemantics semantics, String note) {
        return new IndicatorDefinition(code, name, predicate, null, Base.NONE, null, Unit.CASES, direction, semantics, note);
    }

    /** numerator cases ÷ denominator cases, as a fraction. */
    static IndicatorDefinition rate(String code, String name, String numerator, String denominator, Direction direction,
            PeriodSemantics semantics, String note) {
        return new IndicatorDefinition(code, name, numerator, null, Base.CASES, denominator, Unit.RATE, direction,
                semantics, note);
    }

    /** cases ÷ quota judges in post on the period's last day. */
    static IndicatorDefinition perJudge(String code, String name, String predicate, PeriodSemantics semantics, String note) {
        return new IndicatorDefinition(code, name, predicate, null, Base.QUOTA_JUDGES, null, Unit.PER_JUDGE,
                Direction.HIGHER_BETTER, semantics, note);
    }

    /** sum of an expression over cases ÷ their number. */
    static IndicatorDefinition average(String code, String name, String predicate, String sumOf, Unit unit,
            Direction direction, PeriodSemantics semantics, String note) {
        return new IndicatorDefinition(code, name, predicate, sumOf, Base.CASES, predicate, unit, direction, semantics, note);
    }

    /** The numerator, a count or a sum. */
    public boolean sums() { return sumOf != null; }

    /** The 同比 rule this indicator follows. */
    public ChangeRule changeRule() { return ChangeRule.of(unit); }
}
