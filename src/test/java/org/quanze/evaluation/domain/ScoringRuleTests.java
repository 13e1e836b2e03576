package org.quanze.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each rule type, table-driven at and around its edges: value (and peers' average) in, points out. */
class ScoringRuleTests {

    static Stream<Arguments> threshold() {
        ScoringRule atLeast7 = new ScoringRule.Threshold(true, 0.07, 0);
        ScoringRule atLeast90Half = new ScoringRule.Threshold(true, 0.90, 0.5);
        ScoringRule atMost5 = new ScoringRule.Threshold(false, 0.05, 0);
        return Stream.of(
                Arguments.of(atLeast7, 0.07, "2", "2.00"),
                Arguments.of(atLeast7, 0.0699, "2", "0.00"),
                Arguments.of(atLeast7, 0.5, "2", "2.00"),
                Arguments.of(atLeast90Half, 0.89, "8", "4.00"),
                Arguments.of(atLeast90Half, 0.95, "8", "8.00"),
                Arguments.of(atMost5, 0.05, "4", "4.00"),
                Arguments.of(atMost5, 0.06, "4", "0.00"),
                Arguments.of(atLeast7, null, "2", "0.00"),
                // 7 of 100 accepted cases live-streamed is exactly 7% as a double division gives it
                Arguments.of(atLeast7, 7.0 / 100, "2", "2.00"),
                Arguments.of(atLeast7, 14.0 / 200, "2", "2.00"),
                // 17 of 243 is 6.996%: the statistics print 7.00%, the rule is not met
                Arguments.of(atLeast7, 17.0 / 243, "2", "0.00"),
                Arguments.of(atLeast7, 18.0 / 243, "2", "2.00"),
                Arguments.of(atLeast90Half, 0.9, "8", "8.00"),
                Arguments.of(atLeast90Half, 0.8999, "8", "4.00"),
                Arguments.of(atMost5, 0.0501, "4", "0.00"));
    }

    @ParameterizedTest
    @MethodSource
    void threshold(ScoringRule rule, Double value, String points, String expected) {
        assertThat(rule.score(value, new BigDecimal(points), null)).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> linear() {
        ScoringRule higherBetter = new ScoringRule.Linear(0.80, 1.0);
        ScoringRule lowerBetter = new ScoringRule.Linear(0.10, 0.0);
        return Stream.of(
                Arguments.of(higherBetter, 1.0, "8.00"),
                Arguments.of(higherBetter, 0.9, "4.00"),
                Arguments.of(higherBetter, 0.8, "0.00"),
                Arguments.of(higherBetter, 0.5, "0.00"),
                Arguments.of(lowerBetter, 0.0, "8.00"),
                Arguments.of(lowerBetter, 0.025, "6.00"),
                Arguments.of(lowerBetter, 0.2, "0.00"),
                Arguments.of(lowerBetter, 0.1, "0.00"),
                Arguments.of(lowerBetter, -0.5, "8.00"),
                Arguments.of(higherBetter, 1.2, "8.00"),
                Arguments.of(higherBetter, 0.8001, "0.00"),
                Arguments.of(higherBetter, 0.8013, "0.05"),
                Arguments.of(higherBetter, null, "0.00"));
    }

    @ParameterizedTest
    @MethodSource
    void linear(ScoringRule rule, Double value, String expected) {
        assertThat(rule.score(value, new BigDecimal("8"), null)).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> relativeToAverage() {
        return Stream.of(
                Arguments.of(1.0, 50.0, 100.0, "24.00"),
                Arguments.of(1.0, 100.0, 100.0, "48.00"),
                Arguments.of(1.0, 150.0, 100.0, "48.00"),
                Arguments.of(1.2, 150.0, 100.0, "57.60"),
                Arguments.of(1.0, 0.0, 100.0, "0.00"),
                Arguments.of(1.0, 3.0, 0.0, "48.00"),
                Arguments.of(1.0, 0.0, 0.0, "0.00"),
                Arguments.of(1.0, 3.0, null, "48.00"),
                Arguments.of(1.0, null, 100.0, "0.00"),
                Arguments.of(0.5, 100.0, 100.0, "24.00"),
                // 2 against an average of 2.6 (the integration tests' judges)
                Arguments.of(1.0, 2.0, 2.6, "36.92"),
                Arguments.of(1.0, 2.4, 2.6, "44.31"));
    }

    @ParameterizedTest
    @MethodSource
    void relativeToAverage(double cap, Double value, Double average, String expected) {
        assertThat(new ScoringRule.RelativeToAverage(cap).score(value, new BigDecimal("48"), average))
                .isEqualByComparingTo(expected);
    }

    static Stream<Arguments> bounded() {
        return Stream.of(
                Arguments.of(0.0, null, 12.5, "12.50"),
                Arguments.of(0.0, null, 20.0, "16.00"),
                Arguments.of(0.0, null, -3.0, "0.00"),
                Arguments.of(null, 10.0, 12.0, "10.00"),
                Arguments.of(5.0, 10.0, 2.0, "5.00"),
                Arguments.of(0.0, null, 16.0, "16.00"),
                Arguments.of(0.0, null, 16.01, "16.00"),
                Arguments.of(0.0, null, 0.0, "0.00"),
                Arguments.of(0.0, null, 14.555, "14.56"),
                Arguments.of(null, null, -3.0, "-3.00"),
                Arguments.of(0.0, null, null, "0.00"));
    }

    @ParameterizedTest
    @MethodSource
    void bounded(Double floor, Double cap, Double value, String expected) {
        assertThat(new ScoringRule.Bounded(floor, cap).score(value, new BigDecimal("16"), null)).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> deduction() {
        return Stream.of(
                Arguments.of("0", 0.01, -5.0, 0.0, "0.00"),
                Arguments.of("0", 0.01, -5.0, 37.0, "-0.37"),
                Arguments.of("0", 0.01, -5.0, 900.0, "-5.00"),
                Arguments.of("4", 0.5, 0.0, 3.0, "2.50"),
                Arguments.of("4", 0.5, 0.0, 30.0, "0.00"),
                // the first undisclosed case costs 0.01; 500 reach the floor of −5 exactly, more cost nothing more
                Arguments.of("0", 0.01, -5.0, 1.0, "-0.01"),
                Arguments.of("0", 0.01, -5.0, 499.0, "-4.99"),
                Arguments.of("0", 0.01, -5.0, 500.0, "-5.00"),
                Arguments.of("0", 0.01, -5.0, 501.0, "-5.00"),
                Arguments.of("0", 0.05, Double.NEGATIVE_INFINITY, 1000.0, "-50.00"),
                Arguments.of("0", 0.01, -5.0, null, "0.00"));
    }

    @ParameterizedTest
    @MethodSource
    void deduction(String points, double perCase, double floor, Double count, String expected) {
        assertThat(new ScoringRule.Deduction(perCase, floor).score(count, new BigDecimal(points), null))
                .isEqualByComparingTo(expected);
    }

    @Test
    void rulesAreReadBackFromTheirStoredTypeAndParameters() {
        for (ScoringRule rule : List.of(new ScoringRule.Threshold(true, 0.07, 0.0), new ScoringRule.Linear(0.8, 1.0),
                new ScoringRule.RelativeToAverage(1.0), new ScoringRule.Bounded(0.0, 16.0), new ScoringRule.Bounded(null, null),
                new ScoringRule.Deduction(0.01, -5.0))) {
            assertThat(ScoringRule.of(rule.type(), rule.parameters())).isEqualTo(rule);
            assertThat(rule.describe(BigDecimal.TEN)).isNotBlank();
        }
    }

    @Test
    void anUnknownRuleOrAMissingParameterIsRefused() {
        assertThatThrownBy(() -> ScoringRule.of("GUESS", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringRule.of("LINEAR", Map.of("worst", 0.8))).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> refusedParameters() {
        return Stream.of(
                Arguments.of("THRESHOLD", Map.of("threshold", "七"), "threshold", "应为数值"),
                Arguments.of("THRESHOLD", Map.of(), "threshold", "请填写"),
                Arguments.of("THRESHOLD", Map.of("threshold", 0.07, "otherwiseShare", 1.5), "otherwiseShare", "0 到 1"),
                Arguments.of("THRESHOLD", Map.of("threshold", 0.07, "otherwiseShare", -0.1), "otherwiseShare", "0 到 1"),
                Arguments.of("THRESHOLD", Map.of("threshold", 0.07, "atLeast", "maybe"), "atLeast", "≥ 或 ≤"),
                Arguments.of("LINEAR", Map.of("worst", 0.8, "best", 0.8), "best", "不能相同"),
                Arguments.of("LINEAR", Map.of("worst", "NaN", "best", 1), "worst", "有限"),
                Arguments.of("RELATIVE_TO_AVERAGE", Map.of("cap", 0), "cap", "大于 0"),
                Arguments.of("BOUNDED", Map.of("floor", 10, "cap", 5), "floor", "不能高于"),
                Arguments.of("DEDUCTION", Map.of("perCase", 0), "perCase", "大于 0"),
                Arguments.of("DEDUCTION", Map.of("perCase", -0.01), "perCase", "大于 0"),
                Arguments.of("GUESS", Map.of(), "type", "类型"));
    }

    /** What an office may type into the scheme editor and is told, in Chinese, naming the parameter. */
    @ParameterizedTest
    @MethodSource
    void refusedParameters(String type, Map<String, Object> parameters, String parameter, String reason) {
        assertThatThrownBy(() -> ScoringRule.of(type, parameters))
                .isInstanceOfSatisfying(ScoringRule.InvalidParameter.class, e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.getMessage()).contains(reason);
                });
    }

    @Test
    void formTextIsReadAsTheStoredNumbersAndBlankIsAbsent() {
        assertThat(ScoringRule.of("THRESHOLD", Map.of("atLeast", "false", "threshold", " 0.05 ", "otherwiseShare", "")))
                .isEqualTo(new ScoringRule.Threshold(false, 0.05, 0.0));
        assertThat(ScoringRule.of("BOUNDED", Map.of("floor", "0", "cap", ""))).isEqualTo(new ScoringRule.Bounded(0.0, null));
        assertThat(ScoringRule.of("DEDUCTION", Map.of("perCase", "0.01"))).isEqualTo(
                new ScoringRule.Deduction(0.01, Double.NEGATIVE_INFINITY));
    }

    @Test
    void aDeductionWithoutFloorIsStoredWithoutOneAndSaysSo() {
        ScoringRule unlimited = new ScoringRule.Deduction(0.05, Double.NEGATIVE_INFINITY);
        assertThat(unlimited.parameters()).containsOnlyKeys("perCase");
        assertThat(ScoringRule.of(unlimited.type(), unlimited.parameters())).isEqualTo(unlimited);
        assertThat(unlimited.describe(BigDecimal.ZERO)).contains("不设下限");
    }

    @Test
    void everyOfferedTypeNamesItsParameters() {
        assertThat(ScoringRule.TYPE_PARAMETERS.keySet()).containsExactlyInAnyOrderElementsOf(ScoringRule.TYPES.keySet());
        ScoringRule.TYPE_PARAMETERS.values().forEach(ps -> assertThat(ScoringRule.PARAMETERS).containsKeys(ps.toArray(String[]::new)));
    }
}
