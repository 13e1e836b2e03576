package org.quanze.deliberation.domain;

import java.util.List;
import java.util.Set;

/**
 * A member's wish to vote on an issue, with what the vote policies need to know.
 *
 * @param present members present; for a collegial panel every member is present
 * @param recused members recused (回避) from this item: they neither vote nor count as present for it
 * @param chairId the chair, who speaks last; null where no speaking order applies
 * @param quorum  the item's quorum, checked before any vote is accepted; null for a collegial panel
 */
public record VoteAttempt(long voterId, String voterName, Set<Long> members, Set<Long> present, Set<Long> recused,
        List<Ballot> cast, Long chairId, QuorumCheck quorum) {

    public VoteAttempt {
        members = Set.copyOf(members);
        present = Set.copyOf(present);
        recused = Set.copyOf(recused);
        cast = List.copyOf(cast);
    }

    /** A panel's vote: every member present, nobody recused, no chair, no quorum. */
    public static VoteAttempt ofPanel(long voterId, String voterName, Set<Long> members, List<Ballot> cast) {
        return new VoteAttempt(voterId, voterName, members, members, Set.of(), cast, null, null);
    }

    /** Present members who may vote on this item: the recused excluded. */
    public Set<Long> eligible() {
        return present.stream().filter(id -> !recused.contains(id)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    boolean hasVoted(long id) {
        return cast.stream().anyMatch(b -> b.voterId() == id);
    }
}
