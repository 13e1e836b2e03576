package org.quanze.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's figure for one row: its value, what it was computed from, the same figure one year earlier and the
 * 同比 change. Rates are fractions (0.944); {@code change} follows {@link #changeRule}. In JSON the code and the
 * change rule are said once per report ({@link StatisticsReport#definitions()}), not in each of its many figures.
 */
public record Figure(@JsonIgnore String code, Double value, Long numerator, Long denominator, Double previous,
        Double change, @JsonIgnore ChangeRule changeRule) {

    /** The figure from raw numerators and denominators of this period and the previous one. */
    public static Figure of(IndicatorDefinition d, long numerator, Long denominator, long previousNumerator,
            Long previousDenominator) {
        Double current = value(d, numerator, denominator);
        Double before = value(d, previousNumerator, previousDenominator);
        Double change = d.changeRule().change(current, before);
        return new Figure(d.code(), round(d.unit(), current), numerator, d.base() == Base.NONE ? null : denominator,
                round(d.unit(), before), change, d.changeRule());
    }

    static Double value(IndicatorDefinition d, long numerator, Long denominator) {
        if (d.base() == Base.NONE) return (double) numerator;
        if (denominator == null || denominator == 0) return null;
        return (double) numerator / denominator;
    }

    static Double round(Unit unit, Double value) {
        if (value == null) return null;
        int scale = unit == Unit.RATE ? 4 : unit == Unit.CASES || unit == Unit.EVENTS ? 0 : 2;
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    /** The value as the tables print it: 8302, 94.40%, 68.37. */
    public String display(Unit unit) {
        return display(unit, value);
    }

    public String displayPrevious(Unit unit) {
        return display(unit, previous);
    }

    public String displayChange() {
        return changeRule.format(change);
    }

    public static String display(Unit unit, Double v) {
        if (v == null) return "—";
        return switch (unit) {
            case CASES, EVENTS -> String.valueOf(Math.round(v));
            case RATE -> BigDecimal.valueOf(v * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            case PER_JUDGE, DAYS -> BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
        };
    }
}
