package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 同比 rules with the paper's own figures (吉林高院 2017): counts and per-judge averages change relatively, rates in
 * percentage points, taken on unrounded figures.
 */
class YearOnYearTests {

    @ParameterizedTest(name = "{0}: {1}/{2} against {3}/{4} → {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            # unit     | current | of   | previous | of   | change  | printed
            # 新收 8302件，同比上升21.55% (against 6830)
            CASES      | 8302    | 1    | 6830     | 1    | 0.2155  | +21.55%
            # 结案率 94.40% (8067/8546) against 96.57% (6872/7116): 同比下降2.18个百分点
            RATE       | 8067    | 8546 | 6872     | 7116 | -0.0218 | −2.18个百分点
            # 人均受案 68.37件，去年同期58.81件，同比上升16.26%
            PER_JUDGE  | 6837    | 100  | 5881     | 100  | 0.1626  | +16.26%
            # 旧存 244件，同比下降14.69% (against 286)
            CASES      | 244     | 1    | 286      | 1    | -0.1469 | −14.69%
            # nothing a year earlier: no relative change
            CASES      | 5       | 1    | 0        | 1    |         | —
            # a rate of nothing accepted a year earlier has no value, hence no change
            RATE       | 1       | 2    | 0        | 0    |         | —
            """)
    void changeFollowsTheUnitsRule(Unit unit, long num, long den, long prevNum, long prevDen, Double change, String printed) {
        IndicatorDefinition d = new IndicatorDefinition("T", "测试", "true", null, unit == Unit.CASES ? Base.NONE : Base.CASES,
                unit == Unit.CASES ? null : "true", unit, Direction.HIGHER_BETTER, PeriodSemantics.CLOSED_IN_PERIOD, "");
        Figure f = Figure.of(d, num, den, prevNum, prevDen);
        assertThat(f.change()).isEqualTo(change);
        assertThat(f.displayChange()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} {1} is printed {2}")
    @CsvSource(delimiter = '|', textBlock = """
            RATE      | 0.943950 | 94.40%
            RATE      | 0.965711 | 96.57%
            PER_JUDGE | 68.3666  | 68.37
            CASES     | 8302     | 8302
            DAYS      | 41.005   | 41.01
            """)
    void valuesArePrintedAsTheTablesDo(Unit unit, double value, String printed) {
        assertThat(Figure.display(unit, value)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"CASES, RELATIVE", "PER_JUDGE, RELATIVE", "DAYS, RELATIVE", "RATE, PERCENTAGE_POINTS"})
    void eachUnitHasItsRule(Unit unit, ChangeRule rule) {
        assertThat(ChangeRule.of(unit)).isEqualTo(rule);
    }
}
