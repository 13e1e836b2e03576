package org.quanze.deliberation.internal;

import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.deliberation.domain.DeliberationRefusal;
import org.quanze.deliberation.domain.Specialty;
import org.quanze.supervision.CaseReferred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a case a leader referred before the body named: the court's adjudication committee, or the professional
 * judges' meeting of the case's specialty. Runs in the referring transaction, so a referral to a body the court has
 * not formed is refused together with the step that asked for it.
 */
@Component
class Referrals {

    private final Meetings meetings;
    private final CaseFiles cases;

    Referrals(Meetings meetings, CaseFiles cases) {
        this.meetings = meetings;
        this.cases = cases;
    }

    @EventListener
    void on(CaseReferred referral) {
        CaseView c = cases.find(referral.caseNumber()).orElseThrow();
        Meetings.Body body = referral.toCommittee() ? meetings.committeeForSubmission(c.court())
                : meetings.professionalBodies(c.courtId()).stream().filter(b -> b.specialty() == specialtyOf(c)).findFirst()
                        .orElseThrow(() -> DeliberationRefusal.invalid("body", "本院尚未组建" + specialtyOf(c).label() + "专业法官会议，无法提交"));
        meetings.submitCase(body.id(), c.caseNumber(), "院庭长依四类案件监督程序提交：" + referral.report(), null);
    }

    private static Specialty specialtyOf(CaseView c) {
        return switch (c.category()) {
            case "CRIMINAL" -> Specialty.CRIMINAL;
            case "ADMINISTRATIVE", "STATE_COMPENSATION" -> Specialty.ADMINISTRATIVE_COMPENSATION;
            case "ENFORCEMENT" -> Specialty.PETITION_ENFORCEMENT;
            default -> Specialty.CIVIL;
        };
    }
}
