package org.quanze.casefile.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.ActorDirectory;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseClosed;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.UpperCourtOutcomeRecorded;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.DeadlineRule;
import org.quanze.casefile.domain.Extension;
import org.quanze.casefile.domain.ExtensionApprover;
import org.quanze.casefile.domain.Instance;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ReviewResult;
import org.quanze.casefile.domain.Suspension;
import org.quanze.casefile.domain.SuspensionReason;
import org.quanze.casefile.domain.TimeLimit;
import org.quanze.casefile.domain.TrialDeadline;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Post;
import org.quanze.shared.Recorded;
import org.quanze.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a case after assignment: trial organisation, deadline suspensions and extensions, change of procedure,
 * hearings, signing, closing (with the reviewing case's result and the upper-court outcome it gives the original, 发改指)
 * and archiving. Each command checks the power list against the case, refuses a stale version with 409, and writes the
 * trail.
 */
@Service
public class CaseProgress {

    /** 结案方式. */
    public static final List<String> CLOSE_METHODS = List.of("判决", "调解", "撤诉", "驳回起诉", "准予撤回", "移送", "终结",
            "裁定", "不予受理", "维持", "改判", "发回重审", "指令再审", "执行完毕", "终结本次执行", "其他");

    private final CaseStore store;
    private final Deadlines deadlines;
    private final Organization organization;
    private final ActorDirectory directory;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<org.quanze.casefile.JudgmentSigningCondition> signingConditions;

    CaseProgress(CaseStore store, Deadlines deadlines, Organization organization, ActorDirectory directory,
            PowerGuard guard, ApplicationEventPublisher events, Clock clock,
            List<org.quanze.casefile.JudgmentSigningCondition> signingConditions) {
        this.signingConditions = signingConditions;
        this.store = store;
        this.deadlines = deadlines;
        this.organization = organization;
        this.directory = directory;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * 审判组织 — a sole judge (the handling judge) or a collegial panel of an odd number of at least three: a presiding
     * judge, the handling judge, other judges and people's assessors (民事诉讼法 第40条、第45条). A change needs a reason.
     */
    @Transactional
    public CaseView organise(String caseNumber, int version, String triedBy, String presidingNo, List<String> memberNos,
            String reason) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.CHANGE_TRIAL_ORGANISATION, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c); // after the power list, so that another court learns nothing of the case
        if (c.handlerId() == null) throw new DomainException(409, "case.unassigned", "案件尚未分案，没有承办法官");
        boolean change = c.trialOrganisation().size() > 1 || c.triedBy() != null && !c.triedBy().equals(triedBy);
        if (change) CaseAssignment.requireReason(reason, "变更审判组织必须记录理由");
        List<String[]> members = new ArrayList<>();
        boolean presidingHandler = false;
        if ("PANEL".equals(triedBy)) {
            StaffView presiding = member(presidingNo, c, false);
            if (presiding.id() != c.handlerId()) members.add(new String[] {String.valueOf(presiding.id()), "PRESIDING"});
            for (String no : memberNos == null ? List.<String>of() : memberNos) {
                if (no == null || no.isBlank()) continue;
                StaffView m = member(no, c, true);
                if (m.id() == c.handlerId() || m.id() == presiding.id()) continue;
                members.add(new String[] {String.valueOf(m.id()), m.role() == Role.PEOPLE_ASSESSOR ? "ASSESSOR" : "MEMBER"});
            }
            int size = members.size() + 1;
            if (size < 3 || size % 2 == 0) {
                throw new DomainException(422, "panel.size", "合议庭成员应为三人以上的单数（民事诉讼法 第40条），现为 " + size + " 人",
                        List.of(FieldError.of("members", "合议庭成员应为三人以上的单数")), size);
            }
            presidingHandler = presiding.id() == c.handlerId();
        } else if (!"SOLE".equals(triedBy)) {
            throw new DomainException(422, "panel.kind", "审判组织应为独任或合议庭", List.of(FieldError.of("triedBy", "独任(SOLE)或合议庭(PANEL)")));
        }
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.trial_member SET active = false WHERE case_id = ? AND role <> 'HANDLING' AND active").param(c.id()).update();
        for (String[] m : members) {
            store.jdbc().sql("INSERT INTO casefile.trial_member (case_id, staff_id, role, reason, presiding) VALUES (?, ?, ?, ?, ?)")
                    .params(c.id(), Long.parseLong(m[0]), m[1], reason, "PRESIDING".equals(m[1])).update();
        }
        // the handling judge presides (承办法官兼任审判长) or no longer does
        store.jdbc().sql("UPDATE casefile.trial_member SET presiding = ? WHERE case_id = ? AND role = 'HANDLING' AND active")
                .params(presidingHandler, c.id()).update();
        store.jdbc().sql("UPDATE casefile.case_file SET tried_by = ? WHERE id = ?").params(triedBy, c.id()).update();
        CaseView after = store.get(caseNumber);
        events.publishEvent(Recorded.onCase("TRIAL_ORGANISATION_SET", caseNumber, Map.of("triedBy", triedBy,
                "members", after.trialOrganisation().stream().map(m -> m.name() + "(" + m.role() + ")"
                        + (m.presiding() && !"PRESIDING".equals(m.role()) ? "(PRESIDING)" : "")).toList(),
                "reason", reason == null ? "" : reason)));
        return after;
    }

    /** 扣除审限 — an excluded period (公告, 鉴定, 管辖权异议, 中止 …) moves the deadline later. */
    @Transactional
    public CaseView suspend(String caseNumber, int version, SuspensionReason reason, LocalDate from, LocalDate to, String note) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.SUSPEND_DEADLINE, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        if (from == null || to == null || to.isBefore(from) || from.isBefore(c.filedOn())) {
            throw new DomainException(422, "suspension.dates", "扣除期间的起止日期不合理：应在立案之后，且终止不早于开始",
                    List.of(FieldError.of("from", "应不早于立案日期 " + c.filedOn()), FieldError.of("to", "应不早于开始日期")));
        }
        Suspension.of(reason, from, to);
        store.touch(c.id(), version);
        store.jdbc().sql("INSERT INTO casefile.suspension (case_id, reason, note, from_date, to_date) VALUES (?, ?, ?, ?, ?)")
                .params(c.id(), reason.name(), note, from, to).update();
        deadlines.store(c.id());
        CaseView after = store.get(caseNumber);
        events.publishEvent(Recorded.onCase("DEADLINE_SUSPENDED", caseNumber, Map.of("reason", reason.label(),
                "article", reason.article(), "from", from.toString(), "to", to.toString(),
                "deadline", String.valueOf(after.deadline()))));
        return after;
    }

    /**
     * 延长审限 — approved by whom the law names for the next extension (本院院长, 上级法院, 高级法院); the length is
     * capped by the statute (e.g. simple civil procedure: once, one month — 民诉法 第164条, 民诉解释 第258条).
     */
    @Transactional
    public CaseView extend(String caseNumber, int version, int months, int days, String reason) {
        CaseView c = store.get(caseNumber);
        Actor approver = guard.require(Action.APPROVE_EXTENSION, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        CaseAssignment.requireReason(reason, "延长审限必须记录理由");
        TrialDeadline deadline = deadlines.of(c.id()).orElseThrow(() ->
                new DomainException(422, "deadline.unlimited", "本案没有法定审限，无需延长"));
        ExtensionApprover needed = deadline.nextExtensionApprover();
        requireApprover(approver, needed, c);
        store.touch(c.id(), version);
        return grantExtension(c, deadline, needed, approver, months, days, reason);
    }

    /** Writes an extension the approver may grant: the extension row, the new deadline and the trail event. */
    CaseView grantExtension(CaseView c, TrialDeadline deadline, ExtensionApprover needed, Actor approver, int months,
            int days, String reason) {
        String caseNumber = c.caseNumber();
        TrialDeadline extended = deadline.extend(Extension.by(needed, new TimeLimit(months, days)));
        store.jdbc().sql("INSERT INTO casefile.extension (case_id, approver, approved_by, months, days, reason, new_deadline) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), needed.name(), approver.staffId(), months, days, reason, extended.dueOn()).update();
        store.jdbc().sql("UPDATE casefile.case_file SET extended = true WHERE id = ?").param(c.id()).update();
        deadlines.store(c.id());
        events.publishEvent(Recorded.onCase("DEADLINE_EXTENDED", caseNumber, Map.of("approver", needed.label(),
                "by", approver.name(), "length", new TimeLimit(months, days).label(), "reason", reason,
                "from", String.valueOf(c.deadline()), "to", extended.dueOn().toString())));
        return store.get(caseNumber);
    }

    /** 程序转换 — e.g. simple → ordinary: civil and administrative limits restart from filing (民诉解释 第258条). */
    @Transactional
    public CaseView changeProcedure(String caseNumber, int version, Procedure procedure, LocalDate decidedOn, String reason) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.CHANGE_TRIAL_ORGANISATION, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        CaseAssignment.requireReason(reason, "转换程序必须记录理由");
        LocalDate decided = decidedOn == null ? LocalDate.now(clock) : decidedOn;
        CaseType type = CaseType.fromCode(c.caseType());
        Set<org.quanze.casefile.domain.CaseFlag> flags = flagsOf(c);
        Optional<DeadlineRule> next = Deadlines.rule(type, procedure, flags);
        LocalDate base = c.filedOn();
        Optional<TrialDeadline> current = deadlines.of(c.id());
        if (next.isPresent() && current.isPresent()) {
            current.get().convertTo(next.get(), decided); // refuses a conversion ruled after the limit expired
            base = next.get().countsOnConversion() == DeadlineRule.ConversionStart.FILING_DATE ? c.filedOn() : decided;
        }
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.extension SET lapsed = true WHERE case_id = ?").param(c.id()).update();
        store.jdbc().sql("UPDATE casefile.case_file SET procedure = ?, deadline_base = ?, extended = false WHERE id = ?")
                .params(procedure.name(), base, c.id()).update();
        deadlines.store(c.id());
        CaseView after = store.get(caseNumber);
        events.publishEvent(Recorded.onCase("PROCEDURE_CHANGED", caseNumber, Map.of("from", Procedure.valueOf(c.procedure()).label(),
                "to", procedure.label(), "decidedOn", decided.toString(), "reason", reason, "deadline", String.valueOf(after.deadline()))));
        return after;
    }

    @Transactional
    public CaseView scheduleHearing(String caseNumber, Instant at, String courtroom, boolean liveStreamed) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.SCHEDULE_HEARING, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        if (at == null || courtroom == null || courtroom.isBlank()) {
            throw new DomainException(422, "hearing.invalid", "请填写开庭时间和法庭", List.of(FieldError.of("scheduledAt", "必填"), FieldError.of("courtroom", "必填")));
        }
        store.jdbc().sql("INSERT INTO casefile.hearing (case_id, scheduled_at, courtroom, live_streamed) VALUES (?, ?, ?, ?)")
                .params(c.id(), java.sql.Timestamp.from(at), courtroom, liveStreamed).update();
        events.publishEvent(Recorded.onCase("HEARING_SCHEDULED", caseNumber, Map.of("at", at.toString(), "courtroom", courtroom, "liveStreamed", liveStreamed)));
        return store.get(caseNumber);
    }

    @Transactional
    public CaseView holdHearing(String caseNumber, long hearingId) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.SCHEDULE_HEARING, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        int updated = store.jdbc().sql("UPDATE casefile.hearing SET held = true WHERE id = ? AND case_id = ? AND NOT held").params(hearingId, c.id()).update();
        if (updated != 1) throw new DomainException(409, "hearing.held", "该庭审不存在或已记录为已开庭");
        store.jdbc().sql("""
                UPDATE casefile.case_file SET hearing_live_streamed = hearing_live_streamed OR
                    (SELECT live_streamed FROM casefile.hearing WHERE id = ?), status = 'HEARD' WHERE id = ?""").params(hearingId, c.id()).update();
        events.publishEvent(Recorded.onCase("HEARING_HELD", caseNumber, Map.of("hearing", hearingId)));
        return store.get(caseNumber);
    }

    /** 签发裁判文书 — only the judges of the trial organisation; leaders who did not hear it only if the committee decided it. */
    @Transactional
    public CaseView signJudgment(String caseNumber, int version) {
        CaseView c = store.get(caseNumber);
        Actor signer = guard.require(Action.SIGN_JUDGMENT, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        signingConditions.forEach(condition -> condition.check(c));
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.case_file SET judgment_signed_on = ? WHERE id = ?").params(LocalDate.now(clock), c.id()).update();
        events.publishEvent(Recorded.onCase("JUDGMENT_SIGNED", caseNumber, Map.of("by", signer.name(),
                "committeeDecided", c.committeeDecided())));
        return store.get(caseNumber);
    }

    /**
     * 结案 — with close method and date (not before filing, not in the future). A reviewing case (二审, 再审, 再审审查)
     * records its own result ({@link ReviewResult}): the one chosen on an appeal or retrial, or the one its close method
     * states (维持, 改判, 发回重审, 指令再审), which may not contradict each other. An appeal or retrial naming its
     * original tells the original what the higher court did to it (发改指); a retrial review marks its original as the
     * subject of an application for retrial ({@link #markOriginal}). The reviewing case's own upper outcome is left
     * alone: it is what a still higher court may later do to it.
     */
    @Transactional
    public CaseView close(String caseNumber, int version, LocalDate closedOn, String closeMethod, String reviewResult,
            String originalCaseNumber) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.CLOSE_CASE, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (closedOn == null) errors.add(FieldError.of("closedOn", "请填写结案日期"));
        else if (closedOn.isBefore(c.filedOn())) errors.add(FieldError.of("closedOn", "结案日期 " + closedOn + " 早于立案日期 " + c.filedOn()));
        else if (closedOn.isAfter(today)) errors.add(FieldError.of("closedOn", "结案日期不能晚于今天"));
        if (closeMethod == null || !CLOSE_METHODS.contains(closeMethod)) errors.add(FieldError.of("closeMethod", "结案方式不可识别"));
        CaseType type = CaseType.fromCode(c.caseType());
        boolean resultChosen = type.instance() == Instance.SECOND || type.instance() == Instance.RETRIAL;
        ReviewResult result = null;
        if (reviewResult != null && !reviewResult.isBlank()) {
            result = ReviewResult.fromLabel(reviewResult.trim()).orElse(null);
            if (result == null) errors.add(FieldError.of("reviewResult", "二审/再审结果应为 " + ReviewResult.labels() + " 之一"));
            else if (!resultChosen) errors.add(FieldError.of("reviewResult", "只有二审或再审案件才有改判、发回等结果"));
        }
        Optional<ReviewResult> stated = type.instance().reviewing() ? ReviewResult.statedByCloseMethod(closeMethod) : Optional.empty();
        if (result != null && stated.isPresent() && stated.get() != result) {
            errors.add(FieldError.of("reviewResult", "结案方式「" + closeMethod + "」与二审/再审结果「" + result.label() + "」不一致"));
        }
        if (result == null) result = stated.orElse(null);
        CaseView original = null;
        if (originalCaseNumber != null && !originalCaseNumber.isBlank()) {
            original = store.find(originalCaseNumber.trim()).orElse(null);
            if (original == null) errors.add(FieldError.of("originalCaseNumber", "原审案号「" + originalCaseNumber + "」不存在"));
        }
        if ("判决".equals(closeMethod) && !signed(c)) errors.add(FieldError.of("closeMethod", "以判决结案前，须由审判组织成员签发裁判文书"));
        if (!errors.isEmpty()) throw new DomainException(422, "case.close", "结案信息有误", errors);
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.case_file SET closed_on = ?, close_method = ?, review_result = ?, original_case_number = ?, status = 'CLOSED' WHERE id = ?")
                .params(closedOn, closeMethod, result == null ? null : result.name(), original == null ? null : original.caseNumber(), c.id()).update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("closedOn", closedOn.toString());
        changes.put("closeMethod", closeMethod);
        changes.put("withinDeadline", c.deadline() == null || !closedOn.isAfter(c.deadline()));
        if (result != null) changes.put("reviewResult", result.label());
        if (original != null) changes.put("originalCase", original.caseNumber());
        events.publishEvent(Recorded.onCase("CASE_CLOSED", caseNumber, changes));
        events.publishEvent(new CaseClosed(caseNumber, c.courtId(), c.caseType(), closedOn, closeMethod, c.handlerId()));
        if (original != null) markOriginal(type.instance(), caseNumber, original, result);
        return store.get(caseNumber);
    }

    /**
     * What a closing tells the case it names: a second-instance case that the original was appealed (上诉) and what the
     * appeal did to it (upper_outcome); a retrial that the effective decision was retried, and with what result; a
     * retrial review (申请再审、申诉审查, e.g. 民申) only that a party applied for a retrial or petitioned against it
     * (被申请再审/申诉). Other cases (a 执恢 resuming its 执, a retrial after remand) merely link to it.
     */
    private void markOriginal(Instance instance, String caseNumber, CaseView original, ReviewResult result) {
        String outcome = result == null ? null : result.name();
        switch (instance) {
            case SECOND -> store.jdbc().sql("UPDATE casefile.case_file SET appealed = true, upper_outcome = ?, version = version + 1 WHERE id = ?")
                    .params(outcome, original.id()).update();
            case RETRIAL -> store.jdbc().sql("UPDATE casefile.case_file SET upper_outcome = ?, version = version + 1 WHERE id = ?")
                    .params(outcome, original.id()).update();
            case RETRIAL_REVIEW -> {
                store.jdbc().sql("UPDATE casefile.case_file SET retrial_applied = true, version = version + 1 WHERE id = ?")
                        .param(original.id()).update();
                events.publishEvent(Recorded.onCase("RETRIAL_APPLIED", original.caseNumber(), Map.of("reviewCase", caseNumber)));
                return;
            }
            default -> {
                return;
            }
        }
        events.publishEvent(Recorded.onCase("UPPER_COURT_OUTCOME", original.caseNumber(), Map.of("upperCase", caseNumber,
                "outcome", result == null ? "" : result.label())));
        if (result != null && result.faultsTheReviewedCase()) {
            events.publishEvent(new UpperCourtOutcomeRecorded(caseNumber, original.caseNumber(), outcome, original.trialOrganisationIds()));
        }
    }

    @Transactional
    public CaseView archive(String caseNumber, int version, LocalDate archivedOn) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.ARCHIVE_CASE, CaseFiles.powerContext(c));
        if (c.closedOn() == null) throw new DomainException(409, "case.open", "案件尚未结案，不能归档");
        LocalDate on = archivedOn == null ? LocalDate.now(clock) : archivedOn;
        if (on.isBefore(c.closedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new DomainException(422, "archive.date", "归档日期应在结案日期 " + c.closedOn() + " 之后、今天之前",
                    List.of(FieldError.of("archivedOn", "应在结案之后")));
        }
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.case_file SET archived_on = ?, status = 'ARCHIVED' WHERE id = ?").params(on, c.id()).update();
        events.publishEvent(Recorded.onCase("CASE_ARCHIVED", caseNumber, Map.of("archivedOn", on.toString())));
        return store.get(caseNumber);
    }

    private boolean signed(CaseView c) {
        return store.jdbc().sql("SELECT judgment_signed_on IS NOT NULL FROM casefile.case_file WHERE id = ?").param(c.id())
                .query(Boolean.class).single();
    }

    private Set<org.quanze.casefile.domain.CaseFlag> flagsOf(CaseView c) {
        return Deadlines.flags(store.jdbc().sql("SELECT circumstances FROM casefile.case_file WHERE id = ?").param(c.id())
                .query((rs, i) -> (String[]) rs.getArray(1).getArray()).single());
    }

    /** A panel member: a quota judge in quota (N-01), or, where allowed, a people's assessor of the same court. */
    private StaffView member(String staffNo, CaseView c, boolean assessorAllowed) {
        StaffView s = organization.staffInCourt(staffNo, c.courtId(), LocalDate.now(clock)).orElseThrow(() ->
                new DomainException(422, "panel.member", "人员编号「" + staffNo + "」不存在", List.of(FieldError.of("members", staffNo + " 不存在"))));
        if (s.courtId() != c.courtId()) {
            // the staff number typed, never the name: a name of another court's staff is not this court's to learn
            throw new DomainException(422, "panel.member", "人员编号「" + s.staffNo() + "」不是本院人员",
                    List.of(FieldError.of("members", s.staffNo() + " 不是本院人员")));
        }
        if (assessorAllowed && s.role() == Role.PEOPLE_ASSESSOR) return s;
        Actor asActor = directory.actorFor(s.staffNo(), s.id(), LocalDate.now(clock)).orElseThrow();
        guard.require(asActor, Action.HANDLE_CASE, CaseFiles.powerContext(c));
        return s;
    }

    /** The signed-in person must be the approver the law names for this extension. */
    void requireApprover(Actor actor, ExtensionApprover needed, CaseView c) {
        if (!isApprover(actor, needed, c)) {
            throw new DomainException(403, "extension.approver", "本次延长审限应由" + needed.label() + "批准", needed.label());
        }
    }

    /** Whether this person is the approver the law names: a (vice-)president of the case's court or of a court above. */
    public boolean isApprover(Actor actor, ExtensionApprover needed, CaseView c) {
        if (actor.administrator()) return true;
        boolean leader = actor.holds(Post.PRESIDENT) || actor.holds(Post.VICE_PRESIDENT);
        boolean ok = switch (needed) {
            case PRESIDENT -> leader && c.courtId() == actor.courtId();
            case UPPER_COURT -> leader && c.courtId() != actor.courtId() && actor.courtSubtreeIds().contains(c.courtId());
            case HIGH_COURT -> leader && actor.courtSubtreeIds().contains(c.courtId())
                    && organization.court(actor.courtId()).map(k -> k.level() == org.quanze.shared.CourtLevel.HIGH).orElse(false);
            case SUPREME_COURT -> false;
        };
        return ok;
    }
}
