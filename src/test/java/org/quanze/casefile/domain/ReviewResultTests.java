package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 二审、再审结果 — a reviewing case's own result, and which results are 发改指 against the case reviewed. */
class ReviewResultTests {

    @ParameterizedTest(name = "close method {0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            维持,     AFFIRMED
            改判,     REVERSED
            发回重审, REMANDED
            指令再审, RETRIAL_ORDERED
            判决,     -
            裁定,     -
            撤诉,     -
            调解,     -
            其他,     -
            执行完毕, -
            """)
    void aCloseMethodStatesAResultOnlyWhenItNamesTheDecisionOnTheCaseReviewed(String closeMethod, ReviewResult result) {
        assertThat(ReviewResult.statedByCloseMethod(closeMethod)).isEqualTo(java.util.Optional.ofNullable(result));
    }

    @ParameterizedTest(name = "{0} faults the reviewed case: {1}")
    @CsvSource({"AFFIRMED, false", "REVERSED, true", "REMANDED, true", "RETRIAL_ORDERED, true", "WITHDRAWN, false",
            "MEDIATED, false", "OTHER, false"})
    void onlyReversalRemandAndOrderedRetrialFaultTheReviewedCase(ReviewResult result, boolean faults) {
        assertThat(result.faultsTheReviewedCase()).isEqualTo(faults);
    }

    @Test
    void everyResultIsFoundByItsChineseTerm() {
        for (ReviewResult r : ReviewResult.values()) assertThat(ReviewResult.fromLabel(r.label())).contains(r);
        assertThat(ReviewResult.fromLabel("撤销")).isEmpty();
    }

    /** V12 and the statistics find reviewing cases by the last character of the type code; CaseType must agree. */
    @Test
    void theReviewingTypesAreExactlyThoseWhoseCodeEndsInZhongZaiOrShen() {
        Arrays.stream(CaseType.values()).forEach(t -> assertThat(t.instance().reviewing()).as(t.code())
                .isEqualTo(t.code().endsWith("终") || t.code().endsWith("再") || t.code().endsWith("申")));
    }
}
