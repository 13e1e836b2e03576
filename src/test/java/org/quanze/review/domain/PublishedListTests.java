package org.quanze.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 优秀案件、好文书、差文书名单: which concluded review may go on which list (rules L1–L3), row by row. */
class PublishedListTests {

    static final Flaw DOCUMENT_MINOR = new Flaw("D-02", Dimension.DOCUMENT, "文字错误", Severity.MINOR, 1);
    static final Flaw DOCUMENT_MAJOR = new Flaw("D-01", Dimension.DOCUMENT, "说理不充分", Severity.MAJOR, 5);
    static final Flaw PROCEDURE_MINOR = new Flaw("P-03", Dimension.PROCEDURE, "送达不规范", Severity.MINOR, 2);
    static final Flaw SUBSTANCE_SERIOUS = new Flaw("S-01", Dimension.SUBSTANCE, "事实不清", Severity.SERIOUS, 20);

    static Stream<Arguments> table() {
        return Stream.of(
                //           list                          result                     flaws                                     allowed
                Arguments.of(PublishedList.EXCELLENT_CASE, QualityResult.EXCELLENT,   List.of(),                                true),
                Arguments.of(PublishedList.EXCELLENT_CASE, QualityResult.QUALIFIED,   List.of(),                                false),
                Arguments.of(PublishedList.GOOD_DOCUMENT,  QualityResult.EXCELLENT,   List.of(),                                true),
                Arguments.of(PublishedList.GOOD_DOCUMENT,  QualityResult.QUALIFIED,   List.of(PROCEDURE_MINOR),                 true),
                Arguments.of(PublishedList.GOOD_DOCUMENT,  QualityResult.QUALIFIED,   List.of(DOCUMENT_MINOR),                  false),
                Arguments.of(PublishedList.GOOD_DOCUMENT,  QualityResult.UNQUALIFIED, List.of(SUBSTANCE_SERIOUS),               false),
                Arguments.of(PublishedList.POOR_DOCUMENT,  QualityResult.FLAWED,      List.of(DOCUMENT_MAJOR),                  true),
                Arguments.of(PublishedList.POOR_DOCUMENT,  QualityResult.UNQUALIFIED, List.of(SUBSTANCE_SERIOUS, DOCUMENT_MAJOR), true),
                Arguments.of(PublishedList.POOR_DOCUMENT,  QualityResult.QUALIFIED,   List.of(DOCUMENT_MINOR),                  false),
                Arguments.of(PublishedList.POOR_DOCUMENT,  QualityResult.UNQUALIFIED, List.of(SUBSTANCE_SERIOUS),               false));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("table")
    void aReviewGoesOnAListOnlyAsItsRuleAllows(PublishedList list, QualityResult result, List<Flaw> flaws, boolean allowed) {
        var refusal = list.refuses(result, flaws);
        assertThat(refusal.isEmpty()).isEqualTo(allowed);
        refusal.ifPresent(text -> assertThat(text).startsWith(list.rule() + " "));
    }
}
