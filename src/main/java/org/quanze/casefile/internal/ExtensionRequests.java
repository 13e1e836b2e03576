package org.quanze.casefile.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.Extension;
import org.quanze.casefile.domain.ExtensionApprover;
import org.quanze.casefile.domain.TimeLimit;
import org.quanze.casefile.domain.TrialDeadline;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延长审限申请 — the handling judge asks, before the deadline, for an extension with its reason; the request waits
 * for the approver the law names for the next extension ({@link TrialDeadline#nextExtensionApprover()}: 本院院长 for
 * the first extension of an ordinary civil case, the court above for a further one — 民事诉讼法 第152条), who
 * approves (the deadline moves) or refuses with a reason. The judge sees the decision on the workbench.
 */
@Service
public class ExtensionRequests {

    /** One request as the pages and the API show it. */
    public record Request(long id, String caseNumber, String causeName, ExtensionApprover approver, Long requestedBy,
            String requesterName, int months, int days, String reason, LocalDate deadlineBefore, Instant requestedAt,
            String decision, String decisionReason, Instant decidedAt) {

        public String length() {
            return new TimeLimit(months, days).label();
        }

        public boolean pending() {
            return decision == null;
        }
    }

    private final CaseStore store;
    private final CaseRepository cases;
    private final CaseProgress progress;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.quanze.organization.Organization organization;

    ExtensionRequests(CaseStore store, CaseRepository cases, CaseProgress progress, PowerGuard guard,
            ApplicationEventPublisher events, Clock clock, org.quanze.organization.Organization organization) {
        this.store = store;
        this.cases = cases;
        this.progress = progress;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.organization = organization;
    }

    /** The handling judge's request; refused after the deadline, beyond what the law allows, or while one waits. */
    @Transactional
    public Request request(String caseNumber, int version, int months, int days, String reason) {
        CaseView c = store.get(caseNumber);
        Actor judge = guard.require(Action.REQUEST_EXTENSION, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        List<FieldError> errors = new ArrayList<>();
        if (months < 0 || days < 0 || months + days == 0) errors.add(FieldError.of("months", "请填写延长的月数或日数"));
        if (reason == null || reason.isBlank()) errors.add(FieldError.of("reason", "不能为空"));
        else if (reason.length() > 500) errors.add(FieldError.of("reason", "不能超过 500 个字"));
        if (!errors.isEmpty()) throw new DomainException(422, "extension.invalid", "延长审限申请有误", errors);
        TrialDeadline deadline = cases.load(caseNumber).trialDeadline().orElseThrow(() ->
                new DomainException(422, "deadline.unlimited", "本案没有法定审限，无需延长"));
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(deadline.dueOn())) {
            throw new DomainException(409, "extension.late", "审限已于 " + deadline.dueOn() + " 届满，应在届满前申请延长");
        }
        if (pendingOf(c.id()) != null) throw new DomainException(409, "extension.pending", "本案已有待审批的延长审限申请");
        ExtensionApprover needed = deadline.nextExtensionApprover(); // refuses when the law allows no further extension
        deadline.extend(Extension.by(needed, new TimeLimit(months, days))); // refuses a length beyond the statute's cap
        store.touch(c.id(), version);
        long id = store.jdbc().sql("""
                INSERT INTO casefile.extension_request (case_id, approver, requested_by, months, days, reason, deadline_before, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(c.id(), needed.name(), judge.staffId(), months, days, reason.trim(), deadline.dueOn(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(Recorded.onCase("EXTENSION_REQUESTED", caseNumber, Map.of("approver", needed.label(),
                "length", new TimeLimit(months, days).label(), "reason", reason.trim(), "deadline", deadline.dueOn().toString())));
        return get(id);
    }

    /** The approver's decision: an approval extends the deadline; a refusal needs its reason. */
    @Transactional
    public Request decide(String caseNumber, long requestId, boolean approve, String reason) {
        CaseView c = store.get(caseNumber);
        Actor approver = guard.require(Action.APPROVE_EXTENSION, CaseFiles.powerContext(c));
        CaseAssignment.requireOpen(c);
        Request r = get(requestId);
        if (!r.caseNumber().equals(caseNumber)) throw new DomainException(404, "extension.notFound", "该案没有这一延长审限申请");
        if (!r.pending()) throw new DomainException(409, "extension.decided", "该申请已经审批");
        progress.requireApprover(approver, r.approver(), c);
        if (!approve && (reason == null || reason.isBlank())) {
            throw new DomainException(422, "extension.invalid", "不批准须说明理由", List.of(FieldError.of("decisionReason", "不能为空")));
        }
        int decided = store.jdbc().sql("UPDATE casefile.extension_request SET decision = ?, decided_by = ?, decision_reason = ?, decided_at = ? WHERE id = ? AND decision IS NULL")
                .params(approve ? "APPROVED" : "REFUSED", approver.staffId(), reason == null ? "" : reason.trim(),
                        Timestamp.from(clock.instant()), requestId).update();
        // another approver decided in between: one decision only
        if (decided != 1) throw new DomainException(409, "extension.decided", "该申请已经审批");
        if (approve) {
            progress.grantRequested(caseNumber, approver, r.months(), r.days(), r.reason());
        } else {
            store.jdbc().sql("UPDATE casefile.case_file SET version = version + 1 WHERE id = ?").param(c.id()).update();
            events.publishEvent(Recorded.onCase("EXTENSION_REFUSED", caseNumber, Map.of("by", approver.name(),
                    "length", r.length(), "reason", reason.trim())));
        }
        return get(requestId);
    }

    public Request get(long id) {
        return named(store.jdbc().sql(SELECT + " WHERE r.id = ?").param(id).query(ExtensionRequests::row).optional()
                .orElseThrow(() -> new DomainException(404, "extension.notFound", "延长审限申请不存在"))).get(0);
    }

    /** The request waiting on this case, or null. */
    public Request pendingOf(long caseId) {
        return store.jdbc().sql(SELECT + " WHERE r.case_id = ? AND r.decision IS NULL").param(caseId)
                .query(ExtensionRequests::row).optional().map(r -> named(r).get(0)).orElse(null);
    }

    public List<Request> ofCase(long caseId) {
        return named(store.jdbc().sql(SELECT + " WHERE r.case_id = ? ORDER BY r.id").param(caseId).query(ExtensionRequests::row).list());
    }

    /** 待审批 — requests waiting for this person: the approver the law names, within the approval power's scope. */
    public List<Request> awaiting(Actor actor) {
        var scope = guard.scope(Action.APPROVE_EXTENSION);
        if (scope.empty()) return List.of();
        List<Request> waiting = new ArrayList<>();
        var rows = store.jdbc().sql(SELECT + " WHERE r.decision IS NULL AND (:all OR c.court_id = ANY(:courts)) ORDER BY r.requested_at")
                .param("all", scope.all()).param("courts", scope.courtIds().toArray(Long[]::new))
                .query(ExtensionRequests::row).list();
        for (Request r : rows) {
            CaseView c = store.get(r.caseNumber());
            if (progress.isApprover(actor, r.approver(), c)) waiting.add(r);
        }
        return named(waiting);
    }

    /** The person's own requests decided in the last {@code days} days, newest first (the judge's workbench). */
    public List<Request> decidedFor(long staffId, int days) {
        return named(store.jdbc().sql(SELECT + " WHERE r.requested_by = ? AND r.decision IS NOT NULL AND r.decided_at >= ? ORDER BY r.decided_at DESC")
                .params(staffId, Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(days))))
                .query(ExtensionRequests::row).list());
    }

    private static final String SELECT = """
            SELECT r.id, c.case_number, c.cause_name, r.approver, r.requested_by, r.months, r.days, r.reason,
                   r.deadline_before, r.requested_at, r.decision, r.decision_reason, r.decided_at
            FROM casefile.extension_request r JOIN casefile.case_file c ON c.id = r.case_id""";

    private static Request row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp(13);
        return new Request(rs.getLong(1), rs.getString(2), rs.getString(3), ExtensionApprover.valueOf(rs.getString(4)),
                rs.getObject(5, Long.class), null, rs.getInt(6), rs.getInt(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12),
                decided == null ? null : decided.toInstant());
    }

    private List<Request> named(List<Request> rows) {
        var staff = organization.staff(rows.stream().map(Request::requestedBy).filter(java.util.Objects::nonNull).toList(),
                LocalDate.now(clock));
        return rows.stream().map(r -> new Request(r.id(), r.caseNumber(), r.causeName(), r.approver(), r.requestedBy(),
                r.requestedBy() == null || !staff.containsKey(r.requestedBy()) ? "" : staff.get(r.requestedBy()).name(),
                r.months(), r.days(), r.reason(), r.deadlineBefore(), r.requestedAt(), r.decision(), r.decisionReason(),
                r.decidedAt())).toList();
    }

    private List<Request> named(Request r) {
        return named(List.of(r));
    }
}
