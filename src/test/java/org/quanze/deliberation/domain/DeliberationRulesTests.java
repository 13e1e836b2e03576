package org.quanze.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quorums, majorities, voting and the advisory-only rule, table by table. */
class DeliberationRulesTests {

    private final Quorum professional = new ProfessionalMeetingQuorum(5, new BigDecimal("0.3334"));

    /** 法发〔2021〕2号 三 with quanze's default: at least a third of the members and never fewer than five. */
    @ParameterizedTest(name = "{0} members, {1} present → required {2}, met {3}")
    @CsvSource({
            "9, 4, 5, false", "9, 5, 5, true", "15, 5, 6, false", "15, 6, 6, true",
            "30, 10, 11, false", "30, 11, 11, true", "5, 5, 5, true", "4, 4, 5, false", "12, 5, 5, true"})
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

    /** 民诉法 第45条 (votes cast) and the committee's majority of all members. */
    @ParameterizedTest(name = "{0}: votes {1} of {2} members → prevailing {3}")
    @CsvSource({
            "OF_VOTES_CAST, 'A,A,B', 3, A",
            "OF_VOTES_CAST, 'A,B,C', 3, ''",
            "OF_VOTES_CAST, 'A,A,B,B', 5, ''",
            "OF_VOTES_CAST, 'A,A,A,B,B', 5, A",
            "OF_ALL_MEMBERS, 'A,A,A,B', 7, ''",
            "OF_ALL_MEMBERS, 'A,A,A,A,B', 7, A",
            "OF_ALL_MEMBERS, 'A,A,A', 6, ''",
            "OF_ALL_MEMBERS, 'A,A,A,A', 6, A"})
    void majorityAndMinority(MajorityRule rule, String stances, int members, String prevailing) {
        List<Ballot> ballots = ballots(stances.split(","));
        Tally tally = Tally.of(ballots, rule, members);
        assertThat(tally.prevailing()).isEqualTo(prevailing.isEmpty() ? null : prevailing);
        if (tally.decided()) {
            assertThat(tally.majority()).allMatch(b -> b.stance().equals(prevailing));
            assertThat(tally.minority()).noneMatch(b -> b.stance().equals(prevailing));
            assertThat(tally.majority().size() + tally.minority().size()).isEqualTo(ballots.size());
        }
    }

    @Test
    void theHandlingJudgesMinorityOpinionIsKept() {
        Tally tally = Tally.of(List.of(new Ballot(1, "承办法官", "支持", "合同有效", 1), new Ballot(2, "成员", "驳回", "", 2),
                new Ballot(3, "审判长", "驳回", "", 3)), MajorityRule.OF_VOTES_CAST, 3);
        assertThat(tally.prevailing()).isEqualTo("驳回");
        assertThat(tally.minorityText()).isEqualTo("承办法官：支持（合同有效）");
    }

    /** Who may vote: members only, present only, once per issue, nobody after the chair. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "member votes once,             1, '1,2,3', '1,2,3', '',  , ",
            "non-member refused,            9, '1,2,3', '1,2,3', '',  , deliberation.not-member",
            "absent member refused,         3, '1,2,3', '1,2',   '',  , deliberation.not-present",
            "second vote refused,           1, '1,2,3', '1,2,3', '1', , deliberation.already-voted",
            "after the chair refused,       2, '1,2,3', '1,2,3', '3', 3, deliberation.chair-spoken",
            "chair last is fine,            3, '1,2,3', '1,2,3', '1,2', 3, "})
    void votePolicies(String scenario, long voter, String members, String present, String cast, Long chair, String refusal) {
        VoteAttempt attempt = new VoteAttempt(voter, "委员" + voter, ids(members), ids(present),
                cast.isEmpty() ? List.of() : ids(cast).stream().map(id -> new Ballot(id, "委员" + id, "A", "", id.intValue())).toList(),
                chair);
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
        assertThat(VotePolicy.of(MeetingKind.PROFESSIONAL)).doesNotContain(VotePolicy.CHAIR_LAST);
    }

    private static List<Ballot> ballots(String... stances) {
        List<Ballot> list = new java.util.ArrayList<>();
        for (int i = 0; i < stances.length; i++) list.add(new Ballot(i + 1, "成员" + (i + 1), stances[i], "", i + 1));
        return list;
    }

    private static Set<Long> ids(String csv) {
        return java.util.Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(s -> Long.parseLong(s.strip()))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
