package org.quanze.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.evaluation.SubjectKind;

/**
 * Which evaluations a review measure (评查结果用于考核) can be an item of: a judge's (his cases) and an intermediate
 * court's (its courts' cases); not an assistant's or a department's, which combine the judges' case measures. Review
 * measures are never part of the case-facts query of the per-judge measures.
 */
class ReviewMeasureTests {

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
            "UNQUALIFIED_REVIEWS,      JUDGE,              true",
            "UNQUALIFIED_REVIEWS,      INTERMEDIATE_COURT, true",
            "UNQUALIFIED_REVIEWS,      ASSISTANT,          false",
            "UNQUALIFIED_REVIEWS,      DEPARTMENT,         false",
            "UNFIXED_ROUTINE_FINDINGS, JUDGE,              true",
            "UNFIXED_ROUTINE_FINDINGS, INTERMEDIATE_COURT, true",
            "UNFIXED_ROUTINE_FINDINGS, ASSISTANT,          false",
            "UNFIXED_ROUTINE_FINDINGS, DEPARTMENT,         false",
            "WORKLOAD,                 INTERMEDIATE_COURT, false",
    })
    void aReviewMeasureAppliesToJudgesAndIntermediateCourts(Measure measure, SubjectKind kind, boolean applies) {
        assertThat(measure.appliesTo(kind)).isEqualTo(applies);
    }

    @ParameterizedTest
    @CsvSource({"UNQUALIFIED_REVIEWS", "UNFIXED_ROUTINE_FINDINGS"})
    void reviewMeasuresAreReadFromReviewNotFromTheCaseFacts(Measure measure) {
        assertThat(measure.readsReviews()).isTrue();
        assertThat(measure.perJudge()).isFalse();
        assertThat(measure.readsIndicator()).isFalse();
        assertThat(measure.share(false)).isFalse();
    }
}
