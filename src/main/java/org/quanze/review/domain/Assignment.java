package org.quanze.review.domain;

/**
 * The facts the conflict rules need about a proposed reviewer of a case.
 *
 * @param onTrialOrganisation the reviewer sat on the case (or handled it)
 * @param cross               the review is a cross-review (互查) between courts
 * @param reviewerCourtId     the reviewer's court
 * @param caseCourtId         the reviewed case's court
 * @param handlersTeam        the reviewer belongs to the trial team (审判团队) of the case's handling judge
 * @param recused             the reviewer declared a recusal (回避) for this case
 */
public record Assignment(boolean onTrialOrganisation, boolean cross, long reviewerCourtId, long caseCourtId,
        boolean handlersTeam, boolean recused) {
}
