package org.quanze.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A named period predicate of the catalogue (审结 in the period, open at its end …): a conjunction of date conditions
 * against the period's bounds, and an optional condition on the case that does not depend on the period. Kept as
 * structure, not only as SQL, so that the engine can place each case once against every bound of every period asked
 * for (a few integers per case) and decide the conditions on those places, instead of evaluating every predicate of
 * every indicator on every case; {@link #sql()} writes the same predicate out for case lists and for the DuckDB
 * benchmark. A missing date (not closed, not archived) counts as "never", later than any bound.
 *
 * @param dates     all must hold
 * @param condition SQL over case_fact independent of the period, or null
 */
public record PeriodPredicate(List<DateCondition> dates, String condition) {

    public PeriodPredicate {
        dates = List.copyOf(dates);
    }

    /** A date column of case_fact that period predicates compare; {@code nullable} ones read NULL as "never". */
    public enum DateColumn {
        FILED("filed_on", false), CLOSED("closed_on", true), ARCHIVED("archived_on", true),
        TRANSFERRED("transferred_on", true);

        private final String column;
        private final boolean nullable;

        DateColumn(String column, boolean nullable) {
            this.column = column;
            this.nullable = nullable;
        }

        public String column() { return column; }

        public boolean nullable() { return nullable; }

        /**
         * SQL comparing the column (with a table qualifier such as {@code "c."}) to a bound; for {@code >} and
         * {@code >=} a missing date meets it ("never" is later than any bound) unless {@code orNull} is false.
         */
        public String compare(String qualifier, String operator, String bound, boolean orNull) {
            String c = qualifier + column;
            boolean nullMeets = nullable && orNull && operator.startsWith(">");
            return nullMeets ? "(" + c + " IS NULL OR " + c + " " + operator + " " + bound + ")" : c + " " + operator + " " + bound;
        }
    }

    /** A bound of a period: its first day, the day after its last, or one year before its last day. */
    public enum Bound {
        FROM, AFTER_TO, YEAR_BEFORE_TO;

        public LocalDate of(LocalDate from, LocalDate to) {
            return switch (this) {
                case FROM -> from;
                case AFTER_TO -> to.plusDays(1);
                // as PostgreSQL's {to} - interval '12 months' (a 29 February goes to the 28th)
                case YEAR_BEFORE_TO -> to.minusMonths(12);
            };
        }
    }

    /** {@code column ≥ bound} when {@code atLeast}, else {@code column < bound}. */
    public record DateCondition(DateColumn column, boolean atLeast, Bound bound) {

        /** Whether a date (null: never) meets the condition for the period [from, to]. */
        public boolean test(LocalDate date, LocalDate from, LocalDate to) {
            if (date == null) return atLeast;
            return atLeast != date.isBefore(bound.of(from, to));
        }

        /** With {@code bounded}, another condition already excludes a missing date, so NULL needs no branch. */
        String sql(boolean bounded) {
            return switch (bound) {
                case FROM -> atLeast ? column.compare("", ">=", "{from}", !bounded) : column.compare("", "<", "{from}", false);
                case AFTER_TO -> atLeast ? column.compare("", ">", "{to}", !bounded) : column.compare("", "<=", "{to}", false);
                case YEAR_BEFORE_TO -> {
                    if (atLeast) throw new IllegalStateException("only 'before one year before the end' is used");
                    yield column.compare("", "<", "{to} - interval '12 months'", false);
                }
            };
        }
    }

    static DateCondition atLeast(DateColumn column, Bound bound) {
        return new DateCondition(column, true, bound);
    }

    static DateCondition before(DateColumn column, Bound bound) {
        return new DateCondition(column, false, bound);
    }

    /** The predicate as SQL over case_fact, with {@code {from}} and {@code {to}} for the period's first and last day. */
    public String sql() {
        List<String> parts = new ArrayList<>();
        for (DateCondition d : dates) {
            parts.add(d.sql(dates.stream().anyMatch(o -> o.column() == d.column() && !o.atLeast())));
        }
        if (condition != null) parts.add(condition);
        return String.join(" AND ", parts);
    }

    /** This predicate with more conditions (dates and case). */
    PeriodPredicate and(List<DateCondition> more, String moreCondition) {
        List<DateCondition> all = new ArrayList<>(dates);
        all.addAll(more);
        String c = condition == null ? moreCondition : moreCondition == null ? condition : condition + " AND " + moreCondition;
        return new PeriodPredicate(all, c);
    }
}
