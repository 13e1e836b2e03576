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

    /** The rule types an office may choose, with their Chinese names, in the order the editor offers them. */
    Map<String, String> TYPES = types();

    /** The Chinese names of the parameters, for forms and refusals. */
    Map<String, String> PARAMETERS = parameterNames();

    /** The parameters of each rule type, as {@link #of} reads them. */
    Map<String, java.util.List<String>> TYPE_PARAMETERS = Map.of(
            "THRESHOLD", java.util.List.of("atLeast", "threshold", "otherwiseShare"),
            "LINEAR", java.util.List.of("worst", "best"),
            "RELATIVE_TO_AVERAGE", java.util.List.of("cap"),
            "BOUNDED", java.util.List.of("floor", "cap"),
            "DEDUCTION", java.util.List.of("perCase", "floor"));

    /** A parameter a rule cannot work with; {@code parameter} is its stored name. */
    final class InvalidParameter extends IllegalArgumentException {
        private final String parameter;

        InvalidParameter(String parameter, String reason) {
            super(reason);
            this.parameter = parameter;
        }

        public String parameter() { return parameter; }
    }

    /**
     * 达标 — full points if the value reaches the threshold ({@code atLeast}: value ≥ threshold; otherwise value ≤
     * threshold), else {@code otherwiseShare} of the points (0 = none).
     */
    record Threshold(boolean atLeast, double threshold, double otherwiseShare) implements ScoringRule {
        public Threshold {
            finite("threshold", threshold);
            if (!(otherwiseShare >= 0 && otherwiseShare <= 1)) {
                throw new InvalidParameter("otherwiseShare", "「" + PARAMETERS.get("otherwiseShare") + "」应在 0 到 1 之间：" + otherwiseShare);
            }
        }
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
            finite("worst", worst);
            finite("best", best);
            if (worst == best) throw new InvalidParameter("best", "「满分值」与「零分值」不能相同：" + fmt(best));
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
        public RelativeToAverage {
            if (!(cap > 0) || Double.isInfinite(cap)) throw new InvalidParameter("cap", "「" + PARAMETERS.get("cap") + "」应大于 0：" + cap);
        }
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
        public Bounded {
            if (floor != null) finite("floor", floor);
            if (cap != null) finite("cap", cap);
            if (floor != null && cap != null && floor > cap) {
                throw new InvalidParameter("floor", "「下限」不能高于「上限」：" + fmt(floor) + " > " + fmt(cap));
            }
        }
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
        public Deduction {
            if (!(perCase > 0) || Double.isInfinite(perCase)) {
                throw new InvalidParameter("perCase", "「" + PARAMETERS.get("perCase") + "」应大于 0：" + perCase);
            }
            if (Double.isNaN(floor) || floor == Double.POSITIVE_INFINITY) throw new InvalidParameter("floor", "「下限」不正确");
        }
        public BigDecimal score(Double value, BigDecimal points, Double avg) {
            double count = value == null ? 0 : value;
            return round(Math.max(floor, points.doubleValue() - perCase * count));
        }
        public String type() { return "DEDUCTION"; }
        /** No floor (deductions without limit) is stored as no parameter. */
        public Map<String, Object> parameters() {
            return params("perCase", perCase, "floor", Double.isInfinite(floor) ? null : floor);
        }
        public String describe(BigDecimal points) {
            return "每件扣" + fmt(perCase) + "分" + (Double.isInfinite(floor) ? "，不设下限" : "，最低" + fmt(floor) + "分");
        }
    }

    /**
     * The rule of a stored type and parameters; an unknown type, a missing parameter or one out of range refuses with
     * {@link InvalidParameter}. Parameters may be numbers (stored JSON) or text (a form); blank text is absent.
     */
    static ScoringRule of(String type, Map<String, ?> p) {
        if (type == null || !TYPES.containsKey(type) && !type.equals("CAP") && !type.equals("FLOOR")) {
            throw new InvalidParameter("type", "计分规则类型不正确：" + type);
        }
        return switch (type) {
            case "THRESHOLD" -> new Threshold(bool(p, "atLeast", true), num(p, "threshold"), opt(p, "otherwiseShare", 0.0));
            case "LINEAR" -> new Linear(num(p, "worst"), num(p, "best"));
            case "RELATIVE_TO_AVERAGE" -> new RelativeToAverage(opt(p, "cap", 1.0));
            case "BOUNDED", "CAP", "FLOOR" -> new Bounded(optNull(p, "floor"), optNull(p, "cap"));
            case "DEDUCTION" -> new Deduction(num(p, "perCase"), opt(p, "floor", Double.NEGATIVE_INFINITY));
            default -> throw new InvalidParameter("type", "计分规则类型不正确：" + type);
        };
    }

    private static Map<String, String> types() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("THRESHOLD", "达标计分");
        m.put("LINEAR", "区间线性计分");
        m.put("RELATIVE_TO_AVERAGE", "与平均值比较");
        m.put("BOUNDED", "封顶保底（录入或汇总分值）");
        m.put("DEDUCTION", "按件扣分");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> parameterNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("atLeast", "达标方向（≥ 或 ≤）");
        m.put("threshold", "达标值");
        m.put("otherwiseShare", "未达标得分比例");
        m.put("worst", "零分值");
        m.put("best", "满分值");
        m.put("cap", "上限");
        m.put("floor", "下限");
        m.put("perCase", "每件扣分");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void finite(String parameter, double v) {
        if (!Double.isFinite(v)) throw new InvalidParameter(parameter, "「" + PARAMETERS.get(parameter) + "」应为有限的数值");
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
        Double v = optNull(p, key);
        if (v == null) throw new InvalidParameter(key, "请填写「" + PARAMETERS.get(key) + "」");
        return v;
    }

    private static double opt(Map<String, ?> p, String key, double otherwise) {
        Double v = optNull(p, key);
        return v == null ? otherwise : v;
    }

    private static Double optNull(Map<String, ?> p, String key) {
        Object v = p.get(key);
        if (v instanceof Number n) return n.doubleValue();
        if (v == null || v.toString().isBlank()) return null;
        try {
            return Double.valueOf(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameter(key, "「" + PARAMETERS.get(key) + "」应为数值：" + v);
        }
    }

    private static boolean bool(Map<String, ?> p, String key, boolean otherwise) {
        Object v = p.get(key);
        if (v instanceof Boolean b) return b;
        if (v == null || v.toString().isBlank()) return otherwise;
        return switch (v.toString().strip()) {
            case "true", "≥" -> true;
            case "false", "≤" -> false;
            default -> throw new InvalidParameter(key, "「" + PARAMETERS.get(key) + "」应为 ≥ 或 ≤：" + v);
        };
    }
}
