package org.quanze.national;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;

/** The catalogue written for Spark: every predicate, without the PostgreSQL idioms Spark does not read. */
class NationalFiguresTests {

    @Test
    void everyPredicateOfTheCatalogueIsWrittenForSpark() {
        for (IndicatorDefinition d : Indicators.CASE_FACTS) {
            for (String predicate : new String[] {d.numerator(), d.denominator()}) {
                if (predicate == null) continue;
                assertThat(NationalFigures.spark(predicate)).as(d.code()).doesNotContain("{", "ANY(", "::")
                        .containsPattern("p\\.period_(from|to)");
            }
        }
    }

    @Test
    void leadersAreAColumnJoinedWithinTheProvinceNotAnArrayParameter() {
        assertThat(NationalFigures.spark(Indicators.LEADER_CLOSED.numerator())).contains("handler_leader")
                .doesNotContain("handler_id");
    }

    @Test
    void eachDistinctAggregateIsComputedOnce() {
        NationalFigures.Query q = NationalFigures.query(Indicators.CASE_FACTS);
        // 审结 is the count of CLOSED and the denominator of every closed-in-period rate: one column for all
        int closed = q.positions().get("CLOSED")[0];
        assertThat(q.positions().get("CLOSURE_RATE")[0]).isEqualTo(closed);
        assertThat(q.positions().get("MEDIATION_WITHDRAWAL_RATE")[1]).isEqualTo(closed);
        assertThat(q.aliases()).hasSizeLessThan(2 * Indicators.CASE_FACTS.size());
        assertThat(q.sql()).contains("CAST((closed_on - filed_on) AS BIGINT)");
    }
}
