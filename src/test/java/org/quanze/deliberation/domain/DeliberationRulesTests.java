package org.quanze.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quorums, majorities, voting and the advisory-only rule, table by table. */
class DeliberationRulesTests {

    private final Quorum professional = ProfessionalMeetingQuorum.of(5, "1/3");

    /**
     * 法发〔2021〕2号 三 with quanze's default: at least a third of the members, rounded up, and never fewer than five —
     * in exact integers: 30 members need 10 (a share written 0.3334 asked 11), 31 need 11.
     */
    @ParameterizedTest(name = "{0} members, {1} present → required {2}, met {3}")
    @CsvSource({
            "9, 4, 5, false", "9, 5, 5, true", "15, 5, 5, true", "15, 4, 5, false", "16, 5, 6, false", "16, 6, 6, true",
            "30, 9, 10, false", "30, 10, 10, true", "31, 10, 11, false", "31, 11, 11, true", "5, 5, 5, true", "4, 4, 5, false",
            "12, 5, 5, true", "300, 100, 100, true"})
    void professionalMeetingQuorum(int members, int present, int required, boolean met) {
        QuorumCheck check = professional.check(members, present);
        assertThat(check.required()).isEqualTo(required);
        assertThat(check.met()).isEqualTo(met);
    }

    /** 人民法院组织法 第38条: more than half of the members present. */
    @ParameterizedTest(name = "{0} members, {1} present → met {2}")
    @CsvSource({"6, 3, false", "6, 4, true", "7, 3, false", "7, 4, true", "11, 5, false", "11, 6, true", "0, 0, false"})
    void committeeQuorumIsMoreThanHalf(int members, int present, boolean met) {
        assertThat(new CommitteeQuorum().check(members, present).met()).isEqualTo(met);
    }

    /**
     * 民诉法 第45条 (votes cast) and the committee's majority of all members, counted over the options: an abstention is a
     * vote cast that never prevails.
     */
    @ParameterizedTest(name = "{0}: votes {1} of {2} members → prevailing {3}")
    @CsvSource({
            "OF_VOTES_CAST, 'AGREE,AGREE,DISAGREE', 3, AGREE",
            "OF_VOTES_CAST, 'AGREE,DISAGREE,ABSTAIN', 3, ''",
            "OF_VOTES_CAST, 'ABSTAIN,ABSTAIN,AGREE', 3, ''",
            "OF_VOTES_CAST, 'DISAGREE,DISAGREE,AGREE', 3, DISAGREE",
            "OF_VOTES_CAST, 'AGREE,AGREE,DISAGREE,DISAGREE', 5, ''",
            "OF_VOTES_CAST, 'AGREE,AGREE,AGREE,DISAGREE,ABSTAIN', 5, AGREE",
            "OF_ALL_MEMBERS, 'AGREE,AGREE,AGREE,DISAGREE', 7, ''",
            "OF_ALL_MEMBERS, 'AGREE,AGREE,AGREE,AGREE,DISAGREE', 7, AGREE",
            "OF_ALL_MEMBERS, 'AGREE,AGREE,AGREE', 6, ''",
            "OF_ALL_MEMBERS, 'AGREE,AGREE,AGREE,AGREE', 6, AGREE"})
    void majorityAndMinorityOverTheOptions(MajorityRule rule, String choices, int members, String prevailing) {
        List<Ballot> ballots = ballots(choices.split(","));
        Tally tally = Tally.of(ballots, rule, members);
        assertThat(tally.prevailing()).isEqualTo(prevailing.isEmpty() ? null : VoteChoice.valueOf(prevailing));
        if (tally.decided()) {
            assertThat(tally.majority()).allMatch(b -> b.choice() == tally.prevailing());
            assertThat(tally.minority()).noneMatch(b -> b.choice() == tally.prevailing());
            assertThat(tally.majority().size() + tally.minority().size()).isEqualTo(ballots.size());
        }
    }

    /** Reasons worded differently do not split a majority: both 同意, whatever they wrote (issue: exact string match). */
    @Test
    void differentlyWordedReasonsCountAsTheSameOption() {
        Tally tally = Tally.of(List.of(new Ballot(1, "甲", VoteChoice.AGREE, "维持合议庭意见", 1),
                new Ballot(2, "乙", VoteChoice.AGREE, "建议维持合议庭意见", 2), new Ballot(3, "丙", VoteChoice.DISAGREE, "应改判", 3)),
                MajorityRule.OF_VOTES_CAST, 3);
        assertThat(tally.prevailing()).isEqualTo(VoteChoice.AGREE);
        assertThat(tally.outcome("维持一审判决")).isEqualTo("同意：维持一审判决");
        assertThat(tally.minorityText()).isEqualTo("丙：不同意（应改判）");
    }

