package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings flag a worsening beyond the thresholds, uneven per-judge load between courts, and long-pending cases. */
class FindingsTests {

    private final Findings findings = new Findings(0.10, 0.02, 0.30);

    private static StatisticsReport.Row row(String key, Map<String, Figure> figures) {
        return new StatisticsReport.Row(key, key, figures);
    }

    @Test
    void aClosureRateFallingMoreThanTwoPointsIsFlaggedButNotOneFallingLess() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("CLOSURE_RATE", Figure.of(Indicators.CLOSURE_RATE, 8067, 8546L, 6872, 7116L)); // −2.18 points
        figures.put("CLOSED_WITHIN_DEADLINE_RATE", Figure.of(Indicators.CLOSED_WITHIN_DEADLINE_RATE, 95, 100L, 96, 100L));
        figures.put("NEWLY_FILED", Figure.of(Indicators.NEWLY_FILED, 8302, null, 6830, null)); // neutral volume
        List<Finding> found = findings.of(row("吉", figures), null);
        assertThat(found).extracting(Finding::code).containsExactly("CLOSURE_RATE");
        assertThat(found.get(0).message()).contains("94.40%", "96.57%", "−2.18个百分点");
    }

    @Test
    void unevenPerJudgeLoadBetweenCourtsAndLongPendingCasesAreFlagged() {
        Map<String, Figure> total = new LinkedHashMap<>();
        total.put("LONG_PENDING", Figure.of(Indicators.LONG_PENDING, 3, null, 3, null));
        List<StatisticsReport.Row> courts = List.of(
                row("甲", Map.of("PER_JUDGE_ACCEPTED", Figure.of(Indicators.PER_JUDGE_ACCEPTED, 100, 1L, 0, 0L))),
                row("乙", Map.of("PER_JUDGE_ACCEPTED", Figure.of(Indicators.PER_JUDGE_ACCEPTED, 300, 1L, 0, 0L))));
        Spread spread = Spread.of("PER_JUDGE_ACCEPTED", courts);
        assertThat(spread.coefficientOfVariation()).isEqualTo(0.5); // sd 100 ÷ mean 200
        assertThat(spread.lowest()).isEqualTo("甲");
        assertThat(findings.of(row("吉", total), spread)).extracting(Finding::kind)
                .containsExactly(Finding.Kind.IMBALANCE, Finding.Kind.LONG_PENDING);
    }
}
