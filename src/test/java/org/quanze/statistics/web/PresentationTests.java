package org.quanze.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.statistics.Figure;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.StatisticsReport;

/** How reports are cut into pages, the monthly trend accumulated, and a year without data told from a zero. */
class PresentationTests {

    private static Figure count(IndicatorDefinition d, long now, long before) {
        return Figure.of(d, now, null, before, null);
    }

    private static StatisticsReport.Row judge(String staffNo, String name, long accepted) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put(Indicators.ACCEPTED.code(), count(Indicators.ACCEPTED, accepted, 0));
        return new StatisticsReport.Row(staffNo, name, figures);
    }

    private static StatisticsReport byJudge(int judges) {
        List<StatisticsReport.Row> rows = new ArrayList<>();
        for (int i = 1; i <= judges; i++) rows.add(judge(String.format("J%04d", i), "法官" + i, i % 7));
        return new StatisticsReport("吉", "吉林省高级人民法院", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true,
                GroupBy.JUDGE, rows);
    }

    @Test
    void aProvinceByJudgeIsCutIntoPagesOfFifty() {
        Map<String, String> courts = Map.of("J0001", "长春市朝阳区人民法院", "J0002", "长春市南关区人民法院");
        GroupedTable first = GroupedTable.of(byJudge(2900), courts, null, false, null, 0);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.total()).isEqualTo(2900);
        assertThat(first.pages()).isEqualTo(58);
        assertThat(first.courtColumn()).isTrue();
        GroupedTable last = GroupedTable.of(byJudge(2900), courts, null, false, null, 99);
        assertThat(last.page()).as("a page past the end shows the last").isEqualTo(57);
        assertThat(last.first()).isEqualTo(2851);
        assertThat(last.last()).isEqualTo(2900);
    }

    @Test
    void rowsSortByAFigureAndAreFoundByNameOrCourt() {
        Map<String, String> courts = Map.of("J0001", "长春市朝阳区人民法院", "J0002", "长春市南关区人民法院");
        GroupedTable sorted = GroupedTable.of(byJudge(100), courts, "ACCEPTED", true, null, 0);
        assertThat(sorted.rows().get(0).row().figure("ACCEPTED").value()).isEqualTo(6d);
        assertThat(sorted.rows().get(49).row().figure("ACCEPTED").value()).isLessThanOrEqualTo(sorted.rows().get(0).row()
                .figure("ACCEPTED").value());
        GroupedTable byCourt = GroupedTable.of(byJudge(100), courts, null, false, "南关", 0);
        assertThat(byCourt.rows()).extracting(l -> l.row().key()).containsExactly("J0002");
        GroupedTable byName = GroupedTable.of(byJudge(100), courts, null, false, "法官10", 0);
        assertThat(byName.rows()).extracting(l -> l.row().key()).containsExactly("J0010", "J0100");
    }

    @Test
    void theTrendsClosureRateAccumulatesFromTheStartOfThePeriod() {
        // 旧存 10 at the start; January 20 filed, 5 closed; February 10 filed, 25 closed
        List<StatisticsReport.Row> months = List.of(month("2025-01", 10, 20, 5), month("2025-02", 3, 10, 25));
        MonthlyTrend trend = MonthlyTrend.of(new StatisticsReport("吉", "", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 2, 28), false, GroupBy.MONTH, months));
        assertThat(trend.filed()).containsExactly(20L, 10L);
        assertThat(trend.closed()).containsExactly(5L, 25L);
        // January 5 ÷ (10 + 20); February (5 + 25) ÷ (10 + 20 + 10): February's own 旧存 is not added again
        assertThat(trend.cumulative()).containsExactly(0.1667, 0.75);
    }

    private static StatisticsReport.Row month(String key, long oldPending, long filed, long closed) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put(Indicators.OLD_PENDING.code(), count(Indicators.OLD_PENDING, oldPending, 0));
        figures.put(Indicators.NEWLY_FILED.code(), count(Indicators.NEWLY_FILED, filed, 0));
        figures.put(Indicators.CLOSED.code(), count(Indicators.CLOSED, closed, 0));
        return new StatisticsReport.Row(key, key, figures);
    }

    @Test
    void aYearWithNothingPendingNorFiledHasNoDataButOneWithCasesHasRealZeros() {
        Map<String, Figure> none = Map.of(Indicators.ACCEPTED.code(), count(Indicators.ACCEPTED, 12, 0));
        assertThat(NoData.previous(new StatisticsReport.Row("吉0102", "", none))).isTrue();
        Map<String, Figure> some = Map.of(Indicators.ACCEPTED.code(), count(Indicators.ACCEPTED, 12, 3));
        assertThat(NoData.previous(new StatisticsReport.Row("吉0102", "", some))).isFalse();
    }
}
