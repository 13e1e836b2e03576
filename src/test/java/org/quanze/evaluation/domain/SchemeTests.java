package org.quanze.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.evaluation.SubjectKind;
import org.quanze.shared.DomainException;

/** Editing a scheme's items: what the office may add, change and remove, and what it is told when it may not. */
class SchemeTests {

    private static final Grade.Thresholds GRADES = new Grade.Thresholds(new BigDecimal("72"), new BigDecimal("60"),
            new BigDecimal("48"));

    private static Scheme.Item item(String code, Measure measure, String points) {
        return Scheme.Item.of(code, code, measure, null, new BigDecimal(points), "LINEAR", Map.of("worst", 0.8, "best", 1.0));
    }

    private final Scheme assistants = new Scheme(2, SubjectKind.ASSISTANT, 2017, 1, "法官助理", new BigDecimal("80"),
            BigDecimal.ZERO, null, GRADES, "", List.of(item("ASSIST_WORKLOAD", Measure.TEAM_WORKLOAD, "48"),
            item("QUALITY_EFFICIENCY", Measure.TEAM_WITHIN_DEADLINE_RATE, "16"), item("SUBJECTIVE", Measure.INPUT, "16")));

    private static void refused(Runnable change, String field, String reason) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.errors()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo(field);
                assertThat(f.reason()).contains(reason);
            });
        });
    }

    @Test
    void anAddedItemComesLastAndAReplacedOneKeepsItsPlace() {
        List<Scheme.Item> added = assistants.adding(item("TRAINING", Measure.INPUT, "2"));
        assertThat(added).extracting(Scheme.Item::code).containsExactly("ASSIST_WORKLOAD", "QUALITY_EFFICIENCY", "SUBJECTIVE", "TRAINING");
        List<Scheme.Item> replaced = assistants.replacing("QUALITY_EFFICIENCY", item("QUALITY_EFFICIENCY", Measure.TEAM_WITHIN_DEADLINE_RATE, "12"));
        assertThat(replaced).extracting(Scheme.Item::code).containsExactly("ASSIST_WORKLOAD", "QUALITY_EFFICIENCY", "SUBJECTIVE");
        assertThat(replaced.get(1).points()).isEqualByComparingTo("12");
        assertThat(assistants.removing("SUBJECTIVE")).extracting(Scheme.Item::code).containsExactly("ASSIST_WORKLOAD", "QUALITY_EFFICIENCY");
    }

    @Test
    void aCodeIsUniqueAndCannotBeRenamed() {
        refused(() -> assistants.adding(item("SUBJECTIVE", Measure.INPUT, "2")), "code", "已有项目代码");
        refused(() -> assistants.replacing("SUBJECTIVE", item("OPINION", Measure.INPUT, "16")), "code", "不能修改项目代码");
        refused(() -> item("subjective", Measure.INPUT, "2"), "code", "大写字母");
    }

    @Test
    void aMeasureMustBeOneTheRunComputesForTheKind() {
        refused(() -> assistants.adding(item("OWN_WORKLOAD", Measure.WORKLOAD, "8")), "measure", "不适用于法官助理");
        assertThat(Measure.WORKLOAD.appliesTo(SubjectKind.JUDGE)).isTrue();
        assertThat(Measure.JUDGES_AVERAGE.appliesTo(SubjectKind.DEPARTMENT)).isTrue();
        assertThat(Measure.COURT_INDICATOR_MISSING.appliesTo(SubjectKind.INTERMEDIATE_COURT)).isTrue();
        assertThat(Measure.COURT_INDICATOR.appliesTo(SubjectKind.JUDGE)).isFalse();
        for (SubjectKind kind : SubjectKind.values()) assertThat(Measure.INPUT.appliesTo(kind)).isTrue();
    }

    @Test
    void aCourtIndicatorItemNamesItsIndicatorAndOthersDoNot() {
        refused(() -> Scheme.Item.of("LIVE", "直播", Measure.COURT_INDICATOR, null, BigDecimal.valueOf(2), "THRESHOLD",
                Map.of("threshold", 0.07)), "indicator", "须指明统计指标");
        refused(() -> Scheme.Item.of("X", "x", Measure.INPUT, "LIVE_STREAMED_SHARE", BigDecimal.valueOf(2), "BOUNDED",
                Map.of()), "indicator", "不读取统计指标");
    }

    @Test
    void pointsAndParametersAreCheckedWithTheFieldNamed() {
        refused(() -> item("X", Measure.INPUT, "-1"), "points", "0 到 1000");
        refused(() -> item("X", Measure.INPUT, "1.005"), "points", "两位小数");
        refused(() -> Scheme.Item.of("X", "x", Measure.INPUT, null, BigDecimal.ONE, "THRESHOLD",
                Map.of("threshold", "abc")), "rule.threshold", "应为数值");
        refused(() -> Scheme.Item.of("X", "x", Measure.COURT_INDICATOR, "LONG_PENDING", BigDecimal.ZERO, "DEDUCTION",
                Map.of("perCase", 0.05, "floor", 1)), "rule.floor", "不能高于项目满分");
        refused(() -> Scheme.Item.of("X", " ", Measure.INPUT, null, BigDecimal.ONE, "BOUNDED", Map.of()), "name", "项目名称");
    }

    @Test
    void theLastItemCannotBeRemovedNorAnUnknownOne() {
        Scheme one = new Scheme(9, SubjectKind.JUDGE, 2030, 1, "法官", new BigDecimal("80"), BigDecimal.ZERO, null, GRADES,
                "", List.of(item("WORKLOAD", Measure.WORKLOAD, "80")));
        refused(() -> one.removing("WORKLOAD"), "code", "至少应有一个");
        assertThatThrownBy(() -> one.removing("NONE")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void pointsThatDoNotMakeUpTheBaseAreShownNotRefused() {
        assertThat(assistants.imbalance()).isEmpty();
        Scheme more = new Scheme(2, SubjectKind.ASSISTANT, 2017, 2, "法官助理", new BigDecimal("80"), BigDecimal.ZERO, null,
                GRADES, "", assistants.adding(item("TRAINING", Measure.INPUT, "2")));
        assertThat(more.imbalance()).hasValue("各项目满分合计 82 分，与基础分 80 分不一致");
        Scheme court = new Scheme(4, SubjectKind.INTERMEDIATE_COURT, 2017, 1, "中院", new BigDecimal("100"),
                new BigDecimal("100"), BigDecimal.TEN, GRADES, "", List.of());
        assertThat(court.imbalance()).as("a court's items are bonuses over its start of 100").isEmpty();
    }
}
