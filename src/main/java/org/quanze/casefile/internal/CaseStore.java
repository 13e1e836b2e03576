package org.quanze.casefile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.quanze.casefile.CaseView;
import org.quanze.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The SQL of the case file: read a case with its trial organisation, allocate numbers, write with a version check. */
@Repository
public class CaseStore {

    static final String SELECT = """
            SELECT c.*
            FROM casefile.case_file c
            """;

    private final JdbcClient jdbc;
    private final org.quanze.organization.Organization organization;
    private final java.time.Clock clock;

    CaseStore(JdbcClient jdbc, org.quanze.organization.Organization organization, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
    }

    // Reading a case maps its row with two more queries (trial organisation, staff names). Outside a transaction each
    // of them took a second connection while the row's query still held the first: under 50 concurrent readers every
    // pooled connection was such a first one and all waited for a second (pool starvation, issue 11). One read-only
    // transaction keeps the whole read on one connection.
    @Transactional(readOnly = true)
    public Optional<CaseView> find(String caseNumber) {
        return jdbc.sql(SELECT + " WHERE c.case_number = ?").param(caseNumber).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public Optional<CaseView> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public CaseView get(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> CaseNotFound.forNumber(caseNumber));
    }

    /**
     * The next number for a court, type and year. The counter row is locked until the filing transaction ends, so
     * concurrent filings queue here and a rolled-back filing gives its number back: no gap, no duplicate.
     */
    public int nextSequence(String courtCode, String caseType, int year) {
        return jdbc.sql("""
                INSERT INTO casefile.case_number_counter (court_code, case_type, year, last) VALUES (?, ?, ?, 1)
                ON CONFLICT (court_code, case_type, year) DO UPDATE SET last = casefile.case_number_counter.last + 1
                RETURNING last
                """).params(courtCode, caseType, year).query(Integer.class).single();
    }

    /** Bumps the version of a case read at {@code expectedVersion}; a concurrent change makes this a 409. */
    public void touch(long caseId, int expectedVersion) {
        int updated = jdbc.sql("UPDATE casefile.case_file SET version = version + 1 WHERE id = ? AND version = ?")
                .params(caseId, expectedVersion).update();
        if (updated != 1) {
            throw new DomainException(409, "stale", "该案件已被他人修改，请刷新后重试");
        }
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    private CaseView map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Object[]> rows = jdbc.sql("""
                SELECT m.staff_id, m.role, m.presiding FROM casefile.trial_member m
                WHERE m.case_id = ? AND m.active
                ORDER BY CASE m.role WHEN 'PRESIDING' THEN 0 WHEN 'HANDLING' THEN 1 WHEN 'MEMBER' THEN 2 ELSE 3 END, m.id
                """).param(id).query((r, i) -> new Object[] {r.getLong(1), r.getString(2), r.getBoolean(3)}).list();
        var staff = organization.staff(rows.stream().map(r -> (Long) r[0]).toList(), java.time.LocalDate.now(clock));
        List<CaseView.TrialMember> members = rows.stream().map(r -> {
            var s = staff.get((Long) r[0]);
            return new CaseView.TrialMember((Long) r[0], s == null ? "" : s.staffNo(), s == null ? "" : s.name(), (String) r[1], (Boolean) r[2]);
        }).toList();
        return new CaseView(id, rs.getString("case_number"), rs.getLong("court_id"), rs.getString("court_code"),
                rs.getObject("department_id", Long.class), rs.getString("case_type"), rs.getString("category"),
                rs.getString("procedure"), rs.getString("track"), rs.getString("status"), rs.getString("cause_code"),
                rs.getString("cause_name"), rs.getBigDecimal("claim_amount"), rs.getObject("filed_on", java.time.LocalDate.class),
                rs.getObject("closed_on", java.time.LocalDate.class), rs.getString("close_method"),
                rs.getObject("archived_on", java.time.LocalDate.class), rs.getObject("deadline_on", java.time.LocalDate.class),
                rs.getInt("suspended_days"), rs.getBoolean("extended"), rs.getObject("handler_id", Long.class),
                rs.getString("tried_by"), rs.getBoolean("committee_decided"), rs.getString("upper_outcome"),
                rs.getString("review_result"), rs.getString("original_case_number"), rs.getBoolean("appealed"),
                rs.getObject("appeal_on", java.time.LocalDate.class), rs.getObject("transferred_on", java.time.LocalDate.class),
                rs.getBoolean("retrial_applied"), rs.getInt("version"), members);
    }
}
