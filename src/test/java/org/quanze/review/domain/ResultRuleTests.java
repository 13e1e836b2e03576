package org.quanze.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * 评查结果 from the findings (一表一报告): each row names the flaws found, whether the reviewer proposed the case as
 * excellent, the result and the rule (U1 U2 F1 E1 Q1) that decides it. Flaws as seeded in V60__review.sql.
 */
class ResultRuleTests {

    static final Map<String, Flaw> CATALOGUE = Map.of(
            "S-01", new Flaw("S-01", Dimension.SUBSTANCE, "认定事实不清", Severity.SERIOUS, 20),
            "S-03", new Flaw("S-03", Dimension.SUBSTANCE, "裁判结果明显失当", Severity.MAJOR, 8),
            "P-02", new Flaw("P-02", Dimension.PROCEDURE, "超审限", Severity.MAJOR, 6),
            "P-03", new Flaw("P-03", Dimension.PROCEDURE, "送达不规范", Severity.MINOR, 2),
            "D-02", new Flaw("D-02", Dimension.DOCUMENT, "文字错误", Severity.MINOR, 1),
            "I-01", new Flaw("I-01", Dimension.INFORMATION, "信息缺漏", Severity.MINOR, 1),
            "F-01", new Flaw("F-01", Dimension.FILE, "卷宗缺失", Severity.MINOR, 2),
            "F-02", new Flaw("F-02", Dimension.FILE, "未按期归档", Severity.MINOR, 2));

    static Stream<Arguments> table() {
        return Stream.of(
                //             flaws                          excellent  result                       rule
                Arguments.of("",                              false, QualityResult.QUALIFIED,   "Q1"),
                Arguments.of("",                              true,  QualityResult.EXCELLENT,   "E1"),
                Arguments.of("D-02",                          false, QualityResult.QUALIFIED,   "Q1"),
                Arguments.of("D-02",                          true,  QualityResult.QUALIFIED,   "Q1"), // a flaw: never excellent
                Arguments.of("D-02,I-01,P-03",                false, QualityResult.QUALIFIED,   "Q1"), // 4 points
                Arguments.of("D-02,P-03,F-01",                false, QualityResult.FLAWED,      "F1"), // 5 points
                Arguments.of("P-02",                          false, QualityResult.FLAWED,      "F1"), // a major flaw
                Arguments.of("S-03,P-02",                     false, QualityResult.FLAWED,      "F1"), // 14 points
                Arguments.of("S-03,P-02,D-02",                false, QualityResult.UNQUALIFIED, "U2"), // 15 points
                Arguments.of("S-01",                          false, QualityResult.UNQUALIFIED, "U1"), // serious
                Arguments.of("S-01,D-02",                     true,  QualityResult.UNQUALIFIED, "U1"));
    }

    @ParameterizedTest(name = "{0} excellent={1} → {2} by {3}")
    @MethodSource("table")
    void resultFollowsFromTheFindings(String codes, boolean excellent, QualityResult result, String rule) {
        List<Flaw> flaws = codes.isEmpty() ? List.of() : Arrays.stream(codes.split(",")).map(CATALOGUE::get).toList();
        ResultRule deciding = ResultRule.deciding(flaws, excellent);
        assertThat(deciding.result()).isEqualTo(result);
        assertThat(deciding.code()).isEqualTo(rule);
    }

    @Test
    void everyRuleDecidesSomeRowOfTheTable() {
        List<String> used = table().map(a -> (String) a.get()[3]).distinct().toList();
        assertThat(used).containsExactlyInAnyOrderElementsOf(ResultRule.ALL.stream().map(ResultRule::code).toList());
    }
}
