package org.quanze.accountability.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.DutySuspensions;
import org.quanze.authority.PowerGuard;
import org.quanze.review.ReviewConcluded;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailVisibility;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Where accountability meets the rest: suspensions for the power list, its events on the trail, review's clues. */
@Component
class AccountabilityHooks implements DutySuspensions, TrailVisibility {

    private final ProceedingStore store;
    private final Proceedings proceedings;
    private final PowerGuard guard;
    private final Clock clock;

    AccountabilityHooks(ProceedingStore store, @org.springframework.context.annotation.Lazy Proceedings proceedings,
            @org.springframework.context.annotation.Lazy PowerGuard guard, Clock clock) {
        this.store = store;
        this.proceedings = proceedings;
        this.guard = guard;
        this.clock = clock;
    }

    /** 法官法 第47条: suspended today by a proceeding (temporarily, or 停职 decided). */
    @Override
    public boolean suspended(long staffId) {
        return store.suspended(staffId, LocalDate.now(clock));
    }

    @Override
    public boolean concerns(String action) {
        return action.startsWith("ACCOUNTABILITY_");
    }

    /** A confidential proceeding's events show on the trail only to those who may see proceedings of the court. */
    @Override
    public TrailEvent asSeenBy(Actor reader, TrailEvent event) {
        if (reader.administrator()) return event;
        return guard.allows(reader, Action.VIEW_ACCOUNTABILITY,
                org.quanze.authority.PowerContext.court(reader.courtId())) ? event : null;
    }

    /** A review marked "suspected fault" becomes a clue — a clue only: a person reviews it and a person opens. */
    @ApplicationModuleListener
    void on(ReviewConcluded review) {
        if (review.suspectedViolation() == null || review.suspectedViolation().isBlank()) return;
        proceedings.recordReviewClue(review.caseCourtId(), review.caseNumber(),
                "评查 #" + review.reviewId() + "（" + review.result() + "）：" + review.suspectedViolation().strip());
    }
}
