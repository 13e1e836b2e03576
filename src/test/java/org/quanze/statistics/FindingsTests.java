package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Findings flag a worsening beyond the thresholds, uneven per-judge load between courts, long-pending cases, and rising
 * retrial applications and petitions.
 */
class FindingsTests {

    private final Findings findings = new Findings(0.10, 0.02, 0.30, 0.10, 0.005);

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

    @Test
    void retrialApplicationsRisingBeyondTheirThresholdsAreFlaggedOnceAsSuch() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        // 新收申请再审、申诉审查 12 against 8: +50%, beyond 10%
        figures.put("RETRIAL_APPLICATIONS", Figure.of(Indicators.RETRIAL_APPLICATIONS, 12, null, 8, null));
        // 申请再审/申诉率 3.00% against 2.40%: +0.60 points, beyond 0.5 though far below the general 2 points
        figures.put("RETRIAL_APPLICATION_RATE", Figure.of(Indicators.RETRIAL_APPLICATION_RATE, 30, 1000L, 24, 1000L));
        List<Finding> found = findings.of(row("吉", figures), null);
        assertThat(found).extracting(Finding::kind).containsExactly(Finding.Kind.RETRIAL_RISING, Finding.Kind.RETRIAL_RISING);
        assertThat(found).extracting(Finding::code).containsExactly("RETRIAL_APPLICATIONS", "RETRIAL_APPLICATION_RATE");
        assertThat(found.get(0).message()).contains("申诉、申请再审上升", "12", "去年同期 8", "+50.00%");
        assertThat(found.get(1).message()).contains("3.00%", "2.40%", "+0.60个百分点", "阈值 +0.50个百分点");
    }

    @Test
    void retrialApplicationsRisingWithinTheThresholdsOrFallingAreNotFlagged() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("RETRIAL_APPLICATIONS", Figure.of(Indicators.RETRIAL_APPLICATIONS, 21, null, 20, null)); // +5%
        figures.put("RETRIAL_APPLICATION_RATE", Figure.of(Indicators.RETRIAL_APPLICATION_RATE, 20, 1000L, 30, 1000L));
        assertThat(findings.of(row("吉", figures), null)).isEmpty();
        // with nothing a year earlier there is no 同比, hence no finding
        figures.put("RETRIAL_APPLICATIONS", Figure.of(Indicators.RETRIAL_APPLICATIONS, 5, null, 0, null));
        assertThat(findings.of(row("吉", figures), null)).isEmpty();
    }
}
