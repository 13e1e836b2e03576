package org.quanze.statistics;

import java.util.List;
import java.util.Map;
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

    SituationAnalysis(Statistics statistics, Findings findings, Benchmarks benchmarks) {
        this.statistics = statistics;
        this.findings = findings;
        this.benchmarks = benchmarks;
    }

    /** The situation of a scope, the courts ranked by {@code rankedBy}. */
    public Situation of(Statistics.Scope scope, IndicatorDefinition rankedBy) {
        StatisticsReport.Row total = statistics.report(scope, GroupBy.NONE, Indicators.ALL).total();
        Statistics.Scope whole = statistics.province(scope);
        StatisticsReport.Row province = whole == scope ? total
                : statistics.report(whole, GroupBy.NONE, Indicators.ALL).total();
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
}
