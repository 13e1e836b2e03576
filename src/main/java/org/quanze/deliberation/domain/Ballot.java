package org.quanze.deliberation.domain;

/**
 * One member's vote on one issue or agenda item: the option chosen on the proposal and the member's reasons.
 * {@code order} is the order in which the member spoke; {@code recordedBy} names the committee's secretary when the
 * secretary recorded the vote for the member (null when the member cast it).
 */
public record Ballot(long voterId, String voterName, VoteChoice choice, String opinion, int order, String recordedBy) {

    public Ballot {
        opinion = opinion == null ? "" : opinion.strip();
    }

    public Ballot(long voterId, String voterName, VoteChoice choice, String opinion, int order) {
        this(voterId, voterName, choice, opinion, order, null);
    }

    /** The option as people read it (同意 / 不同意 / 弃权). */
    public String stance() { return choice.label(); }
}