    @Test
    void theHandlingJudgesMinorityOpinionIsKept() {
        Tally tally = Tally.of(List.of(new Ballot(1, "承办法官", VoteChoice.AGREE, "合同有效", 1),
                new Ballot(2, "成员", VoteChoice.DISAGREE, "", 2), new Ballot(3, "审判长", VoteChoice.DISAGREE, "", 3)),
                MajorityRule.OF_VOTES_CAST, 3);
        assertThat(tally.prevailing()).isEqualTo(VoteChoice.DISAGREE);
        assertThat(tally.minorityText()).isEqualTo("承办法官：同意（合同有效）");
    }

    /**
     * Who may vote in the committee: members only; no vote without quorum; present only; not the recused (回避);
     * once per issue; the chair only after every other present member who is not recused, and nobody after the chair.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            member votes once                          | 1 | 1,2,3,4 | 1,2,3 |     |       |   | true  |
            non-member refused                         | 9 | 1,2,3,4 | 1,2,3 |     |       |   | true  | deliberation.not-member
            no vote without quorum                     | 1 | 1,2,3,4 | 1,2   |     |       |   | false | deliberation.no-quorum
            absent member refused                      | 4 | 1,2,3,4 | 1,2,3 |     |       |   | true  | deliberation.not-present
            recused member refused (民诉法 第47条)     | 2 | 1,2,3,4 | 1,2,3 | 2   |       |   | true  | deliberation.recused
            second vote refused                        | 1 | 1,2,3,4 | 1,2,3 |     | 1     |   | true  | deliberation.already-voted
            chair first refused                        | 3 | 1,2,3,4 | 1,2,3 |     |       | 3 | true  | deliberation.chair-not-last
            chair before the last member refused       | 3 | 1,2,3,4 | 1,2,3 |     | 1     | 3 | true  | deliberation.chair-not-last
            chair last is fine                         | 3 | 1,2,3,4 | 1,2,3 |     | 1,2   | 3 | true  |
            chair last, the recused not waited for     | 3 | 1,2,3,4 | 1,2,3 | 2   | 1     | 3 | true  |
            after the chair refused                    | 2 | 1,2,3,4 | 1,2,3 |     | 1,3   | 3 | true  | deliberation.chair-spoken
            """)
    void votePolicies(String scenario, long voter, String members, String present, String recused, String cast, Long chair,
            boolean quorumMet, String refusal) {
        VoteAttempt attempt = new VoteAttempt(voter, "委员" + voter, ids(members), ids(present), ids(recused),
                ids(cast).stream().map(id -> new Ballot(id, "委员" + id, VoteChoice.AGREE, "", id.intValue())).toList(), chair,
                new QuorumCheck(quorumMet, ids(members).size(), ids(present).size(), 3, "组织法 第38条"));
        if (refusal == null) {
            VotePolicy.enforce(VotePolicy.COMMITTEE, attempt);
        } else {
            assertThatThrownBy(() -> VotePolicy.enforce(VotePolicy.COMMITTEE, attempt))
                    .isInstanceOf(DeliberationRefusal.class).extracting(e -> ((DeliberationRefusal) e).code()).isEqualTo(refusal);
        }
    }

    /** 专业法官会议 never decides (法发〔2021〕2号 一); only the committee binds the panel (组织法 第39条). */
    @Test
    void advisoryOnly() {
        assertThatThrownBy(() -> AdvisoryOnly.requireBinding(MeetingKind.PROFESSIONAL))
                .isInstanceOf(DeliberationRefusal.class).hasMessageContaining("仅供参考")
                .extracting(e -> ((DeliberationRefusal) e).status()).isEqualTo(409);
        AdvisoryOnly.requireBinding(MeetingKind.COMMITTEE);
        assertThat(MeetingKind.PROFESSIONAL.binding()).isFalse();
        assertThat(VotePolicy.of(MeetingKind.PROFESSIONAL)).doesNotContain(VotePolicy.CHAIR_LAST).contains(VotePolicy.QUORUM_FIRST);
    }

    private static List<Ballot> ballots(String... choices) {
        List<Ballot> list = new java.util.ArrayList<>();
        for (int i = 0; i < choices.length; i++) list.add(new Ballot(i + 1, "成员" + (i + 1), VoteChoice.valueOf(choices[i].strip()), "", i + 1));
        return list;
    }

    private static Set<Long> ids(String csv) {
        if (csv == null) return Set.of();
        return java.util.Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(s -> Long.parseLong(s.strip()))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
