package org.quanze.accountability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quanze.accountability.domain.Proceeding.Member;
import org.quanze.accountability.domain.Proceeding.Person;
import org.quanze.accountability.domain.Proceeding.Subject;
import org.quanze.shared.DomainException;

/** The proceeding's verbs and the rule each checks, with the article it cites. */
class ProceedingTests {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Person JUDGE = new Person(1, "吉0102-0001", "张法官");
    static final Person INVESTIGATOR = new Person(5, "吉0102-0005", "监察员");
    static final int OBJECTION_DAYS = 30;

    static Clue reviewedClue() {
        return new Clue(7, 100, "（2026）吉0102民初1号", ClueSource.REVIEW, "评查发现涉嫌重大过失", "评查员", NOW, null, 0)
                .reviewed(true, "初核：有证据显示遗漏主要证据", "审管办", NOW);
    }

    static Proceeding opened() {
        return Proceeding.open(100, reviewedClue(), List.of(new Subject(JUDGE, Track.JUDGE_DISCIPLINE, null, null, false)),
                "评查报告显示遗漏主要证据", "监察室", NOW);
    }

    /** Opened, investigated with one item of evidence, every element and exemption answered, reported, committee of 3. */
    static Proceeding reported() {
        Proceeding p = opened();
        p.investigate(List.of(INVESTIGATOR), "监察室", NOW);
        p.addEvidence(EvidenceSource.REVIEW_REPORT, "评查报告 #12", "/reviews/12", "遗漏主要证据", "监察员", NOW);
        for (NegligenceElement e : NegligenceElement.values()) p.assessElement(e, List.of(1), false, "见评查报告", "监察员", NOW);
        for (Exemption e : Exemption.values()) p.answerExemption(e, false, "不适用：" + e.label(), "监察员", NOW);
        p.reportToPresident("调查报告", "监察室", NOW);
        p.constituteCommittee(committee(2, 1), "监察室", NOW);
        return p;
    }

    static List<Member> committee(int judges, int others) {
        List<Member> m = new java.util.ArrayList<>();
        for (int i = 0; i < judges; i++) m.add(new Member(new Person(20 + i, "J" + i, "法官代表" + i), true, i == 0, false));
        for (int i = 0; i < others; i++) m.add(new Member(new Person(40 + i, "O" + i, "其他委员" + i), false, false, false));
        return m;
    }

    @Test
    void noProceedingOpensWithoutAPersonsReasonsOrOnAnUnreviewedClue() {
        Subject s = new Subject(JUDGE, Track.JUDGE_DISCIPLINE, null, null, false);
        assertThatThrownBy(() -> Proceeding.open(100, reviewedClue(), List.of(s), " ", "监察室", NOW))
                .hasMessageContaining("立案理由");
        Clue unreviewed = new Clue(8, 100, "（2026）吉0102民初2号", ClueSource.ANALYSIS_REPORT, "改判", "审管办", NOW, null, 0);
        assertThatThrownBy(() -> Proceeding.open(100, unreviewed, List.of(s), "理由", "监察室", NOW))
                .hasMessageContaining("尚未初核").hasMessageContaining("意见 第34条");
        // the only way to a proceeding is Proceeding.open, with a person's name and reasons
        assertThat(Proceeding.class.getConstructors()).isEmpty();
    }

    @Test
    void openingNotifiesEverySubject() {
        Proceeding p = opened();
        assertThat(p.state().subjects()).allSatisfy(x -> assertThat(x.notifiedAt()).isEqualTo(NOW));
        assertThat(p.recorded()).extracting(Proceeding.Step::action).contains("ACCOUNTABILITY_OPENED", "ACCOUNTABILITY_SUBJECT_NOTIFIED");
    }

    /** 意见 第26条: every situation asserted rests on linked evidence. */
    @ParameterizedTest(name = "{0} requires linked evidence")
    @EnumSource(Situation.class)
    void eachOfTheSevenSituationsRequiresLinkedEvidence(Situation situation) {
        Proceeding p = opened();
        assertThatThrownBy(() -> p.assessSituation(situation, List.of(), "理由", "监察员", NOW))
                .hasMessageContaining(situation.article()).hasMessageContaining("未关联证据");
        assertThatThrownBy(() -> p.assessSituation(situation, List.of(3), "理由", "监察员", NOW))
                .hasMessageContaining("不在证据材料中");
        p.addEvidence(EvidenceSource.TRAIL, "留痕 #1", "/trail?case=x", "", "监察员", NOW);
        p.assessSituation(situation, List.of(1), "理由", "监察员", NOW);
        assertThat(p.state().situations()).singleElement().satisfies(a -> assertThat(a.evidence()).containsExactly(1));
    }

    @Test
    void exactlySevenSituationsAndEightExemptions() {
        assertThat(Situation.values()).hasSize(7);
        assertThat(Exemption.values()).hasSize(8);
        assertThat(NegligenceElement.values()).hasSize(3);
    }

