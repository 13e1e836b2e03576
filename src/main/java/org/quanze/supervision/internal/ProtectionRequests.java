package org.quanze.supervision.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Actor;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.shared.Recorded;
import org.quanze.supervision.domain.ProtectionKind;
import org.quanze.supervision.domain.RiskLevel;
import org.quanze.supervision.domain.SupervisionRefusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 法官履职保障: a judge asks the court's 法官权益保障委员会 for protection; the committee assesses the risk, takes
 * measures and closes the request. A judge sees his own requests; the committee sees the court's.
 */
@Service
public class ProtectionRequests {

    private final JdbcClient jdbc;
    private final CurrentActor current;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;

    ProtectionRequests(JdbcClient jdbc, CurrentActor current, PowerGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.current = current;
        this.guard = guard;
        this.events = events;
    }

    public record Request(long id, String staffName, ProtectionKind kind, String description, String caseNumber,
            RiskLevel risk, String measures, String status, String closingNote, Instant submittedAt, int version) {
    }

    /**
     * 法官权益保障委员会 — who acts for it in the person's court is the power list's HANDLE_PROTECTION (by default the
     * president, vice-presidents and the 监察室: entries G-38 to G-3A).
     */
    public boolean onProtectionCommittee(Actor a) {
        return a.courtId() != null && guard.allows(a, Action.HANDLE_PROTECTION, PowerContext.court(a.courtId()));
    }

    @Transactional
    public long submit(ProtectionKind kind, String description, String caseNumber) {
        Actor me = guard.require(Action.REQUEST_PROTECTION);
        if (me.staffId() == null) throw SupervisionRefusal.invalid("staff", "只有法院人员可以申请履职保障");
        if (kind == null || description == null || description.isBlank()) throw SupervisionRefusal.invalid("description", "请选择类型并说明情况");
        long id = jdbc.sql("""
                INSERT INTO supervision.protection_request (court_id, staff_id, staff_name, kind, description, case_number)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(me.courtId(), me.staffId(), me.name(), kind.name(), description.strip(),
                        caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip()).query(Long.class).single();
        events.publishEvent(Recorded.of("PROTECTION_REQUESTED", "PROTECTION_REQUEST", String.valueOf(id), Map.of("kind", kind.label())));
        return id;
    }

    /** The committee assesses and takes measures, or closes; a stale version is a 409. */
    @Transactional
    public void handle(long id, int version, RiskLevel risk, String measures, boolean close, String closingNote) {
        Actor me = current.get();
        Request r = get(id);
        guard.require(Action.HANDLE_PROTECTION, PowerContext.court(courtOf(id)));
        if ("CLOSED".equals(r.status())) throw SupervisionRefusal.closed();
        if (close && (closingNote == null || closingNote.isBlank())) throw SupervisionRefusal.invalid("closingNote", "办结须填写办结意见");
        int updated = jdbc.sql("""
                UPDATE supervision.protection_request SET risk = ?, measures = ?, status = ?, closing_note = ?,
                       closed_at = CASE WHEN ? THEN now() END, version = version + 1 WHERE id = ? AND version = ?""")
                .params(risk == null ? null : risk.name(), measures, close ? "CLOSED" : "IN_PROGRESS", closingNote, close, id, version)
                .update();
        if (updated != 1) throw new org.quanze.shared.DomainException(409, "stale", "数据已被他人修改，请刷新后重试");
        events.publishEvent(Recorded.of(close ? "PROTECTION_CLOSED" : "PROTECTION_MEASURES", "PROTECTION_REQUEST", String.valueOf(id),
                Map.of("risk", risk == null ? "" : risk.label(), "measures", measures == null ? "" : measures)));
    }

    /** The person's own requests, and for committee members every request of the court. */
    public List<Request> visible(Actor me) {
        if (onProtectionCommittee(me)) {
            return jdbc.sql("SELECT * FROM supervision.protection_request WHERE court_id = ? OR staff_id = ? ORDER BY id DESC")
                    .params(me.courtId(), me.staffId()).query(this::map).list();
        }
        return jdbc.sql("SELECT * FROM supervision.protection_request WHERE staff_id = ? ORDER BY id DESC")
                .param(me.staffId() == null ? -1L : me.staffId()).query(this::map).list();
    }

    public Request get(long id) {
        return jdbc.sql("SELECT * FROM supervision.protection_request WHERE id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> SupervisionRefusal.notFound("申请 " + id));
    }

    private long courtOf(long id) {
        return jdbc.sql("SELECT court_id FROM supervision.protection_request WHERE id = ?").param(id).query(Long.class).single();
    }

    private Request map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String risk = rs.getString("risk");
        return new Request(rs.getLong("id"), rs.getString("staff_name"), ProtectionKind.valueOf(rs.getString("kind")),
                rs.getString("description"), rs.getString("case_number"), risk == null ? null : RiskLevel.valueOf(risk),
                rs.getString("measures"), rs.getString("status"), rs.getString("closing_note"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getInt("version"));
    }
}
