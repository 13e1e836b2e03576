package org.quanze.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quanze.evaluation.EvaluationRefusal;
import org.quanze.evaluation.SubjectKind;

/**
 * 考核方案 — one version of a year's scheme for one kind of subject. The total is {@code startScore} plus the items'
 * points: for judges, assistants and departments the start is 0 and the items' full points make up the 基础分 (80);
 * for intermediate courts the start is the 基础分 100, the items add at most {@code maxBonus} and deductions subtract.
 */
public record Scheme(long id, SubjectKind kind, int year, int version, String name, BigDecimal baseScore,
        BigDecimal startScore, BigDecimal maxBonus, Grade.Thresholds grades, String note, List<Item> items) {

    /**
     * 考核项目: a measure, its full points and the rule turning the measured value into points. The code names the item
     * in results, objections and the archive; a deduction's floor may not lie above the item's points (a case more would
     * raise the score).
     */
    public record Item(String code, String name, Measure measure, String indicator, BigDecimal points, ScoringRule rule) {

        public Item {
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) {
                throw EvaluationRefusal.invalidItem("code", "项目代码应以大写字母开头，由大写字母、数字和下划线组成：" + code);
            }
            if (name == null || name.isBlank() || name.length() > 80) {
                throw EvaluationRefusal.invalidItem("name", "请填写项目名称（不超过80字）");
            }
            if (measure == null) throw EvaluationRefusal.invalidItem("measure", "请选择考核指标");
            if (points == null || points.signum() < 0 || points.compareTo(new BigDecimal("1000")) > 0
                    || points.stripTrailingZeros().scale() > 2) {
                throw EvaluationRefusal.invalidItem("points", "满分应为 0 到 1000 之间、至多两位小数的数值：" + points);
            }
            if (measure.readsIndicator() != (indicator != null)) {
                throw EvaluationRefusal.invalidItem("indicator", measure.readsIndicator()
                        ? "「" + measure.label() + "」须指明统计指标" : "「" + measure.label() + "」不读取统计指标，请勿选择");
            }
            if (rule instanceof ScoringRule.Deduction d && d.floor() > points.doubleValue()) {
                throw EvaluationRefusal.invalidItem("rule.floor", "扣分的「下限」不能高于项目满分 " + points.toPlainString());
            }
        }

        public static Item of(String code, String name, Measure measure, String indicator, BigDecimal points,
                String ruleType, Map<String, ?> parameters) {
            try {
                return new Item(code, name, measure, indicator, points, ScoringRule.of(ruleType, parameters));
            } catch (ScoringRule.InvalidParameter e) {
                throw EvaluationRefusal.invalidItem("rule." + e.parameter(), e.getMessage());
            }
        }
    }

    /** The items with a new one added last; its code must be new and its measure one this kind of run computes. */
    public List<Item> adding(Item item) {
        fits(item);
        if (items.stream().anyMatch(i -> i.code().equals(item.code()))) {
            throw EvaluationRefusal.invalidItem("code", "本方案已有项目代码「" + item.code() + "」");
        }
        List<Item> out = new ArrayList<>(items);
        out.add(item);
        return List.copyOf(out);
    }

    /** The items with the one of {@code code} replaced in its place; the code itself does not change. */
    public List<Item> replacing(String code, Item item) {
        fits(item);
        if (!item.code().equals(code)) throw EvaluationRefusal.invalidItem("code", "不能修改项目代码「" + code + "」");
        return items.stream().map(i -> i.code().equals(code) ? item : i).toList();
    }

    /** The items without the one of {@code code}; at least one must remain. */
    public List<Item> removing(String code) {
        item(code);
        if (items.size() == 1) throw EvaluationRefusal.invalidItem("code", "方案至少应有一个考核项目");
        return items.stream().filter(i -> !i.code().equals(code)).toList();
    }

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> EvaluationRefusal.unknownItem(code));
    }

    private void fits(Item item) {
        if (!item.measure().appliesTo(kind)) {
            throw EvaluationRefusal.invalidItem("measure", "「" + item.measure().label() + "」不适用于" + kind.label() + "的考核");
        }
    }

    /**
     * Where the items' full points do not make up the 基础分 (judges, assistants, departments: the start is 0 and the
     * items are the base), what the office should see before using the scheme; empty when they do.
     */
    public java.util.Optional<String> imbalance() {
        if (startScore.signum() != 0) return java.util.Optional.empty();
        BigDecimal sum = items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(baseScore) == 0) return java.util.Optional.empty();
        return java.util.Optional.of("各项目满分合计 " + sum.stripTrailingZeros().toPlainString() + " 分，与基础分 "
                + baseScore.stripTrailingZeros().toPlainString() + " 分不一致");
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
