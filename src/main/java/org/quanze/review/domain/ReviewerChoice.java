package org.quanze.review.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 评查人均衡分派 — which reviewer of the pool (评查人才库) a review goes to when the office lets the platform choose.
 * Each candidate is tried against the rules in order, and the first that excludes him is named:
 * <ol>
 * <li>P1 已停用 — a reviewer the recommending court has withdrawn from the pool;</li>
 * <li>P2 专长不符 — the case's category is not among his specialties;</li>
 * <li>C1–C4 — the conflict rules ({@link ConflictRule}), as for a reviewer named by hand.</li>
 * </ol>
 * Of those left, the one with the fewest open reviews (assigned, not concluded) is chosen — balanced by load — and of
 * equally loaded ones the earliest in the pool, so that the choice is repeatable.
 */
public final class ReviewerChoice {

    private ReviewerChoice() {
    }

    /**
     * A reviewer of the pool as the choice sees him.
     *
     * @param openReviews reviews assigned to him and not yet concluded
     * @param assignment  the facts the conflict rules read for him and this case
     */
    public record Candidate(long reviewerId, String staffNo, String name, boolean active, Set<ReviewerSpecialty> specialties,
            int openReviews, Assignment assignment) {
    }

    /** A candidate left out, and the rule that left him out (its code and text). */
    public record Excluded(Candidate candidate, String rule) {
    }

    /** The chosen reviewer, if any, and everyone excluded with the rule that excluded him. */
    public record Outcome(Optional<Candidate> chosen, List<Excluded> excluded) {
    }

    public static final String WITHDRAWN = "P1 评查人已停用";
    public static final String NOT_QUALIFIED = "P2 评查人专长与案件类别不符";

    public static Outcome choose(ReviewerSpecialty needed, List<Candidate> candidates) {
        List<Candidate> eligible = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Candidate c : candidates) {
            String rule = !c.active() ? WITHDRAWN
                    : !c.specialties().contains(needed) ? NOT_QUALIFIED
                    : ConflictRule.broken(c.assignment()).map(r -> r.code() + " " + r.description()).orElse(null);
            if (rule == null) eligible.add(c);
            else excluded.add(new Excluded(c, rule));
        }
        Optional<Candidate> chosen = eligible.stream()
                .min(Comparator.comparingInt(Candidate::openReviews).thenComparingLong(Candidate::reviewerId));
        return new Outcome(chosen, List.copyOf(excluded));
    }
}
