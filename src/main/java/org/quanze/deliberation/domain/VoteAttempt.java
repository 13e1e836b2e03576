package org.quanze.deliberation.domain;

import java.util.List;
import java.util.Set;

/**
 * A member's wish to vote on an issue, with what the vote policies need to know.
 *
 * @param present members present; for a collegial panel every member is present
 * @param chairId the chair, who speaks last; null where no speaking order applies
 */
public record VoteAttempt(long voterId, String voterName, Set<Long> members, Set<Long> present, List<Ballot> cast,
        Long chairId) {

    public VoteAttempt {
        members = Set.copyOf(members);
        present = Set.copyOf(present);
        cast = List.copyOf(cast);
    }
}
