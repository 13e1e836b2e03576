package org.quanze.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.Indicators;

/** The generated query: one pass, each period predicate written once per period, shared aggregates computed once. */
class IndicatorEngineTests {

    @Test
    void theWholeCatalogueIsOneQueryWithEachPeriodPredicateWrittenOncePerPeriod() {
        IndicatorEngine.Query query = IndicatorEngine.build(Indicators.ALL, GroupBy.COURT, true);
        String sql = query.sql();
        assertThat(sql).containsOnlyOnce("FROM casefile.case_fact").doesNotContain("JOIN p");
        assertThat(sql).containsOnlyOnce("AS x_closed_0").containsOnlyOnce("AS x_closed_1");
        // 审结 is the numerator of CLOSED and the denominator of many rates: one column per period
        assertThat(sql).containsOnlyOnce("count(*) FILTER (WHERE x_closed_0)");
        assertThat(query.aliases()).containsOnlyKeys(Indicators.ALL.stream().map(d -> d.code()).toArray(String[]::new));
        assertThat(query.aliases().get("CLOSED")[0]).isEqualTo(query.aliases().get("CLOSURE_RATE")[0]);
    }

    @Test
    void monthsJoinThePeriodsTheCaseWasOpenIn() {
        String sql = IndicatorEngine.build(List.of(Indicators.NEWLY_FILED), GroupBy.MONTH, false).sql();
        assertThat(sql).contains("JOIN p ON c.filed_on <= p.t AND (c.closed_on IS NULL OR c.closed_on >= p.f)")
                .contains("x_filed_0").doesNotContain("x_filed_1").doesNotContain("x_closed");
    }
}
