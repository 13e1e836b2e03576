package org.quanze.deliberation;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases for tests, written with SQL (the case file has no filing UI yet): a 民初 case of 吉0102's 民一庭 handled by the
 * demo {@code judge} on a panel with two other quota judges of the court.
 */
public final class TestCases {

    private TestCases() {
    }

    public record Panel(String caseNumber, long judgeId, List<Long> others) {
    }

    public static Panel panelCase(JdbcTemplate jdbc, int seq) {
        long judge = jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = 'judge'", Long.class);
        long court = jdbc.queryForObject("SELECT court_id FROM organization.staff WHERE id = ?", Long.class, judge);
        Long department = jdbc.queryForObject("SELECT department_id FROM organization.staff WHERE id = ?", Long.class, judge);
        List<Long> others = jdbc.queryForList("""
                SELECT s.id FROM organization.staff s WHERE s.staff_no LIKE '吉0102-%' AND s.role = 'QUOTA_JUDGE'
                  AND s.id <> ? AND cardinality(s.posts) = 0 ORDER BY s.staff_no LIMIT 2""", Long.class, judge);
        String number = "（2026）吉0102民初" + seq + "号";
        long caseId = jdbc.queryForObject("""
                INSERT INTO casefile.case_file (case_number, year, seq, court_id, court_code, department_id, case_type, category,
                    procedure, status, filed_on, handler_id, tried_by)
                VALUES (?, 2026, ?, ?, '吉0102', ?, '民初', 'CIVIL', 'ORDINARY', 'ASSIGNED', DATE '2026-01-05', ?, 'PANEL')
                RETURNING id""", Long.class, number, seq, court, department, judge);
        jdbc.update("INSERT INTO casefile.trial_member (case_id, staff_id, role) VALUES (?, ?, 'HANDLING')", caseId, judge);
        jdbc.update("INSERT INTO casefile.trial_member (case_id, staff_id, role) VALUES (?, ?, 'PRESIDING')", caseId, others.get(0));
        jdbc.update("INSERT INTO casefile.trial_member (case_id, staff_id, role) VALUES (?, ?, 'MEMBER')", caseId, others.get(1));
        return new Panel(number, judge, others);
    }

    /**
     * A login for a staff member (the demo has accounts only for a few people), with the demo password: the existing
     * account's name, or {@code staff<id>} created with the president's password hash.
     */
    public static String account(JdbcTemplate jdbc, long staffId) {
        jdbc.update("""
                INSERT INTO authority.account (username, password_hash, staff_id)
                SELECT 'staff' || ?, password_hash, ? FROM authority.account WHERE username = 'president'
                ON CONFLICT DO NOTHING""", staffId, staffId);
        return jdbc.queryForObject("SELECT username FROM authority.account WHERE staff_id = ?", String.class, staffId);
    }
}
