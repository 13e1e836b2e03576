package org.quanze.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 计分规则 — how an item's measured value becomes points. Each rule type is named and carries its parameters as data
 * (stored as JSON in {@code evaluation.scheme_item.rule}), so a scheme can be read, printed and changed without code.
 * Points are rounded to two decimals.
 */
public sealed interface ScoringRule {

    /** The points for a value, given the item's full points and what the peers' average value is (may be null). */
    BigDecimal score(Double value, BigDecimal points, Double peersAverage);

    /** The rule's type name, as stored. */
    String type();

    /** The parameters, as stored. */
    Map<String, Object> parameters();

    /** What the rule says, in Chinese, for the explanation of a score. */
    String describe(BigDecimal points);

    /**
     * 达标 — full points if the value reaches the threshold ({@code atLeast}: value ≥ threshold; otherwise value ≤
     * threshold), else {@code otherwiseShare} of the points (0 = none).
     */
    record Threshold(boolean atLeast, double threshold, double otherwiseShare) implements ScoringRule {
        public BigDecimal score(Double value, BigDecimal points, Double avg) {
            if (value == null) return zero();
            boolean met = atLeast ? value >= threshold - 1e-12 : value <= threshold + 1e-12;
            return round(met ? points.doubleValue() : points.doubleValue() * otherwiseShare);
        }
        public String type() { return "THRESHOLD"; }
        public Map<String, Object> parameters() { return params("atLeast", atLeast, "threshold", threshold, "otherwiseShare", otherwiseShare); }
        public String describe(BigDecimal points) {
            return "数值" + (atLeast ? "≥" : "≤") + fmt(threshold) + "得满分" + points.stripTrailingZeros().toPlainString()
                    + "分，否则得" + fmt(otherwiseShare * 100) + "%";
        }
    }

    /**
     * 区间线性 — full points at {@code best} or beyond, none at {@code worst} or beyond, linear in between. {@code best}
     * may lie below {@code worst} (a rate where lower is better, such as 改判率).
     */
    record Linear(double worst, double best) implements ScoringRule {
        public Linear {
            if (worst == best) throw new IllegalArgumentException("bounds must differ");
        }
        public BigDecimal score(Double value, BigDecimal points, Double avg) {
            if (value == null) return zero();
            double share = (value - worst) / (best - worst);
            return round(points.doubleValue() * Math.max(0, Math.min(1, share)));
        }
        public String type() { return "LINEAR"; }
        public Map<String, Object> parameters() { return params("worst", worst, "best", best); }
        public String describe(BigDecimal points) {
            return "数值为" + fmt(best) + "得满分" + points.stripTrailingZeros().toPlainString() + "分，为" + fmt(worst)
                    + "得0分，其间按比例计分";
        }
    }

    /**
     * 与均值比较 — value ÷ the peers' average × points, capped at {@code cap} × points (e.g. 1.0: never more than the
     * item's points). No peers' average (or a zero average) gives full points to a positive value and none otherwise.
     */
    record RelativeToAverage(double cap) implements ScoringRule {
        public BigDecimal score(Double value, BigDecimal points, Double avg) {
            if (value == null) return zero();
            double share = avg == null || avg == 0 ? (value > 0 ? 1 : 0) : value / avg;
            return round(points.doubleValue() * Math.max(0, Math.min(cap, share)));
        }
        public String type() { return "RELATIVE_TO_AVERAGE"; }
        public Map<String, Object> parameters() { return params("cap", cap); }
        public String describe(BigDecimal points) {
            return "数值 ÷ 同类人员平均值 × " + points.stripTrailingZeros().toPlainString() + "分，最高"
                    + fmt(cap * points.doubleValue()) + "分";
        }
    }

    /**
     * 封顶 / 保底 — the value is itself a score (an entered 主观评分, the average of a department's judges), kept within
     * {@code floor} and {@code cap} (either may be absent; an absent cap is the item's points).
     */
    record Bounded(Double floor, Double cap) implements ScoringRule {
        public BigDecimal score(Double value, BigDecimal points, Double avg) {
            if (value == null) return zero();
            double upper = cap == null ? points.doubleValue() : cap;
            double v = Math.min(upper, value);
            if (floor != null) v = Math.max(floor, v);
            return round(v);
        }
        public String type() { return "BOUNDED"; }
        public Map<String, Object> parameters() { return params("floor", floor, "cap", cap); }
        public String describe(BigDecimal points) {
            return "按录入或汇总的分值计分，最高" + (cap == null ? points.stripTrailingZeros().toPlainString() : fmt(cap)) + "分"
                    + (floor == null ? "" : "，最低" + fmt(floor) + "分");
        }
    }

    /**
     * 扣分 — the item's points less {@code perCase} for each counted case, never below {@code floor} (an item of 0 points
     * with floor −2 only deducts, as "每有一件未公开流程信息的案件扣0.01分").
     */
    record Deduction(double perCase, double floor) implements ScoringRule {
        public BigDecimal score(Double value, BigDecimal points, Double avg) {
            double count = value == null ? 0 : value;
            return round(Math.max(floor, points.doubleValue() - perCase * count));
        }
        public String type() { return "DEDUCTION"; }
        public Map<String, Object> parameters() { return params("perCase", perCase, "floor", floor); }
        public String describe(BigDecimal points) {
            return "每件扣" + fmt(perCase) + "分，最低" + fmt(floor) + "分";
        }
    }

    /** The rule of a stored type and parameters; an unknown type or missing parameter refuses. */
    static ScoringRule of(String type, Map<String, ?> p) {
        return switch (type) {
            case "THRESHOLD" -> new Threshold(bool(p, "atLeast", true), num(p, "threshold"), opt(p, "otherwiseShare", 0.0));
            case "LINEAR" -> new Linear(num(p, "worst"), num(p, "best"));
            case "RELATIVE_TO_AVERAGE" -> new RelativeToAverage(opt(p, "cap", 1.0));
            case "BOUNDED", "CAP", "FLOOR" -> new Bounded(optNull(p, "floor"), optNull(p, "cap"));
            case "DEDUCTION" -> new Deduction(num(p, "perCase"), opt(p, "floor", Double.NEGATIVE_INFINITY));
            default -> throw new IllegalArgumentException("unknown rule type " + type);
        };
    }

    private static BigDecimal zero() { return BigDecimal.ZERO.setScale(2); }

    private static BigDecimal round(double v) { return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP); }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static double num(Map<String, ?> p, String key) {
        Object v = p.get(key);
        if (!(v instanceof Number n)) throw new IllegalArgumentException("rule parameter " + key + " missing");
        return n.doubleValue();
    }

    private static double opt(Map<String, ?> p, String key, double otherwise) {
        return p.get(key) instanceof Number n ? n.doubleValue() : otherwise;
    }

    private static Double optNull(Map<String, ?> p, String key) {
        return p.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    private static boolean bool(Map<String, ?> p, String key, boolean otherwise) {
        return p.get(key) instanceof Boolean b ? b : otherwise;
    }
}
