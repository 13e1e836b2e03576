package org.quanze.casefile;

/**
 * A condition another module sets on signing a case's judgment (签发裁判文书), checked after the power list and before
 * anything is written — e.g. deliberation: a panel's case needs a deliberation record signed by every member. The case
 * file knows only this interface; the modules that set conditions implement it as beans.
 */
public interface JudgmentSigningCondition {

    /** Throws a {@link org.quanze.shared.DomainException} when the judgment of this case may not be signed yet. */
    void check(CaseView c);
}
