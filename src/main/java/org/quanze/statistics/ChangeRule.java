package org.quanze.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 同比 — the change against the same period one year earlier, as Chinese court statistics state it: counts and
 * per-judge averages as a relative change ("新收8302件，同比上升21.55%" against 6830), rates as a difference in
 * percentage points ("结案率94.40%，同比下降2.18个百分点" against 96.57%). Changes are taken on unrounded figures and
 * kept as fractions rounded to four places (0.2155 = 21.55%; −0.0218 = −2.18 points).
 */
public enum ChangeRule {

    /** (current − previous) ÷ previous; none when there was nothing a year earlier. */
    RELATIVE {
        @Override
        public Double change(Double current, Double previous) {
            if (current == null || previous == null || previous == 0d) return null;
            return round((current - previous) / previous);
        }

        @Override
        public String format(Double change) {
            return change == null ? "—" : signed(change) + "%";
        }
    },

    /** current − previous, both fractions; shown in percentage points. */
    PERCENTAGE_POINTS {
        @Override
        public Double change(Double current, Double previous) {
            if (current == null || previous == null) return null;
            return round(current - previous);
        }

        @Override
        public String format(Double change) {
            return change == null ? "—" : signed(change) + "个百分点";
        }
    };

    public abstract Double change(Double current, Double previous);

    /** The change as the statistics tables print it: "+21.55%", "−2.18个百分点". */
    public abstract String format(Double change);

    public static ChangeRule of(Unit unit) {
        return unit == Unit.RATE ? PERCENTAGE_POINTS : RELATIVE;
    }

    static Double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    static String signed(double fraction) {
        BigDecimal percent = BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        return percent.signum() > 0 ? "+" + percent.toPlainString()
                : percent.signum() < 0 ? "−" + percent.negate().toPlainString() : percent.toPlainString();
    }
}
