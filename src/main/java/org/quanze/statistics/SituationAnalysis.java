package org.quanze.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 态势分析 — what the situation-analysis page and the generated report (态势分析报告) show for a scope: the court's
 * figures with 同比, the same figures for the whole province and the national benchmarks beside the key indicators,
 * courts ranked with the spread of 人均受案 (when the scope has several courts) and the findings. Computed once here,
 * so the page and the report cannot disagree.
 */
@Service
public class SituationAnalysis {

    /**
     * @param total      the scope's figures, every indicator
     * @param province   the whole province's figures (top court with the courts under it)
     * @param byCourt    rows per court, or {@code null} for a single court
     * @param benchmarks 全国标杆 per indicator code
     */
    public record Situation(Statistics.Scope scope, StatisticsReport.Row total, StatisticsReport.Row province,
            StatisticsReport byCourt, Spread spread, List<StatisticsReport.Row> ranking, Map<String, Double> benchmarks,
            List<Finding> findings) {
    }

    private final Statistics statistics;
    private final Findings findings;
    private final Benchmarks benchmarks;
    private final Clock clock;
    /**
     * How long the province's figures beside a court's are reused: they are the same for every court of the province
     * and a pass over the whole province each (issue 11: most of a president's statistics page). The court's own
     * figures are always computed afresh; 0 turns the reuse off.
     */
    private final Duration provinceFreshness;
    private final Map<List<Object>, Computed> provinceRows = new ConcurrentHashMap<>();

    private record Computed(StatisticsReport.Row row, Instant at) {
    }

    SituationAnalysis(Statistics statistics, Findings findings, Benchmarks benchmarks, Clock clock,
            @Value("${quanze.statistics.province-freshness:30s}") Duration provinceFreshness) {
        this.statistics = statistics;
        this.findings = findings;
        this.benchmarks = benchmarks;
        this.clock = clock;
        this.provinceFreshness = provinceFreshness;
    }

    /** The situation of a scope, the courts ranked by {@code rankedBy}. */
    public Situation of(Statistics.Scope scope, IndicatorDefinition rankedBy) {
        StatisticsReport.Row total = statistics.report(scope, GroupBy.NONE, Indicators.ALL).total();
        Statistics.Scope whole = statistics.province(scope);
        StatisticsReport.Row province = whole == scope ? total : provinceRow(whole);
        StatisticsReport byCourt = null;
        Spread spread = null;
        List<StatisticsReport.Row> ranking = List.of();
        if (scope.courtIds().size() > 1) {
            byCourt = statistics.report(scope, GroupBy.COURT, List.of(Indicators.ACCEPTED, Indicators.CLOSED,
                    Indicators.CLOSURE_RATE, Indicators.PER_JUDGE_ACCEPTED, Indicators.PER_JUDGE_CLOSED, rankedBy));
            spread = Spread.of(Indicators.PER_JUDGE_ACCEPTED.code(), byCourt.rows());
            ranking = statistics.ranking(byCourt, rankedBy.code());
        }
        return new Situation(scope, total, province, byCourt, spread, ranking, benchmarks.all(),
                findings.of(total, spread));
    }

    private StatisticsReport.Row provinceRow(Statistics.Scope whole) {
        if (provinceFreshness.isZero()) return statistics.report(whole, GroupBy.NONE, Indicators.ALL).total();
        List<Object> key = List.of(whole.court().id(), whole.from(), whole.to());
        Instant now = clock.instant();
        Computed kept = provinceRows.get(key);
        if (kept != null && kept.at().plus(provinceFreshness).isAfter(now)) return kept.row();
        if (provinceRows.size() > 64) provinceRows.clear(); // periods are the caller's choice: keep the map small
        StatisticsReport.Row row = statistics.report(whole, GroupBy.NONE, Indicators.ALL).total();
        provinceRows.put(key, new Computed(row, now));
        return row;
    }
}
