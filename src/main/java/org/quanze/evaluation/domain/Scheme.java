package org.quanze.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.quanze.evaluation.SubjectKind;

/**
 * 考核方案 — one version of a year's scheme for one kind of subject. The total is {@code startScore} plus the items'
 * points: for judges, assistants and departments the start is 0 and the items' full points make up the 基础分 (80);
 * for intermediate courts the start is the 基础分 100, the items add at most {@code maxBonus} and deductions subtract.
 */
public record Scheme(long id, SubjectKind kind, int year, int version, String name, BigDecimal baseScore,
        BigDecimal startScore, BigDecimal maxBonus, Grade.Thresholds grades, String note, List<Item> items) {

    /** 考核项目: a measure, its full points and the rule turning the measured value into points. */
    public record Item(String code, String name, Measure measure, String indicator, BigDecimal points, ScoringRule rule) {

        public static Item of(String code, String name, Measure measure, String indicator, BigDecimal points,
                String ruleType, Map<String, ?> parameters) {
            return new Item(code, name, measure, indicator, points, ScoringRule.of(ruleType, parameters));
        }
    }

    /** The total from the items' points: the start plus the items, the positive part capped at {@code maxBonus}. */
    public BigDecimal total(List<BigDecimal> points) {
        BigDecimal plus = BigDecimal.ZERO;
        BigDecimal minus = BigDecimal.ZERO;
        for (BigDecimal p : points) {
            if (p.signum() >= 0) plus = plus.add(p);
            else minus = minus.add(p);
        }
        if (maxBonus != null && plus.compareTo(maxBonus) > 0) plus = maxBonus;
        return startScore.add(plus).add(minus);
    }
}
