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
import org.quanze.casefile.domain.BenchMember;
import org.quanze.casefile.domain.Case;
import org.quanze.casefile.domain.CloseMethod;
import org.quanze.casefile.domain.DeadlineRule;
import org.quanze.casefile.domain.Extension;
import org.quanze.casefile.domain.ExtensionApprover;
import org.quanze.casefile.domain.Instance;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ReviewResult;
import org.quanze.casefile.domain.ServiceMethod;
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

    /** 结案方式, as the history import reads them: {@link CloseMethod}'s labels. */
    public static final List<String> CLOSE_METHODS = CloseMethod.labels();

    private final CaseStore store;
    private final CaseRepository cases;
    private final Organization organization;
    private final ActorDirectory directory;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<org.quanze.casefile.JudgmentSigningCondition> signingConditions;

    CaseProgress(CaseStore store, CaseRepository cases, Organization organization, ActorDirectory directory,
            PowerGuard guard, ApplicationEventPublisher events, Clock clock,
            List<org.quanze.casefile.JudgmentSigningCondition> signingConditions) {
        this.signingConditions = signingConditions;
        this.store = store;
        this.cases = cases;
        this.organization = organization;
        this.directory = directory;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * 审判组织 — a sole judge (the handling judge) or a collegial panel of an odd number of at least three: a presiding
     * judge, the handling judge, other judges and people's assessors; the rules are {@link Case#organise}'s.
     */
    @Transactional
    public CaseView organise(String caseNumber, int version, String triedBy, String presidingNo, List<String> memberNos,
            String reason) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.CHANGE_TRIAL_ORGANISATION, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c); // after the power list, so that another court learns nothing of the case
        Case kase = cases.load(caseNumber);
        Case.Bench bench = Case.Bench.parse(triedBy);
        BenchMember presiding = null;
        List<BenchMember> others = new ArrayList<>();
        if (bench == Case.Bench.PANEL) {
            presiding = member(presidingNo, c, false);
            for (String no : memberNos == null ? List.<String>of() : memberNos) {
                if (no != null && !no.isBlank()) others.add(member(no, c, true));
            }
        }
        return apply(kase, version, kase.organise(bench, presiding, others, reason));
    }

    /** 回避 — decided by the president of the case's court (民事诉讼法 第50条; 刑事诉讼法 第31条), with the reason. */
    @Transactional
    public CaseView recuse(String caseNumber, int version, String staffNo, String reason) {
        CaseView c = store.get(caseNumber);
        // the statute names who decides (院长), so the power list only has to let him see the case
        Actor decider = guard.require(Action.VIEW_CASE, CaseFiles.powerContext(c));
        if (!decider.administrator() && !(decider.holds(Post.PRESIDENT) && java.util.Objects.equals(decider.courtId(), c.courtId()))) {
            throw new DomainException(403, "recusal.decider", "审判人员的回避由院长决定（民事诉讼法 第50条；刑事诉讼法 第31条）");
        }
        CaseAssignment.requireOpen(c);
        StaffView s = organization.staffInCourt(staffNo == null ? "" : staffNo, c.courtId(), LocalDate.now(clock))
                .filter(k -> k.courtId() == c.courtId())
                .orElseThrow(() -> new DomainException(422, "recusal.staff", "人员编号「" + staffNo + "」不是本院人员",
                        List.of(FieldError.of("staffNo", "不是本院人员"))));
        Case kase = cases.load(caseNumber);
        return apply(kase, version, kase.recuse(s.id(), s.staffNo(), s.name(), reason, decider.staffId()));
    }

    /** 扣除审限 — an excluded period (公告, 鉴定, 管辖权异议, 中止 …) moves the deadline later. */
    @Transactional
    public CaseView suspend(String caseNumber, int version, SuspensionReason reason, LocalDate from, LocalDate to, String note) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.SUSPEND_DEADLINE, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        Case kase = cases.load(caseNumber);
        return apply(kase, version, kase.suspend(reason, from, to, note, LocalDate.now(clock)));
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
        Case kase = cases.load(caseNumber);
        requireApprover(approver, kase.nextExtensionApprover(), c);
        return apply(kase, version, kase.extend(signer(approver), months, days, reason, LocalDate.now(clock)));
    }

    /** Grants an approved extension request (the request holds the approver the law named when it was made). */
    CaseView grantRequested(String caseNumber, Actor approver, int months, int days, String reason) {
        Case kase = cases.load(caseNumber);
        return apply(kase, kase.version(), kase.extend(signer(approver), months, days, reason, LocalDate.now(clock)));
    }

    /**
     * 程序转换 — e.g. simple → ordinary: civil and administrative limits restart from filing (民诉解释 第258条); only to a
     * procedure the law allows for the case ({@link Case#changeProcedure}). {@code partiesConsent}: every party agreed
     * to 简易程序 (行政诉讼法 第82条第2款), recorded with the change.
     */
    @Transactional
    public CaseView changeProcedure(String caseNumber, int version, Procedure procedure, LocalDate decidedOn, String reason) {
        return changeProcedure(caseNumber, version, procedure, decidedOn, reason, false);
    }

    @Transactional
    public CaseView changeProcedure(String caseNumber, int version, Procedure procedure, LocalDate decidedOn, String reason,
            boolean partiesConsent) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.CHANGE_TRIAL_ORGANISATION, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        Case kase = cases.load(caseNumber);
        CaseView after = apply(kase, version, kase.changeProcedure(procedure, decidedOn, reason, partiesConsent, LocalDate.now(clock)));
        if (partiesConsent) cases.recordSimpleProcedureConsent(kase.id());
        return after;
    }

    /** 排期开庭 ({@link Case#scheduleHearing}). */
    @Transactional
    public CaseView scheduleHearing(String caseNumber, Instant at, String courtroom, boolean liveStreamed) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.SCHEDULE_HEARING, CaseFiles.powerContext(c));
        Case kase = cases.load(caseNumber);
        return apply(kase, kase.version(), kase.scheduleHearing(at, courtroom, liveStreamed));
    }

    /** 已开庭 ({@link Case#holdHearing}). */
    @Transactional
    public CaseView holdHearing(String caseNumber, long hearingId) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.SCHEDULE_HEARING, CaseFiles.powerContext(c));
        Case kase = cases.load(caseNumber);
        return apply(kase, kase.version(), kase.holdHearing(hearingId));
    }

    /** 送达 ({@link Case#recordService}). */
    @Transactional
    public CaseView recordService(String caseNumber, int version, String document, String addressee, ServiceMethod method,
            LocalDate recordedOn, boolean consent, String note) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.RECORD_SERVICE, CaseFiles.powerContext(c));
        Case kase = cases.load(caseNumber);
        return apply(kase, version, kase.recordService(document, addressee, method, recordedOn, consent, note, LocalDate.now(clock)));
    }

    /**
     * 签署裁判文书 — only the judges of the trial organisation, each in turn (承办法官 first, 审判长 last); leaders who did
     * not hear it only if the committee decided it. Other modules' conditions are checked first.
     */
    @Transactional
    public CaseView signJudgment(String caseNumber, int version) {
        CaseView c = store.get(caseNumber);
        Actor signer = guard.require(Action.SIGN_JUDGMENT, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        signingConditions.forEach(condition -> condition.check(c));
        Case kase = cases.load(caseNumber);
        return apply(kase, version, kase.sign(signer(signer), LocalDate.now(clock)));
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
        CaseView original = originalCaseNumber == null || originalCaseNumber.isBlank() ? null
                : store.find(originalCaseNumber.trim()).orElse(null);
        Case kase = cases.load(caseNumber);
        CaseView after = apply(kase, version, kase.close(new Case.Closing(closedOn, closeMethod, reviewResult, originalCaseNumber,
                original == null ? null : original.caseNumber()), LocalDate.now(clock)));
        if (original != null) markOriginal(kase.type().instance(), caseNumber, original, kase.reviewResult());
        return after;
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
        Case kase = cases.load(caseNumber);
        return apply(kase, version, kase.archive(archivedOn, LocalDate.now(clock)));
    }

    /** Saves what the verb changed (409 when stale), then publishes its events in the same transaction. */
    private CaseView apply(Case kase, int version, List<Object> events) {
        cases.save(kase, version);
        events.forEach(this.events::publishEvent);
        return store.get(kase.caseNumber());
    }

    private static Case.Signer signer(Actor actor) {
        return new Case.Signer(actor.staffId() == null ? 0 : actor.staffId(), actor.name());
    }

    /** A panel member: a quota judge in quota (N-01), or, where allowed, a people's assessor of the same court. */
    private BenchMember member(String staffNo, CaseView c, boolean assessorAllowed) {
        StaffView s = staff(staffNo, c, assessorAllowed);
        return new BenchMember(s.id(), s.staffNo(), s.name(), s.role() == Role.PEOPLE_ASSESSOR ? BenchMember.Role.ASSESSOR
                : BenchMember.Role.MEMBER, false, s.posts());
    }

    private StaffView staff(String staffNo, CaseView c, boolean assessorAllowed) {
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

    /** Whether this person is the approver the law names ({@link Case#approves}). */
    public boolean isApprover(Actor actor, ExtensionApprover needed, CaseView c) {
        if (actor.administrator()) return true;
        if (actor.courtId() == null) return false;
        var court = organization.court(actor.courtId());
        if (court.isEmpty()) return false;
        LocalDate today = LocalDate.now(clock);
        boolean delegated = actor.staffId() != null && store.jdbc().sql("""
                SELECT count(*) > 0 FROM casefile.approval_delegation WHERE court_id = ? AND staff_id = ?
                  AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)""")
                .params(c.courtId(), actor.staffId(), today, today).query(Boolean.class).single();
        Long upper = organization.court(c.courtId()).map(k -> k.parentId()).orElse(null);
        return Case.approves(needed, new Case.Approver(actor.posts(), delegated, actor.courtId(), court.get().level(),
                actor.courtSubtreeIds()), c.courtId(), upper);
    }

    /**
     * The president delegates the approvals the law gives him (本院院长) to a vice-president of the same court, with a
     * reason, until a day or until revoked.
     */
    @Transactional
    public void delegateApproval(Actor president, String staffNo, String reason, LocalDate until) {
        if (president.courtId() == null || !president.holds(Post.PRESIDENT)) throw new DomainException(403, "delegation.president", "只有院长可以委托副院长审批");
        CaseAssignment.requireReason(reason, "委托必须记录理由");
        LocalDate today = LocalDate.now(clock);
        StaffView vp = organization.staffInCourt(staffNo == null ? "" : staffNo, president.courtId(), today)
                .filter(s -> s.courtId() == president.courtId() && s.posts().contains(Post.VICE_PRESIDENT))
                .orElseThrow(() -> new DomainException(422, "delegation.staff", "人员编号「" + staffNo + "」不是本院副院长",
                        List.of(FieldError.of("staffNo", "不是本院副院长"))));
        guard.require(president, Action.APPROVE_EXTENSION, org.quanze.authority.PowerContext.court(president.courtId()));
        if (until != null && until.isBefore(today)) {
            throw new DomainException(422, "delegation.until", "委托期限不能早于今天", List.of(FieldError.of("until", "不能早于今天")));
        }
        store.jdbc().sql("INSERT INTO casefile.approval_delegation (court_id, staff_id, granted_by, reason, from_date, to_date) VALUES (?, ?, ?, ?, ?, ?)")
                .params(president.courtId(), vp.id(), president.staffId(), reason.strip(), today, until).update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("delegate", vp.staffNo() + " " + vp.name());
        changes.put("reason", reason.strip());
        changes.put("until", String.valueOf(until));
        events.publishEvent(Recorded.of("EXTENSION_APPROVAL_DELEGATED", "COURT", president.courtCode(), changes));
    }
}
