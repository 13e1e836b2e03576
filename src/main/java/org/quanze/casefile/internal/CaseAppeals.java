package org.quanze.casefile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.Instance;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ReviewResult;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上诉登记与移送 — what happens to a case after it closes on its way to the court above: the appeal against a
 * first-instance decision reaches the court (上诉日期; lodged through the original court, 民事诉讼法 第173条) and the
 * file is sent up (移送日期; within five days, 第174条; 刑事诉讼法 第231条: three); a second-instance case closed as 发回重审
 * sends the file back down. The days between are 上诉/发回重审案件平均移送天数. Each command checks the power list
 * ({@link Action#RECORD_APPEAL}), refuses a stale version with 409, and writes the trail.
 */
@Service
public class CaseAppeals {

    /** 结案方式 open to appeal: judgments, and the rulings 不予受理 and 驳回起诉 (民事诉讼法 第157条、第171条). */
    public static final Set<String> APPEALABLE = Set.of("判决", "裁定", "驳回起诉", "不予受理");

    private final CaseStore store;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseAppeals(CaseStore store, PowerGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Whether an appeal may be recorded on the case: a closed first-instance case closed by an appealable decision. */
    public static boolean appealable(CaseView c) {
        return !c.open() && CaseType.fromCode(c.caseType()).instance() == Instance.FIRST && APPEALABLE.contains(c.closeMethod())
                && !Procedure.valueOf(c.procedure()).finalAtFirstInstance();
    }

    /** Whether the case's file goes somewhere: an appealed first-instance case, or a second-instance case remanded. */
    public static boolean transferable(CaseView c) {
        return appealable(c) && c.appealOn() != null || remanded(c);
    }

    /**
     * A second-instance case whose own result is 发回重审 (chosen at closing or stated by the close method; either way
     * recorded as its review result). Not one that a higher court remanded: that file stays where it is.
     */
    public static boolean remanded(CaseView c) {
        return !c.open() && CaseType.fromCode(c.caseType()).instance() == Instance.SECOND
                && ReviewResult.REMANDED.name().equals(c.reviewResult());
    }

    /**
     * 上诉登记 — the date the appeal reached the court, and optionally the date the file went up. A date left empty keeps
     * the one recorded; a recorded date may be corrected. Neither may precede the closing or lie after today.
     */
    @Transactional
    public CaseView recordAppeal(String caseNumber, int version, LocalDate appealOn, LocalDate transferredOn) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.RECORD_APPEAL, CaseFiles.powerContext(c));
        if (!appealable(c)) {
            throw new DomainException(409, "appeal.not-appealable", c.open() ? "案件尚未结案，不能登记上诉"
                    : Procedure.valueOf(c.procedure()).finalAtFirstInstance() ? "小额诉讼案件实行一审终审，不得上诉（民事诉讼法 第165条）"
                    : "只有以判决或不予受理、驳回起诉等裁定结案的一审案件可以上诉（民事诉讼法 第171条）");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        check(errors, "appealOn", appealOn, c.closedOn(), "结案日期", today);
        LocalDate transfer = transferredOn != null ? transferredOn : c.transferredOn();
        if (transfer != null) {
            boolean appealValid = errors.isEmpty();
            check(errors, "transferredOn", transfer, appealValid ? appealOn : c.closedOn(), appealValid ? "上诉日期" : "结案日期",
                    today);
        }
        if (!errors.isEmpty()) throw new DomainException(422, "appeal.dates", "上诉登记的日期有误", errors);
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.case_file SET appealed = true, appeal_on = ?, transferred_on = ? WHERE id = ?")
                .params(appealOn, transfer, c.id()).update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("appealOn", appealOn.toString());
        if (transfer != null) changes.put("transferredOn", transfer.toString());
        events.publishEvent(Recorded.onCase("APPEAL_RECORDED", caseNumber, changes));
        return store.get(caseNumber);
    }

    /**
     * 移送 — the date the file of an appealed case went to the court above, or that of a second-instance case closed as
     * 发回重审 went back to the court below; not before the appeal (or the closing of the remanding case), not after today.
     */
    @Transactional
    public CaseView recordTransfer(String caseNumber, int version, LocalDate transferredOn) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.RECORD_APPEAL, CaseFiles.powerContext(c));
        if (!transferable(c)) {
            throw new DomainException(409, "transfer.nothing-to-send", "只有已登记上诉的一审案件或发回重审的二审案件需要登记案卷移送");
        }
        boolean remanded = remanded(c);
        List<FieldError> errors = new ArrayList<>();
        check(errors, "transferredOn", transferredOn, remanded ? c.closedOn() : c.appealOn(), remanded ? "结案日期" : "上诉日期",
                LocalDate.now(clock));
        if (!errors.isEmpty()) throw new DomainException(422, "transfer.date", "移送日期有误", errors);
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.case_file SET transferred_on = ? WHERE id = ?").params(transferredOn, c.id()).update();
        events.publishEvent(Recorded.onCase("CASE_TRANSFERRED", caseNumber, Map.of("transferredOn", transferredOn.toString(),
                "to", remanded ? "原审法院（发回重审）" : "上一级法院（上诉）")));
        return store.get(caseNumber);
    }

    private static void check(List<FieldError> errors, String field, LocalDate date, LocalDate notBefore, String before,
            LocalDate today) {
        if (date == null) errors.add(FieldError.of(field, "请填写日期"));
        else if (date.isBefore(notBefore)) errors.add(FieldError.of(field, date + " 早于" + before + " " + notBefore));
        else if (date.isAfter(today)) errors.add(FieldError.of(field, date + " 晚于今天"));
    }
}
