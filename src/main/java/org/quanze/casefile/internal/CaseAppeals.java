package org.quanze.casefile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.Case;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.CloseMethod;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ReviewResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上诉登记与移送 — what happens to a case after it closes on its way to the court above: the appeal against a
 * first-instance decision reaches the court (上诉日期; lodged through the original court, 民事诉讼法 第173条) and the
 * file is sent up (移送日期; within five days, 第174条; 刑事诉讼法 第231条: three); a second-instance case closed as 发回重审
 * sends the file back down. The days between are 上诉/发回重审案件平均移送天数. Each command checks the power list
 * ({@link Action#RECORD_APPEAL}), then the case's own rules ({@link Case#recordAppeal}, {@link Case#recordTransfer}),
 * refuses a stale version with 409, and writes the trail.
 */
@Service
public class CaseAppeals {

    private final CaseStore store;
    private final CaseRepository cases;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseAppeals(CaseStore store, CaseRepository cases, PowerGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Whether an appeal may be recorded on the case ({@link Case#appealable}). */
    public static boolean appealable(CaseView c) {
        return Case.appealable(CaseType.fromCode(c.caseType()), Procedure.valueOf(c.procedure()), CloseMethod.ofLabel(c.closeMethod()),
                !c.open());
    }

    /** Whether the case is a second-instance case closed as 发回重审 ({@link Case#remanded}). */
    public static boolean remanded(CaseView c) {
        return Case.remanded(CaseType.fromCode(c.caseType()), c.reviewResult() == null ? null : ReviewResult.valueOf(c.reviewResult()),
                !c.open());
    }

    /** 上诉登记 ({@link Case#recordAppeal}). */
    @Transactional
    public CaseView recordAppeal(String caseNumber, int version, LocalDate appealOn, LocalDate transferredOn) {
        guard.require(Action.RECORD_APPEAL, CaseFiles.powerContext(store.get(caseNumber)));
        Case kase = cases.load(caseNumber);
        return apply(kase, version, kase.recordAppeal(appealOn, transferredOn, LocalDate.now(clock)));
    }

    /** 移送 ({@link Case#recordTransfer}). */
    @Transactional
    public CaseView recordTransfer(String caseNumber, int version, LocalDate transferredOn) {
        guard.require(Action.RECORD_APPEAL, CaseFiles.powerContext(store.get(caseNumber)));
        Case kase = cases.load(caseNumber);
        return apply(kase, version, kase.recordTransfer(transferredOn, LocalDate.now(clock)));
    }

    private CaseView apply(Case kase, int version, List<Object> recorded) {
        cases.save(kase, version);
        recorded.forEach(events::publishEvent);
        return store.get(kase.caseNumber());
    }
}
