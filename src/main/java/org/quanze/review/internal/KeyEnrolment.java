package org.quanze.review.internal;

import org.quanze.casefile.UpperCourtOutcomeRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 重点评查的自动纳入: when a higher court's 改判, 发回重审 or 指令再审 is recorded, the original case is enrolled for
 * key review. Runs in the closing's transaction (like the committee referral): the outcome and its enrolment commit
 * together, so a 发改指 case is never left out of review by a crash between the two.
 */
@Component
class KeyEnrolment {

    private final ReviewDesk desk;

    KeyEnrolment(ReviewDesk desk) {
        this.desk = desk;
    }

    @EventListener
    void on(UpperCourtOutcomeRecorded outcome) {
        desk.enrolReversed(outcome.upperCaseNumber(), outcome.originalCaseNumber(), outcome.outcome());
    }
}