    /** 意见 第25条: each element of negligence with its evidence, or marked missing — never blank. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(NegligenceElement.class)
    void eachElementHasEvidenceOrIsMarkedMissing(NegligenceElement element) {
        Proceeding p = opened();
        assertThatThrownBy(() -> p.assessElement(element, List.of(), false, "", "监察员", NOW)).hasMessageContaining("标记为缺失");
        p.assessElement(element, List.of(), true, "没有证据显示后果严重", "监察员", NOW);
        assertThat(p.state().elements()).singleElement().satisfies(a -> assertThat(a.missing()).isTrue());
    }

    /** 意见 第28条: each exemption answered with reasons, and all of them before the report to the president. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Exemption.class)
    void eachExemptionMustBeAnsweredWithReasonsBeforeTheReport(Exemption unanswered) {
        Proceeding p = opened();
        p.investigate(List.of(INVESTIGATOR), "监察室", NOW);
        assertThatThrownBy(() -> p.answerExemption(unanswered, false, " ", "监察员", NOW)).hasMessageContaining("理由");
        for (NegligenceElement e : NegligenceElement.values()) p.assessElement(e, List.of(), true, "缺", "监察员", NOW);
        for (Exemption e : Exemption.values()) if (e != unanswered) p.answerExemption(e, false, "不适用", "监察员", NOW);
        assertThatThrownBy(() -> p.reportToPresident("报告", "监察室", NOW))
                .hasMessageContaining(unanswered.article()).hasMessageContaining("尚未逐项回答");
        p.answerExemption(unanswered, true, "适用：理解不一致可合理说明", "监察员", NOW);
        p.reportToPresident("报告", "监察室", NOW);
        assertThat(p.state().stage()).isEqualTo(Stage.REPORTED);
    }

    /** 法官法 第48条: judge representatives at least half of the sitting members. */
    @Test
    void theCommitteeNeedsJudgeRepresentativesForAtLeastHalf() {
        Proceeding p = reported();
        assertThatThrownBy(() -> p.constituteCommittee(committee(1, 2), "监察室", NOW)).hasMessageContaining("法官法 第48条");
        p.constituteCommittee(committee(2, 2), "监察室", NOW);
        assertThat(p.state().committee()).hasSize(4);
    }

