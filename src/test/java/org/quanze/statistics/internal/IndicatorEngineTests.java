package org.quanze.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.PeriodPredicate;
import org.quanze.statistics.PeriodPredicate.DateColumn;
import org.quanze.statistics.PeriodPredicate.DateCondition;
import org.quanze.statistics.internal.IndicatorEngine.Bounds;
import org.quanze.statistics.internal.IndicatorEngine.Period;
import org.quanze.statistics.internal.IndicatorEngine.Term;

/**
 * The generated query (one pass, each condition on the case counted once) and the placing of cases among the periods'
 * bounds, which must decide every named period predicate exactly as its SQL does.
 */
class IndicatorEngineTests {

    private static final Period YEAR = new Period("", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));

    @Test
    void theWholeCatalogueIsOneQueryCountingEachConditionOnTheCaseOnce() {
        IndicatorEngine.Query query = IndicatorEngine.build(Indicators.CASE_FACTS, GroupBy.COURT, Set.of(1L), Set.of(7L), List.of(YEAR));
        String sql = query.sql();
        assertThat(sql).containsOnlyOnce("FROM casefile.case_fact").doesNotContain("JOIN");
        // 审结, 受理, 旧存 … are all the plain count of a cell: one column
        assertThat(sql).containsOnlyOnce("count(*) AS").containsOnlyOnce("count(*) FILTER (WHERE appealed)".replace("appealed",
                "case_type LIKE '%初' AND appealed"));
        assertThat(query.terms()).containsOnlyKeys(Indicators.CASE_FACTS.stream().map(IndicatorDefinition::code).toArray(String[]::new));
        assertThat(query.column(query.terms().get("CLOSED")[0])).isEqualTo(query.column(query.terms().get("CLOSURE_RATE")[0]));
        // the previous year is a window of the same pass, its bounds in the same positions
        assertThat(query.windows()).extracting(Period::from).containsExactly(LocalDate.of(2017, 1, 1), LocalDate.of(2016, 1, 1));
        assertThat(query.bounds().dates().get(DateColumn.CLOSED)).containsExactly(LocalDate.of(2016, 1, 1),
                LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1));
        // the leaders are one bound array; the court set another
        assertThat(query.params()).hasSize(2);
        // only cases some figure may count are read: open in the two years, or sent to another court in them
        // (alternatives implied by another are dropped: 旧存 and 未结 are within 受理, 归档 within 审结)
        assertThat(sql).contains("""
                  AND ((c.filed_on >= DATE '2016-01-01' AND c.filed_on < DATE '2018-01-01')
                   OR (c.filed_on < DATE '2018-01-01' AND (c.closed_on IS NULL OR c.closed_on >= DATE '2016-01-01'))
                   OR ((c.closed_on IS NULL OR c.closed_on >= DATE '2016-01-01') AND c.closed_on < DATE '2018-01-01')
                   OR ((c.transferred_on IS NULL OR c.transferred_on >= DATE '2016-01-01') AND c.transferred_on < DATE '2018-01-01'))
                """);
    }

    @Test
    void aDefinitionSplitsIntoItsPeriodDatesAndItsConditionOnTheCase() {
        Term t = Term.of("{closed} AND case_type LIKE '%初' AND appealed", null);
        assertThat(t.dates()).containsExactlyElementsOf(Indicators.PERIOD_PREDICATES.get("closed").dates());
        assertThat(t.condition()).isEqualTo("case_type LIKE '%初' AND appealed");
        Term longPending = Term.of("{long_pending}", null);
        assertThat(longPending.condition()).isEqualTo("category <> 'ENFORCEMENT'");
        assertThat(Term.of("{closed} AND {leader}", null).condition()).isEqualTo("handler_id = ANY({leaders})");
        assertThat(Term.of("{accepted}", null).condition()).isNull();
        assertThatThrownBy(() -> Term.of("appealed OR {closed}", null)).hasMessageContaining("conjuncts");
    }

    /** The in-memory model holds the conditions on the case as bits from SQL; 院庭长 (posts change) it decides itself. */
    @Test
    void theLeaderConjunctIsTheOnlyPartOfAConditionLeftToTheReadModel() {
        Term leaders = Term.of("{closed} AND {leader}", null);
        assertThat(leaders.leaders()).isTrue();
        assertThat(leaders.caseCondition()).isNull();
        Term both = Term.of("{closed} AND case_type LIKE '%初' AND {leader}", null);
        assertThat(both.leaders()).isTrue();
        assertThat(both.caseCondition()).isEqualTo("case_type LIKE '%初'");
        Term plain = Term.of("{closed} AND appealed", null);
        assertThat(plain.leaders()).isFalse();
        assertThat(plain.caseCondition()).isEqualTo("appealed");
    }

    /** Every named predicate, for dates on and around every bound: the cell's decision is the SQL's. */
    @Test
    void placingACaseAmongTheBoundsDecidesEveryPeriodPredicateAsItsSqlDoes() {
        List<Period> windows = List.of(YEAR, YEAR.previous(), new Period("2016-02", LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)));
        List<Term> terms = new ArrayList<>();
        for (String name : Indicators.PERIOD_PREDICATES.keySet()) terms.add(Term.of("{" + name + "}", null));
        Bounds bounds = Bounds.of(terms, windows);
        List<LocalDate> days = new ArrayList<>(Arrays.asList((LocalDate) null));
        for (List<LocalDate> list : bounds.dates().values()) {
            for (LocalDate b : list) days.addAll(List.of(b.minusDays(1), b, b.plusDays(1)));
        }
        int checked = 0;
        for (Term term : terms) {
            for (Period w : windows) {
                for (LocalDate day : days) {
                    for (DateCondition d : term.dates()) {
                        if (day == null && d.column() == DateColumn.FILED) continue; // filed_on is never null
                        int[] positions = bounds.dates().values().stream().mapToInt(b -> position(b, day)).toArray();
                        assertThat(Bounds.meets(bounds.compile(List.of(d), w), positions)).as(d + " " + w + " " + day).isEqualTo(d.test(day, w.from(), w.to()));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    /** What the query's CASE WHEN search gives: how many bounds the day is not before (a missing day: all). */
    private static int position(List<LocalDate> bounds, LocalDate day) {
        if (day == null) return bounds.size();
        int n = 0;
        for (LocalDate b : bounds) if (!day.isBefore(b)) n++;
        return n;
    }

    @Test
    void theSqlOfADateConditionReadsAMissingDateAsNever() {
        assertThat(Indicators.PERIOD_PREDICATES.get("accepted").sql())
                .isEqualTo("filed_on <= {to} AND (closed_on IS NULL OR closed_on >= {from})");
        assertThat(Indicators.PERIOD_PREDICATES.get("closed").sql()).isEqualTo("closed_on >= {from} AND closed_on <= {to}");
        assertThat(new PeriodPredicate(List.of(new DateCondition(DateColumn.CLOSED, true, PeriodPredicate.Bound.FROM)), null)
                .dates().get(0).test(null, YEAR.from(), YEAR.to())).isTrue();
    }

    @Test
    void aMonthGridIsStillOnePassWithEveryMonthsBounds() {
        List<Period> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(2017, m, 1);
            months.add(new Period(first.toString().substring(0, 7), first, first.withDayOfMonth(first.lengthOfMonth())));
        }
        IndicatorEngine.Query query = IndicatorEngine.build(List.of(Indicators.NEWLY_FILED, Indicators.CLOSED), GroupBy.MONTH,
                Set.of(1L), Set.of(), months);
        assertThat(query.sql()).containsOnlyOnce("FROM casefile.case_fact").doesNotContain("JOIN");
        assertThat(query.windows()).hasSize(24);
        assertThat(query.bounds().dates().get(DateColumn.FILED)).hasSize(26); // every first day and the day after the last, of both years
    }
}
