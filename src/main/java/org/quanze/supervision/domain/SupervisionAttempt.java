package org.quanze.supervision.domain;

/**
 * A supervision step someone wants to take on a case, with the facts the rules decide on.
 *
 * @param flagged   the case is flagged as one of the four kinds
 * @param onPanel   the person is a member of the case's trial organisation
 * @param handling  the person is the case's handling judge or presiding judge
 * @param chief     the person is chief (or deputy) of the case's division
 */
public record SupervisionAttempt(SupervisionActionKind kind, boolean flagged, boolean onPanel, boolean handling,
        boolean chief) {
}
