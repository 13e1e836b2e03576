package org.quanze.review;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases and people for review tests, written with SQL as the deliberation tests do: a case of a given court with a
 * handling judge on its trial organisation and, if given, what a higher court did to it (upper_outcome).
 */
final class ReviewTestCases {

    private ReviewTestCases() {
    }

    /** The {@code n}-th quota judge without posts of a court (0 = the first by staff number). */
    static long judge(JdbcTemplate jdbc, String courtCode, int n) {
        return jdbc.queryForObject("""
                SELECT s.id FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = ? AND s.role = 'QUOTA_JUDGE' AND cardinality(s.posts) = 0
                ORDER BY s.staff_no OFFSET ? LIMIT 1""", Long.class, courtCode, n);
    }

    static String staffNo(JdbcTemplate jdbc, long staffId) {
        return jdbc.queryForObject("SELECT staff_no FROM organization.staff WHERE id = ?", String.class, staffId);
    }

    /**
     * A case numbered （year）court type seq号, handled by {@code handler}; closed (on the filing day plus a month)
     * unless {@code open}; {@code upperOutcome} REVERSED, REMANDED, RETRIAL_ORDERED or null.
     */
    static String insert(JdbcTemplate jdbc, String courtCode, String type, int year, int seq, long handler, String upperOutcome,
            boolean open) {
        String number = "（" + year + "）" + courtCode + type + seq + "号";
        LocalDate filed = LocalDate.of(year, 1, 5);
        long caseId = jdbc.queryForObject("""
                INSERT INTO casefile.case_file (case_number, year, seq, court_id, court_code, department_id, case_type, category,
                    procedure, status, filed_on, closed_on, close_method, handler_id, tried_by, upper_outcome)
                SELECT ?, ?, ?, c.id, c.code, s.department_id, ?, 'CIVIL', 'ORDINARY', ?, ?, ?, ?, s.id, 'SOLE', ?
                FROM organization.court c, organization.staff s WHERE c.code = ? AND s.id = ?
                RETURNING id""", Long.class, number, year, seq, type, open ? "ASSIGNED" : "CLOSED", filed,
                open ? null : filed.plusMonths(1), open ? null : "判决", upperOutcome, courtCode, handler);
        jdbc.update("INSERT INTO casefile.trial_member (case_id, staff_id, role) VALUES (?, ?, 'HANDLING')", caseId, handler);
        return number;
    }
}
