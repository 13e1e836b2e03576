package org.quanze.casefile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.casefile.domain.BenchMember;
import org.quanze.casefile.domain.Case;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.casefile.domain.CaseStatus;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.CloseMethod;
import org.quanze.casefile.domain.Extension;
import org.quanze.casefile.domain.ExtensionApprover;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ReviewResult;
import org.quanze.casefile.domain.Suspension;
import org.quanze.casefile.domain.SuspensionReason;
import org.quanze.casefile.domain.TimeLimit;
import org.quanze.casefile.domain.diversion.Circumstance;
import org.quanze.casefile.domain.diversion.DiversionFacts;
import org.quanze.casefile.domain.diversion.Track;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads a {@link Case} whole (row, trial organisation with the members' posts, suspensions, extensions in force,
 * signatures, recusals, the court's level) and saves what its verbs changed, with the version the caller read: a
 * concurrent change makes the save a 409, and nothing of it is written.
 */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final Organization organization;
    private final Clock clock;

    CaseRepository(JdbcClient jdbc, Deadlines deadlines, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.organization = organization;
        this.clock = clock;
    }

    public Case load(String caseNumber) {
        return jdbc.sql("SELECT * FROM casefile.case_file WHERE case_number = ?").param(caseNumber)
                .query(this::map).optional().orElseThrow(() -> CaseNotFound.forNumber(caseNumber));
    }

    /**
     * Writes the case's state and what its verbs added, provided nobody changed it since {@code expectedVersion}
     * (409 otherwise, as before any write).
     */
    public void save(Case c, int expectedVersion) {
        int updated = jdbc.sql("""
                UPDATE casefile.case_file SET procedure = ?, deadline_base = ?, extended = ?, tried_by = ?, status = ?,
                    judgment_signed_on = ?, closed_on = ?, close_method = coalesce(close_method, ?), review_result = ?, original_case_number = ?,
                    archived_on = ?, handler_id = ?, appealed = (appealed OR ?), appeal_on = ?, transferred_on = ?,
                    hearing_live_streamed = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(c.procedure().name(), c.deadlineBase(), c.extended(), c.triedBy() == null ? null : c.triedBy().name(),
                        c.status().name(), c.judgmentSignedOn(), c.closedOn(), c.closeMethod() == null ? null : c.closeMethod().label(),
                        c.reviewResult() == null ? null : c.reviewResult().name(), c.originalCaseNumber(), c.archivedOn(),
                        c.handlerId(), c.appealOn() != null, c.appealOn(), c.transferredOn(), c.hearingLiveStreamed(), c.id(),
                        expectedVersion)
                .update();
        if (updated != 1) throw new DomainException(409, "stale", "该案件已被他人修改，请刷新后重试");
        if (c.extensionsLapsed()) {
            jdbc.sql("UPDATE casefile.extension SET lapsed = true WHERE case_id = ?").param(c.id()).update();
        }
        for (var s : c.addedSuspensions()) {
            jdbc.sql("INSERT INTO casefile.suspension (case_id, reason, note, from_date, to_date) VALUES (?, ?, ?, ?, ?)")
                    .params(c.id(), s.period().reason().name(), s.note(), s.period().from(), s.period().to()).update();
        }
        for (var e : c.grantedExtensions()) {
            jdbc.sql("INSERT INTO casefile.extension (case_id, approver, approved_by, months, days, reason, new_deadline) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(c.id(), e.extension().approver().name(), e.approvedBy(), e.extension().length().months(),
                            e.extension().length().days(), e.reason(), e.newDeadline()).update();
        }
        if (c.addedAssignment() != null) saveAssignment(c, c.addedAssignment());
        for (var h : c.addedHearings()) {
            jdbc.sql("INSERT INTO casefile.hearing (case_id, scheduled_at, courtroom, live_streamed) VALUES (?, ?, ?, ?)")
                    .params(c.id(), java.sql.Timestamp.from(h.scheduledAt()), h.courtroom(), h.liveStreamed()).update();
        }
        for (var sv : c.addedServices()) {
            jdbc.sql("INSERT INTO casefile.service (case_id, document, addressee, method, recorded_on, served_on, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(c.id(), sv.document(), sv.addressee(), sv.method().name(), sv.recordedOn(), sv.servedOn(), sv.note()).update();
        }
        if (c.heldHearing() != null) {
            jdbc.sql("UPDATE casefile.hearing SET held = true WHERE id = ? AND case_id = ?").params(c.heldHearing(), c.id()).update();
        }
        if (c.benchChanged()) saveBench(c);
        for (long staffId : c.addedSignatures()) {
            jdbc.sql("INSERT INTO casefile.judgment_signature (case_id, staff_id) VALUES (?, ?)").params(c.id(), staffId).update();
        }
        for (var r : c.addedRecusals()) {
            jdbc.sql("INSERT INTO casefile.recusal (case_id, staff_id, reason, decided_by) VALUES (?, ?, ?, ?)")
                    .params(c.id(), r.staffId(), r.reason(), r.decidedBy()).update();
        }
        // the stored deadline, as the deadline store counts it from what is now written, so every reader agrees
        if (c.deadlineChanged()) deadlines.store(c.id());
    }

    /** Records every party's consent to simple procedure (行政诉讼法 第82条第2款) with the change that relied on it. */
    void recordSimpleProcedureConsent(long caseId) {
        jdbc.sql("UPDATE casefile.case_file SET simple_procedure_consent = true WHERE id = ?").param(caseId).update();
    }

    /** The assignment with its candidates and draw, and the new handling judge's row in the trial organisation. */
    private void saveAssignment(Case c, Case.Assignment a) {
        jdbc.sql("INSERT INTO casefile.assignment (case_id, kind, staff_id, candidates, draw, reason, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), a.kind().name(), a.judge().staffId(), a.candidates(), a.draw(), a.reason(), a.approvedBy()).update();
        jdbc.sql("UPDATE casefile.trial_member SET active = false WHERE case_id = ? AND role = 'HANDLING' AND active").param(c.id()).update();
        jdbc.sql("INSERT INTO casefile.trial_member (case_id, staff_id, role, reason) VALUES (?, ?, 'HANDLING', ?)")
                .params(c.id(), a.judge().staffId(), a.reason() == null ? "分案" : a.reason()).update();
    }

    // The handling judge's row stays (assignment owns it); the other members are replaced, with the reason.
    private void saveBench(Case c) {
        jdbc.sql("UPDATE casefile.trial_member SET active = false WHERE case_id = ? AND role <> 'HANDLING' AND active").param(c.id()).update();
        for (BenchMember m : c.bench()) {
            if (m.role() == BenchMember.Role.HANDLING) {
                jdbc.sql("UPDATE casefile.trial_member SET presiding = ? WHERE case_id = ? AND role = 'HANDLING' AND active")
                        .params(m.presiding(), c.id()).update();
            } else {
                jdbc.sql("INSERT INTO casefile.trial_member (case_id, staff_id, role, reason, presiding) VALUES (?, ?, ?, ?, ?)")
                        .params(c.id(), m.staffId(), m.role().name(), c.benchReason(), m.presiding()).update();
            }
        }
    }

    private Case map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        long courtId = rs.getLong("court_id");
        CaseType type = CaseType.fromCode(rs.getString("case_type"));
        String[] circumstances = (String[]) rs.getArray("circumstances").getArray();
        LocalDate today = LocalDate.now(clock);
        CourtLevel level = organization.court(courtId).map(k -> k.level()).orElse(CourtLevel.BASIC);
        Set<Circumstance> found = EnumSet.noneOf(Circumstance.class);
        for (String s : circumstances) for (Circumstance k : Circumstance.values()) if (k.name().equals(s)) found.add(k);
        DiversionFacts facts = new DiversionFacts(type.category().name(), type.code(), rs.getString("cause_code"),
                rs.getString("cause_name"), rs.getBigDecimal("claim_amount"), rs.getString("claim_text"), found);
        String closeMethod = rs.getString("close_method");
        String reviewResult = rs.getString("review_result");
        String track = rs.getString("track");
        String triedBy = rs.getString("tried_by");
        Set<CaseFlag> flags = Deadlines.flags(circumstances);
        return Case.builder().id(id).caseNumber(rs.getString("case_number")).court(courtId, level).type(type)
                .filedOn(rs.getObject("filed_on", LocalDate.class)).flags(flags).facts(facts).version(rs.getInt("version"))
                .procedure(Procedure.valueOf(rs.getString("procedure"))).track(track == null ? null : Track.valueOf(track))
                .status(CaseStatus.valueOf(rs.getString("status"))).handlerId(rs.getObject("handler_id", Long.class))
                .triedBy(triedBy == null ? null : Case.Bench.valueOf(triedBy)).bench(bench(id, today))
                .deadlineBase(rs.getObject("deadline_base", LocalDate.class)).suspensions(suspensions(id))
                .extensions(extensions(id)).extended(rs.getBoolean("extended")).signatures(signatures(id))
                .judgmentSignedOn(rs.getObject("judgment_signed_on", LocalDate.class))
                .committeeDecided(rs.getBoolean("committee_decided"))
                // an imported close method outside today's list reads as 其他; the stored one is never overwritten (save)
                .closed(rs.getObject("closed_on", LocalDate.class), closeMethod == null ? null
                        : CloseMethod.fromLabel(closeMethod).orElse(CloseMethod.OTHER))
                .reviewResult(reviewResult == null ? null : ReviewResult.valueOf(reviewResult))
                .originalCaseNumber(rs.getString("original_case_number"))
                .archivedOn(rs.getObject("archived_on", LocalDate.class)).recusals(recusals(id))
                .reassignments(jdbc.sql("SELECT count(*) FROM casefile.assignment WHERE case_id = ? AND kind = 'REASSIGNED'")
                        .param(id).query(Integer.class).single())
                .appeal(rs.getObject("appeal_on", LocalDate.class), rs.getObject("transferred_on", LocalDate.class))
                .hearings(hearings(id), rs.getBoolean("hearing_live_streamed"))
                .deadline(deadlines.of(id))
                .build();
    }

    private List<BenchMember> bench(long caseId, LocalDate today) {
        List<Object[]> rows = jdbc.sql("""
                SELECT m.staff_id, m.role, m.presiding FROM casefile.trial_member m WHERE m.case_id = ? AND m.active
                ORDER BY CASE m.role WHEN 'PRESIDING' THEN 0 WHEN 'HANDLING' THEN 1 WHEN 'MEMBER' THEN 2 ELSE 3 END, m.id
                """).param(caseId).query((r, i) -> new Object[] {r.getLong(1), r.getString(2), r.getBoolean(3)}).list();
        Map<Long, StaffView> staff = organization.staff(rows.stream().map(r -> (Long) r[0]).toList(), today);
        return rows.stream().map(r -> {
            StaffView s = staff.get((Long) r[0]);
            BenchMember.Role role = BenchMember.Role.valueOf((String) r[1]);
            return new BenchMember((Long) r[0], s == null ? "" : s.staffNo(), s == null ? "" : s.name(), role,
                    (Boolean) r[2] || role == BenchMember.Role.PRESIDING, s == null ? Set.of() : s.posts());
        }).toList();
    }

    private List<Suspension> suspensions(long caseId) {
        return jdbc.sql("SELECT reason, from_date, to_date FROM casefile.suspension WHERE case_id = ? ORDER BY from_date")
                .param(caseId).query((rs, i) -> Suspension.of(SuspensionReason.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))).list();
    }

    private List<Extension> extensions(long caseId) {
        return jdbc.sql("SELECT approver, months, days FROM casefile.extension WHERE case_id = ? AND NOT lapsed ORDER BY id")
                .param(caseId).query((rs, i) -> Extension.by(ExtensionApprover.valueOf(rs.getString(1)),
                        new TimeLimit(rs.getInt(2), rs.getInt(3)))).list();
    }

    private List<Case.Hearing> hearings(long caseId) {
        return jdbc.sql("SELECT id, scheduled_at, courtroom, live_streamed, held FROM casefile.hearing WHERE case_id = ? ORDER BY id")
                .param(caseId).query((rs, i) -> new Case.Hearing(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getBoolean(4), rs.getBoolean(5))).list();
    }

    private List<Long> signatures(long caseId) {
        return jdbc.sql("SELECT staff_id FROM casefile.judgment_signature WHERE case_id = ? ORDER BY id").param(caseId)
                .query(Long.class).list();
    }

    private List<Case.Recusal> recusals(long caseId) {
        return jdbc.sql("SELECT staff_id, reason, decided_by FROM casefile.recusal WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new Case.Recusal(rs.getLong(1), "", rs.getString(2), rs.getObject(3, Long.class))).list();
    }
}
