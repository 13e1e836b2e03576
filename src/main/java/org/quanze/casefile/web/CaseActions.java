package org.quanze.casefile.web;

import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.ExtensionApprover;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.internal.ExtensionRequests;

/**
 * The actions this person may take on this case in its current state: the power list (each action's grant for this
 * case) and the case's status, type and procedure together. The case page shows exactly these, so it never offers
 * what would be refused.
 */
public record CaseActions(boolean divert, boolean assign, boolean reassign, boolean organise, boolean recuse, boolean redivert,
        boolean changeProcedure, boolean suspend, boolean requestExtension, boolean decideExtension, boolean hear,
        boolean markHeld, boolean serve, boolean sign, boolean close, boolean archive, boolean appeal, boolean transfer) {

    /**
     * @param allowed     whether the power list grants an action on this case (true: at court level, for diversion
     *                    and assignment, which precede any handler)
     * @param signed      whether the judgment is signed, or this person has already put his signature on it
     * @param isApprover  whether the person is the approver the law names for an extension
     */
    static CaseActions of(CaseView c, CaseType type, Actor me, boolean signed, ExtensionRequests.Request pending,
            ExtensionApprover nextApprover, BiPredicate<Action, Boolean> allowed, Predicate<ExtensionApprover> isApprover,
            boolean appealable, boolean remanded) {
        boolean open = c.open();
        boolean assigned = c.handlerId() != null;
        boolean deadline = c.deadline() != null;
        return new CaseActions(
                c.trackIsUndecided() && allowed.test(Action.DIVERT_CASE, true),
                open && c.track() != null && !assigned && allowed.test(Action.ASSIGN_CASE, true),
                open && assigned && allowed.test(Action.REASSIGN_CASE, false),
                open && assigned && allowed.test(Action.CHANGE_TRIAL_ORGANISATION, false),
                // 回避 is decided by the president (民事诉讼法 第50条; 刑事诉讼法 第31条)
                open && assigned && (me.administrator() || me.holds(org.quanze.shared.Post.PRESIDENT) && me.courtId() != null
                        && me.courtId() == c.courtId()) && allowed.test(Action.VIEW_CASE, false),
                open && assigned && c.track() != null && allowed.test(Action.CHANGE_TRIAL_ORGANISATION, false),
                open && assigned && !Procedure.conversionsFor(type).isEmpty() && allowed.test(Action.CHANGE_TRIAL_ORGANISATION, false),
                open && assigned && deadline && allowed.test(Action.SUSPEND_DEADLINE, false),
                open && assigned && deadline && pending == null && nextApprover != null
                        && allowed.test(Action.REQUEST_EXTENSION, false),
                open && pending != null && allowed.test(Action.APPROVE_EXTENSION, false) && isApprover.test(pending.approver()),
                open && assigned && allowed.test(Action.SCHEDULE_HEARING, false),
                open && assigned && allowed.test(Action.SCHEDULE_HEARING, false),
                // 送达 goes on after closing (the judgment is served), until the file is archived
                c.archivedOn() == null && allowed.test(Action.RECORD_SERVICE, false),
                open && assigned && !signed && allowed.test(Action.SIGN_JUDGMENT, false),
                open && assigned && allowed.test(Action.CLOSE_CASE, false),
                !open && c.archivedOn() == null && allowed.test(Action.ARCHIVE_CASE, false),
                appealable && allowed.test(Action.RECORD_APPEAL, false),
                remanded && allowed.test(Action.RECORD_APPEAL, false));
    }

    /** Anything to show in the 分流与分案 group. */
    public boolean anyAssignment() {
        return divert || assign || reassign;
    }

    public boolean anyTrial() {
        return organise || redivert || changeProcedure || hear || serve;
    }

    public boolean anyDeadline() {
        return suspend || requestExtension || decideExtension;
    }

    public boolean anyEnd() {
        return sign || close || archive || appeal || transfer;
    }
}
