package org.quanze.statistics;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules that flag findings, each a threshold set in configuration ({@code quanze.statistics.*}): an indicator
 * worsening year on year beyond {@code worsening-relative} (counts, averages) or {@code worsening-points} (rates);
 * imbalance between courts when the coefficient of variation of 人均受案 exceeds {@code imbalance-cv}; any 长期未结
 * case; retrial applications and petitions (申诉、申请再审) rising beyond {@code retrial-rising-relative} (new review
 * cases) or {@code retrial-rising-points} (their rate, small in itself, hence a threshold of its own). The paper's 2017
 * analysis stressed exactly these: uneven per-judge load, falling 服判息诉率, old open cases, and 申诉、申请再审新收案件
 * growing at the fastest rate in three years.
 */
@Component
public class Findings {

    /** Indicators the retrial rule watches instead of the general worsening rule. */
    static final List<IndicatorDefinition> RETRIAL = List.of(Indicators.RETRIAL_APPLICATIONS,
            Indicators.RETRIAL_APPLICATION_RATE);

    private final double relative;
    private final double points;
    private final double cv;
    private final double retrialRelative;
    private final double retrialPoints;

    public Findings(@Value("${quanze.statistics.worsening-relative:0.10}") double relative,
            @Value("${quanze.statistics.worsening-points:0.02}") double points,
            @Value("${quanze.statistics.imbalance-cv:0.30}") double cv,
            @Value("${quanze.statistics.retrial-rising-relative:0.10}") double retrialRelative,
            @Value("${quanze.statistics.retrial-rising-points:0.005}") double retrialPoints) {
        this.relative = relative;
        this.points = points;
        this.cv = cv;
        this.retrialRelative = retrialRelative;
        this.retrialPoints = retrialPoints;
    }

    public List<Finding> of(StatisticsReport.Row total, Spread spread) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorDefinition d : Indicators.ALL) {
            Figure f = total.figure(d.code());
            if (f == null || f.change() == null || d.direction() == Direction.NEUTRAL || d.direction() == Direction.RANGE
                    || RETRIAL.contains(d)) continue;
            double threshold = f.changeRule() == ChangeRule.PERCENTAGE_POINTS ? points : relative;
            boolean worse = d.direction() == Direction.HIGHER_BETTER ? f.change() < -threshold : f.change() > threshold;
            if (worse) {
                findings.add(new Finding(Finding.Kind.WORSENING, d.code(), d.chineseName() + " " + f.display(d.unit())
                        + "，去年同期 " + f.displayPrevious(d.unit()) + "，同比 " + f.displayChange()));
            }
        }
        if (spread != null && spread.coefficientOfVariation() != null && spread.coefficientOfVariation() > cv) {
            findings.add(new Finding(Finding.Kind.IMBALANCE, Indicators.PER_JUDGE_ACCEPTED.code(),
                    "各法院人均受案仍不均衡：变异系数 " + spread.coefficientOfVariation() + "（阈值 " + cv + "），最低 "
                            + spread.lowest() + "，最高 " + spread.highest()));
        }
        Figure longPending = total.figure(Indicators.LONG_PENDING.code());
        if (longPending != null && longPending.value() != null && longPending.value() > 0) {
            findings.add(new Finding(Finding.Kind.LONG_PENDING, Indicators.LONG_PENDING.code(),
                    "期末有长期未结诉讼案件 " + Math.round(longPending.value()) + " 件（立案逾12个月）"));
        }
        for (IndicatorDefinition d : RETRIAL) {
            Figure f = total.figure(d.code());
            if (f == null || f.change() == null) continue;
            double threshold = f.changeRule() == ChangeRule.PERCENTAGE_POINTS ? retrialPoints : retrialRelative;
            if (f.change() > threshold) {
                findings.add(new Finding(Finding.Kind.RETRIAL_RISING, d.code(), "申诉、申请再审上升：" + d.chineseName() + " "
                        + f.display(d.unit()) + "，去年同期 " + f.displayPrevious(d.unit()) + "，同比 " + f.displayChange()
                        + "（阈值 " + f.changeRule().format(threshold) + "）"));
            }
        }
        return findings;
    }
}
