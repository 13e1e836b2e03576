package org.quanze.deliberation.domain;

import java.util.List;
import java.util.Optional;

/** A rule a vote must pass; each names the law it applies. {@link #check} returns the refusal, if any. */
public interface VotePolicy {

    Optional<DeliberationRefusal> check(VoteAttempt attempt);

    /** 只有审判组织或会议的组成人员可以表决 — 合议庭评议 by its members (民诉法 第45条), committee by its members (组织法 第38条). */
    VotePolicy MEMBERS_ONLY = a -> a.members().contains(a.voterId()) ? Optional.empty()
            : Optional.of(DeliberationRefusal.notMember(a.voterName()));

    /** 出席的成员才能发表意见 — an absent member cannot vote in a meeting. */
    VotePolicy PRESENT_ONLY = a -> a.present().contains(a.voterId()) ? Optional.empty()
            : Optional.of(DeliberationRefusal.notPresent(a.voterName()));

    /** 一人一票 — one vote per member per issue; a member who changes his mind says so in a new deliberation. */
    VotePolicy ONCE_PER_ISSUE = a -> a.cast().stream().anyMatch(b -> b.voterId() == a.voterId())
            ? Optional.of(DeliberationRefusal.alreadyVoted(a.voterName())) : Optional.empty();

    /** 主持人最后发表意见 — the chair speaks last, so once the chair has voted nobody else may (法发〔2019〕20号 [U]). */
    VotePolicy CHAIR_LAST = a -> a.chairId() != null && a.voterId() != a.chairId()
            && a.cast().stream().anyMatch(b -> b.voterId() == a.chairId())
            ? Optional.of(DeliberationRefusal.chairHasSpoken()) : Optional.empty();

    List<VotePolicy> PANEL = List.of(MEMBERS_ONLY, ONCE_PER_ISSUE);
    List<VotePolicy> PROFESSIONAL_MEETING = List.of(MEMBERS_ONLY, PRESENT_ONLY, ONCE_PER_ISSUE);
    List<VotePolicy> COMMITTEE = List.of(MEMBERS_ONLY, PRESENT_ONLY, ONCE_PER_ISSUE, CHAIR_LAST);

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