    /** Each right's guard: the step that would skip it is refused naming it (法官法 第49–50条). */
    static Stream<Arguments> guards() {
        return Stream.<Arguments>of(
                Arguments.of("第49条 陈述、举证、辩解 before the finding", Right.HEARING, (Consumer<Proceeding>) p -> {
                }, (Consumer<Proceeding>) p -> p.find(Finding.GROSS_NEGLIGENCE, "理由", "秘书", NOW)),
                Arguments.of("第49条 a recusal undecided blocks the finding", Right.RECUSAL, (Consumer<Proceeding>) p -> {
                    p.hear(1, "陈述", "", "辩解", NOW);
                    p.applyForRecusal(1, 41 - 1, "委员与案件有利害关系", NOW);
                }, (Consumer<Proceeding>) p -> p.find(Finding.GROSS_NEGLIGENCE, "理由", "秘书", NOW)),
                Arguments.of("第50条 no objection before service", Right.OBJECTION, (Consumer<Proceeding>) p -> {
                    p.waiveHearing(1, "不陈述", NOW);
                    p.find(Finding.GROSS_NEGLIGENCE, "理由", "秘书", NOW);
                }, (Consumer<Proceeding>) p -> p.object(1, "不服", TODAY, OBJECTION_DAYS, NOW)),
                Arguments.of("第50条 no decision while the objection period runs", Right.OBJECTION, (Consumer<Proceeding>) p -> {
                    p.waiveHearing(1, "不陈述", NOW);
                    p.find(Finding.GROSS_NEGLIGENCE, "理由", "秘书", NOW);
                    p.serveFinding(TODAY, "监察室", NOW);
                }, (Consumer<Proceeding>) p -> p.decide(List.of(new Proceeding.Decision(1, List.of(Consequence.QUOTA_EXIT), List.of(),
                        TODAY, "重大过失")), TODAY, OBJECTION_DAYS, "院长", NOW)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guards")
    void aStepThatSkipsARightIsRefusedNamingIt(String rule, Right right, Consumer<Proceeding> before, Consumer<Proceeding> step) {
        Proceeding p = reported();
        before.accept(p);
        assertThatThrownBy(() -> step.accept(p)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.getMessage()).contains(right.label()).contains(right.article()).contains("张法官");
        });
    }

    /** 2021 法官惩戒工作程序规定: the committee reviews quota judges only; assistants, clerks and leaders go elsewhere. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Track.class, names = {"ORDINARY_DISCIPLINE", "SUPERVISORY"})
    void theDisciplinaryCommitteeFindsOnQuotaJudgesOnly(Track track) {
        Proceeding p = Proceeding.open(100, reviewedClue(), List.of(new Subject(JUDGE, track, null, null, false)), "理由", "监察室", NOW);
        p.investigate(List.of(INVESTIGATOR), "监察室", NOW);
        for (NegligenceElement e : NegligenceElement.values()) p.assessElement(e, List.of(), true, "缺", "监察员", NOW);
        for (Exemption e : Exemption.values()) p.answerExemption(e, false, "不适用", "监察员", NOW);
        p.reportToPresident("报告", "监察室", NOW);
        p.constituteCommittee(committee(2, 1), "监察室", NOW);
        p.waiveHearing(1, "不陈述", NOW);
        assertThatThrownBy(() -> p.find(Finding.GROSS_NEGLIGENCE, "理由", "秘书", NOW)).hasMessageContaining("仅适用于员额法官");
    }

    @Test
    void aGrantedRecusalRemovesTheMemberAndTheFindingFollowsAHearing() {
        Proceeding p = reported();
        int no = p.applyForRecusal(1, 40, "曾参与本案审理", NOW);
        p.decideRecusal(no, true, "理由成立", "院长", NOW);
        assertThat(p.state().committee()).filteredOn(Member::recused).extracting(m -> m.person().staffId()).containsExactly(40L);
        p.hear(1, "我已尽审查义务", "庭审笔录第3页", "证据当时未提交", NOW);
        p.find(Finding.ORDINARY_NEGLIGENCE, "存在一般过失", "秘书", NOW);
        assertThat(p.state().stage()).isEqualTo(Stage.FOUND);
        assertThat(p.state().evidence()).extracting(Proceeding.Evidence::source).contains(EvidenceSource.SUBMITTED);
    }

    @Test
    void anObjectionWithinThePeriodIsReviewedAndThenTheCourtDecides() {
        Proceeding p = reported();
        p.hear(1, "陈述", "", "辩解", NOW);
        p.find(Finding.GROSS_NEGLIGENCE, "重大过失", "秘书", NOW);
        p.serveFinding(TODAY, "监察室", NOW);
        assertThatThrownBy(() -> p.object(1, "不服", TODAY.plusDays(OBJECTION_DAYS + 1), OBJECTION_DAYS, NOW))
                .hasMessageContaining("已超过异议期限");
        p.object(1, "证据系当事人隐瞒", TODAY.plusDays(3), OBJECTION_DAYS, NOW);
        assertThat(p.state().stage()).isEqualTo(Stage.OBJECTED);
        p.decideObjection(Finding.ORDINARY_NEGLIGENCE, "异议部分成立", "秘书", NOW);
        p.decide(List.of(new Proceeding.Decision(1, List.of(Consequence.DEFERRED_PROMOTION), List.of(Sanction.WARNING), TODAY, "一般过失")),
                TODAY.plusDays(4), OBJECTION_DAYS, "院长", NOW);
        assertThat(p.state().stage()).isEqualTo(Stage.DECIDED);
        p.appeal(1, "REVIEW", "申请复议", TODAY.plusDays(5), NOW);
        p.archive("监察室", NOW);
        assertThat(p.state().appeals()).hasSize(1);
    }

    @Test
    void noDisciplineOnAFindingOfNoViolationAndTheNameIsCleared() {
        Proceeding p = reported();
        p.waiveHearing(1, "无需陈述", NOW);
        p.find(Finding.NO_VIOLATION, "依法履职", "秘书", NOW);
        p.serveFinding(TODAY, "监察室", NOW);
        p.waiveObjection(1, NOW);
        assertThatThrownBy(() -> p.decide(List.of(new Proceeding.Decision(1, List.of(Consequence.QUOTA_EXIT), List.of(), TODAY, "x")),
                TODAY, OBJECTION_DAYS, "院长", NOW)).hasMessageContaining("没有违反职责");
        p.recordClearingPublication("本院通报 2026-12-08", "监察室", NOW);
        assertThat(p.state().clearingPublication()).isEqualTo("本院通报 2026-12-08");
    }

    /** 法官法 第47条: suspended while under investigation; lifted when the court decides, 停职 then runs on. */
    @Test
    void aTemporarySuspensionIsLiftedByTheDecisionUnlessTheDecisionIsSuspension() {
        Proceeding p = reported();
        p.suspend(1, TODAY, "涉嫌故意违法，不宜继续履职", "院长", NOW);
        assertThatThrownBy(() -> p.suspend(1, TODAY, "再次", "院长", NOW)).hasMessageContaining("法官法 第47条");
        p.waiveHearing(1, "不陈述", NOW);
        p.find(Finding.INTENTIONAL, "故意", "秘书", NOW);
        p.serveFinding(TODAY, "监察室", NOW);
        p.decide(List.of(new Proceeding.Decision(1, List.of(Consequence.SUSPENSION), List.of(Sanction.MAJOR_DEMERIT), TODAY, "故意")),
                TODAY.plusDays(31), OBJECTION_DAYS, "院长", NOW);
        assertThat(p.state().suspensions()).extracting(Proceeding.Suspension::to).containsExactly(TODAY.plusDays(31), null);
    }
}
