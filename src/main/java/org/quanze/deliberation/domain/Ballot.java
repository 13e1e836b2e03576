package org.quanze.deliberation.domain;

/**
 * One member's vote on one issue or agenda item: the stance voted for (e.g. 「驳回诉讼请求」) and the reasoned opinion.
 * {@code order} is the order in which the member spoke.
 */
public record Ballot(long voterId, String voterName, String stance, String opinion, int order) {

    public Ballot {
        stance = stance == null ? "" : stance.strip();
        opinion = opinion == null ? "" : opinion.strip();
    }
}
