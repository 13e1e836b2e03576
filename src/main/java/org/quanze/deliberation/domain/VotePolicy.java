package org.quanze.deliberation.domain;

import java.util.List;
import java.util.Optional;

/** A rule a vote must pass; each names the law it applies. {@link #check} returns the refusal, if any. */
public interface VotePolicy {

    Optional<DeliberationRefusal> check(VoteAttempt attempt);

    /** 只有审判组织或会议的组成人员可以表决 — 合议庭评议 by its members (民诉法 第45条), committee by its members (组织法 第38条). */
    VotePolicy MEMBERS_ONLY = a -> a.members().contains(a.voterId()) ? Optional.empty()
            : Optional.of(DeliberationRefusal.notMember(a.voterName()));

    /** 回避 — a member recused from the item does not vote on it (民诉法 第47条; 刑诉法 第29–32条). */
    VotePolicy NOT_RECUSED = a -> a.recused().contains(a.voterId())
            ? Optional.of(DeliberationRefusal.recused(a.voterName())) : Optional.empty();

    /** 出席的成员才能发表意见 — an absent member cannot vote in a meeting. */
    VotePolicy PRESENT_ONLY = a -> a.present().contains(a.voterId()) ? Optional.empty()
            : Optional.of(DeliberationRefusal.notPresent(a.voterName()));

    /**
     * 法定人数 before any vote — a meeting without its quorum takes no vote at all (组织法 第38条: 审判委员会会议应当有
     * 其组成人员的过半数出席; 法发〔2021〕2号 三 for the professional meeting), so a vote is never recorded 未达法定人数.
     */
    VotePolicy QUORUM_FIRST = a -> a.quorum() == null || a.quorum().met() ? Optional.empty()
            : Optional.of(DeliberationRefusal.noQuorum(a.quorum()));

    /** 一人一票 — one vote per member per issue; a member who changes his mind says so in a new deliberation. */
    VotePolicy ONCE_PER_ISSUE = a -> a.hasVoted(a.voterId())
            ? Optional.of(DeliberationRefusal.alreadyVoted(a.voterName())) : Optional.empty();

    /**
     * 主持人最后发表意见 — the chair speaks last (法发〔2019〕20号 [U]): the chair's vote is accepted only once every other
     * present member who is not recused has voted, and after it nobody votes. So the chair can never close a vote early.
     */
    VotePolicy CHAIR_LAST = a -> {
        if (a.chairId() == null) return Optional.empty();
        if (a.voterId() != a.chairId()) {
            return a.hasVoted(a.chairId()) ? Optional.of(DeliberationRefusal.chairHasSpoken()) : Optional.empty();
        }
        long waiting = a.eligible().stream().filter(id -> id.longValue() != a.chairId() && !a.hasVoted(id)).count();
        return waiting == 0 ? Optional.empty() : Optional.of(DeliberationRefusal.chairNotLast((int) waiting));
    };

    List<VotePolicy> PANEL = List.of(MEMBERS_ONLY, ONCE_PER_ISSUE);
    List<VotePolicy> PROFESSIONAL_MEETING = List.of(MEMBERS_ONLY, QUORUM_FIRST, PRESENT_ONLY, NOT_RECUSED, ONCE_PER_ISSUE);
    List<VotePolicy> COMMITTEE = List.of(MEMBERS_ONLY, QUORUM_FIRST, PRESENT_ONLY, NOT_RECUSED, ONCE_PER_ISSUE, CHAIR_LAST);

    static List<VotePolicy> of(MeetingKind kind) {
        return kind == MeetingKind.COMMITTEE ? COMMITTEE : PROFESSIONAL_MEETING;
    }

    /** Throws the first refusal of the policies, in their order. */
    static void enforce(List<VotePolicy> policies, VoteAttempt attempt) {
        for (VotePolicy policy : policies) {
            Optional<DeliberationRefusal> refusal = policy.check(attempt);
            if (refusal.isPresent()) throw refusal.get();
        }
    }
}
