package org.quanze.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.evaluation.SubjectKind;

/** 考核等次 from configurable thresholds (法官法 第42条), and a scheme's total. */
class GradeTests {

    private final Grade.Thresholds judges = new Grade.Thresholds(new BigDecimal("72"), new BigDecimal("60"), new BigDecimal("48"));

    @ParameterizedTest
    @CsvSource({"80, EXCELLENT", "72, EXCELLENT", "71.99, COMPETENT", "60, COMPETENT", "59.99, BASICALLY_COMPETENT",
            "48, BASICALLY_COMPETENT", "47.99, INCOMPETENT", "0, INCOMPETENT"})
    void gradeFollowsTheThresholds(String total, Grade expected) {
        assertThat(judges.of(new BigDecimal(total))).isEqualTo(expected);
    }

    @Test
    void thresholdsMustDescend() {
        assertThatThrownBy(() -> new Grade.Thresholds(new BigDecimal("60"), new BigDecimal("72"), new BigDecimal("48")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gradesHaveTheStatutoryNames() {
        assertThat(List.of(Grade.values()).stream().map(Grade::label)).containsExactly("优秀", "称职", "基本称职", "不称职",
                "未评定");
    }

    @ParameterizedTest
    @CsvSource({"0", "47.99", "80"})
    void someoneWithNoCaseInTheYearIsNotRatedWhateverTheTotal(String total) {
        assertThat(judges.of(new BigDecimal(total), false)).isEqualTo(Grade.NOT_RATED);
        assertThat(judges.of(new BigDecimal(total), true)).isEqualTo(judges.of(new BigDecimal(total)));
    }

    @Test
    void measuresThatAreSharesAreShownAsPercentages() {
        assertThat(Measure.WITHIN_DEADLINE_RATE.share(true)).isTrue();
        assertThat(Measure.TEAM_WITHIN_DEADLINE_RATE.share(true)).isTrue();
        assertThat(Measure.JUDGES_AVERAGE.share(true)).isTrue();
        assertThat(Measure.COURT_INDICATOR.share(true)).isTrue();
        assertThat(Measure.COURT_INDICATOR.share(false)).isFalse();
        assertThat(Measure.COURT_INDICATOR_MISSING.share(true)).isFalse();
        assertThat(Measure.WORKLOAD.share(false)).isFalse();
        assertThat(Measure.INPUT.share(false)).isFalse();
    }

    @Test
    void anIntermediateCourtsBonusIsCappedButDeductionsAreNot() {
        Scheme court = new Scheme(4, SubjectKind.INTERMEDIATE_COURT, 2017, 1, "中院", new BigDecimal("100"),
                new BigDecimal("100"), new BigDecimal("10"), judges, "", List.of());
        assertThat(court.total(List.of(new BigDecimal("8"), new BigDecimal("6"), new BigDecimal("-0.37"))))
                .isEqualByComparingTo("109.63");
        Scheme judge = new Scheme(1, SubjectKind.JUDGE, 2017, 1, "法官", new BigDecimal("80"), BigDecimal.ZERO, null,
                judges, "", List.of());
        assertThat(judge.total(List.of(new BigDecimal("48"), new BigDecimal("12"), new BigDecimal("7.5"))))
                .isEqualByComparingTo("67.5");
    }
}
