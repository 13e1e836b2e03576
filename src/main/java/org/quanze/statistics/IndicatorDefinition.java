package org.quanze.statistics;

import java.util.Objects;
import org.quanze.disclosure.facts.CaseEventFacts;

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
 * @param events      null for the case facts; else the figure counts the portal's events on cases, and numerator and
 *                    denominator are the cases with such an event in the period (for case lists)
 */
public record IndicatorDefinition(String code, String chineseName, String numerator, String sumOf, Base base,
        String denominator, Unit unit, Direction direction, PeriodSemantics semantics, String note, EventMeasure events) {

    public IndicatorDefinition {
        Objects.requireNonNull(code);
        Objects.requireNonNull(chineseName);
        Objects.requireNonNull(numerator);
        if ((base == Base.CASES) != (denominator != null)) {
            throw new IllegalArgumentException(code + ": a denominator predicate goes with base CASES, and only with it");
        }
    }

    /** An indicator over the case facts. */
    public IndicatorDefinition(String code, String chineseName, String numerator, String sumOf, Base base,
            String denominator, Unit unit, Direction direction, PeriodSemantics semantics, String note) {
        this(code, chineseName, numerator, sumOf, base, denominator, unit, direction, semantics, note, null);
    }

    /**
     * A figure over the portal's events on cases ({@link CaseEventFacts#VIEW}: {@code kind}, {@code detail}) dated in
     * the period: the rows meeting {@code numerator} (and {@code denominator} for a rate), or with {@code distinctCases}
     * the cases having at least one. Grouped by the case's court, department, handler, type and procedure.
     */
    public record EventMeasure(String numerator, String denominator, boolean distinctCases) {
    }

    /** Whether the figure counts events of the portal rather than case facts. */
    public boolean countsEvents() { return events != null; }

    /** The cases with an event meeting a condition in the period, as a predicate over case_fact {@code c}. */
    static String casesWithEvent(String condition) {
        return "EXISTS (SELECT 1 " + eventsOfCase(condition) + ")";
    }

    /** FROM and WHERE of the events of case {@code c} meeting a condition in the period ({@code {from}}, {@code {to}}). */
    public static String eventsOfCase(String condition) {
        return "FROM " + CaseEventFacts.VIEW + " e WHERE e.case_number = c.case_number"
                + " AND e.occurred_on >= {from} AND e.occurred_on <= {to} AND " + condition;
    }

    /** A number of events (or, with {@code distinctCases}, of cases with one) in the period. */
    static IndicatorDefinition eventCount(String code, String name, String condition, boolean distinctCases,
            Direction direction, String note) {
        return new IndicatorDefinition(code, name, casesWithEvent(condition), null, Base.NONE, null,
                distinctCases ? Unit.CASES : Unit.EVENTS, direction, PeriodSemantics.EVENTS_IN_PERIOD, note,
                new EventMeasure(condition, null, distinctCases));
    }

    /** Events (or cases with one) meeting {@code numerator} ÷ those meeting {@code denominator}, in the period. */
    static IndicatorDefinition eventRate(String code, String name, String numerator, String denominator,
            boolean distinctCases, Direction direction, String note) {
        return new IndicatorDefinition(code, name, casesWithEvent(numerator), null, Base.CASES, casesWithEvent(denominator),
                Unit.RATE, direction, PeriodSemantics.EVENTS_IN_PERIOD, note,
                new EventMeasure(numerator, denominator, distinctCases));
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
