package org.quanze.accountability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quanze.accountability.domain.ResponsibilityBasis;
import org.quanze.accountability.domain.Allocation.CommitteeDiscussion;
import org.quanze.accountability.domain.Allocation.DecisionRecord;
import org.quanze.accountability.domain.Allocation.Organisation;
import org.quanze.accountability.domain.Allocation.RecordedAct;
import org.quanze.accountability.domain.Allocation.Vote;

/** Who is responsible, from the record: 意见 第27条, 第29–32条 [U], one row per rule. */
class AllocationTests {

    static final Vote JUDGE = new Vote(1, "甲", true, "评议笔录#1 甲 同意");
    static final Vote MEMBER = new Vote(2, "乙", true, "评议笔录#1 乙 同意");
    static final Vote DISSENT = new Vote(3, "丙", false, "评议笔录#1 丙 不同意");
    static final Vote C1 = new Vote(11, "委员一", true, "审委会纪要#9 委员一 同意");
    static final Vote C2 = new Vote(12, "委员二", true, "审委会纪要#9 委员二 同意");
    static final Vote C3 = new Vote(13, "委员三", false, "审委会纪要#9 委员三 不同意");

    static CommitteeDiscussion committee(boolean changed, boolean breached) {
        return new CommitteeDiscussion(changed, List.of(C1, C2, C3), 11L, "委员一", breached, "审委会纪要#9");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("第29条 独任法官承担全部责任",
                        new DecisionRecord(Organisation.SOLE_JUDGE, List.of(JUDGE), null, false, null, null, null),
                        List.of("1:SOLE_JUDGE")),
                Arguments.of("第30条 合议庭多数意见成员承担责任，评议笔录记载的不同意见标明",
                        new DecisionRecord(Organisation.PANEL, List.of(JUDGE, MEMBER, DISSENT), null, false, null, null, null),
                        List.of("1:PANEL_MAJORITY", "2:PANEL_MAJORITY", "3:PANEL_DISSENT")),
                Arguments.of("第31条 审委会改变合议庭意见：持多数意见的委员承担责任，合议庭不承担",
                        new DecisionRecord(Organisation.PANEL, List.of(JUDGE, MEMBER, DISSENT), committee(true, false), false, null, null, null),
                        List.of("3:PANEL_DISSENT", "11:COMMITTEE_MAJORITY", "12:COMMITTEE_MAJORITY")),
                Arguments.of("第31条 审委会维持合议庭意见：合议庭多数与委员多数共同承担",
                        new DecisionRecord(Organisation.PANEL, List.of(JUDGE, MEMBER, DISSENT), committee(false, false), false, null, null, null),
                        List.of("1:PANEL_MAJORITY", "2:PANEL_MAJORITY", "3:PANEL_DISSENT", "11:COMMITTEE_MAJORITY", "12:COMMITTEE_MAJORITY")),
                Arguments.of("第31条 合议庭隐瞒证据或虚假汇报：合议庭承担，委员不承担",
                        new DecisionRecord(Organisation.PANEL, List.of(JUDGE, MEMBER, DISSENT), committee(true, false), true, "调查笔录#4", null, null),
                        List.of("1:PANEL_MISREPORTED", "2:PANEL_MISREPORTED", "3:PANEL_DISSENT")),
                Arguments.of("第31条 违反民主集中制：主持人承担主要责任",
                        new DecisionRecord(Organisation.PANEL, List.of(JUDGE, MEMBER), committee(true, true), false, null, null, null),
                        List.of("11:COMMITTEE_MAJORITY", "12:COMMITTEE_MAJORITY", "11:CHAIR_BREACH")),
                Arguments.of("第29条、第31条 独任案件经审委会改变意见：法官不承担",
                        new DecisionRecord(Organisation.SOLE_JUDGE, List.of(JUDGE), committee(true, false), false, null, null, null),
                        List.of("11:COMMITTEE_MAJORITY", "12:COMMITTEE_MAJORITY")),
                Arguments.of("第32条 书记员对本人行为负责；第27条 院庭长监督管理责任另行处理",
                        new DecisionRecord(Organisation.SOLE_JUDGE, List.of(JUDGE), null, false, null,
                                List.of(new RecordedAct(21, "书记员", "留痕#77 修改庭审笔录")),
                                List.of(new RecordedAct(31, "庭长", "监督记录#5 要求报告"))),
                        List.of("1:SOLE_JUDGE", "21:OWN_ACT", "31:SUPERVISION")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void proposesTheSharesTheRecordSupportsCitingEachVote(String rule, DecisionRecord record, List<String> expected) {
        List<Allocation.Share> shares = Allocation.propose(record);
        assertThat(shares).extracting(s -> s.staffId() + ":" + s.basis()).containsExactlyElementsOf(expected);
        assertThat(shares).allSatisfy(s -> assertThat(s.citation()).isNotBlank());
    }

    @org.junit.jupiter.api.Test
    void aRecordedDissentIsShownButCarriesNoResponsibility() {
        assertThat(ResponsibilityBasis.PANEL_DISSENT.responsible()).isFalse();
        assertThat(Stream.of(ResponsibilityBasis.values()).filter(ResponsibilityBasis::responsible)).hasSize(ResponsibilityBasis.values().length - 1);
    }
}
