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

/** Each rule type, table-driven: value (and peers' average) in, points out. */
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
                Arguments.of(atLeast7, null, "2", "0.00"));
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
                Arguments.of(lowerBetter, 0.2, "0.00"));
    }

    @ParameterizedTest
    @MethodSource
    void linear(ScoringRule rule, double value, String expected) {
        assertThat(rule.score(value, new BigDecimal("8"), null)).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> relativeToAverage() {
        return Stream.of(
                Arguments.of(1.0, 50.0, 100.0, "24.00"),
                Arguments.of(1.0, 100.0, 100.0, "48.00"),
                Arguments.of(1.0, 150.0, 100.0, "48.00"),
                Arguments.of(1.2, 150.0, 100.0, "57.60"),
                Arguments.of(1.0, 0.0, 100.0, "0.00"),
                Arguments.of(1.0, 3.0, 0.0, "48.00"));
    }

    @ParameterizedTest
    @MethodSource
    void relativeToAverage(double cap, double value, double average, String expected) {
        assertThat(new ScoringRule.RelativeToAverage(cap).score(value, new BigDecimal("48"), average))
                .isEqualByComparingTo(expected);
    }

    static Stream<Arguments> bounded() {
        return Stream.of(
                Arguments.of(0.0, null, 12.5, "12.50"),
                Arguments.of(0.0, null, 20.0, "16.00"),
                Arguments.of(0.0, null, -3.0, "0.00"),
                Arguments.of(null, 10.0, 12.0, "10.00"),
                Arguments.of(5.0, 10.0, 2.0, "5.00"));
    }

    @ParameterizedTest
    @MethodSource
    void bounded(Double floor, Double cap, double value, String expected) {
        assertThat(new ScoringRule.Bounded(floor, cap).score(value, new BigDecimal("16"), null)).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> deduction() {
        return Stream.of(
                Arguments.of("0", 0.01, -5.0, 0.0, "0.00"),
                Arguments.of("0", 0.01, -5.0, 37.0, "-0.37"),
                Arguments.of("0", 0.01, -5.0, 900.0, "-5.00"),
                Arguments.of("4", 0.5, 0.0, 3.0, "2.50"),
                Arguments.of("4", 0.5, 0.0, 30.0, "0.00"));
    }

    @ParameterizedTest
    @MethodSource
    void deduction(String points, double perCase, double floor, double count, String expected) {
        assertThat(new ScoringRule.Deduction(perCase, floor).score(count, new BigDecimal(points), null))
                .isEqualByComparingTo(expected);
    }

    @Test
    void rulesAreReadBackFromTheirStoredTypeAndParameters() {
        for (ScoringRule rule : List.of(new ScoringRule.Threshold(true, 0.07, 0.0), new ScoringRule.Linear(0.8, 1.0),
                new ScoringRule.RelativeToAverage(1.0), new ScoringRule.Bounded(0.0, 16.0),
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
}
