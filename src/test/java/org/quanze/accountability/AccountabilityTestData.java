package org.quanze.accountability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases and people for accountability tests: a 民初 case of 吉0102 handled by a quota judge no other test uses (the
 * proceedings suspend and remove judges), a colleague, and a provincial disciplinary committee with a secretary.
 */
final class AccountabilityTestData {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    private AccountabilityTestData() {
    }

    record Judge(long id, String staffNo, String login) {
    }

    /**
     * The n-th quota judge of 吉0102 without posts, counted from the end of the staff numbers (tests take from the start);
     * one whose quota a test ended yesterday still counts, so the numbering stays.
     */
    static Judge judge(JdbcTemplate jdbc, int n) {
        Long id = jdbc.queryForObject("""
                SELECT s.id FROM organization.staff s WHERE s.staff_no LIKE '吉0102-%' AND s.role = 'QUOTA_JUDGE'
                  AND cardinality(s.posts) = 0 AND s.department_id IS NOT NULL
                  AND EXISTS (SELECT 1 FROM organization.quota_term q WHERE q.staff_id = s.id AND (q.to_date IS NULL OR q.to_date >= current_date - 1))
                  AND NOT EXISTS (SELECT 1 FROM authority.account a WHERE a.staff_id = s.id AND a.username NOT LIKE 'staff%')
                ORDER BY s.staff_no DESC OFFSET ? LIMIT 1""", Long.class, n);
        String no = jdbc.queryForObject("SELECT staff_no FROM organization.staff WHERE id = ?", String.class, id);
        return new Judge(id, no, TestCases.account(jdbc, id));
    }

    /** A case of the judge's court and department, handled by the judge alone. */
    static String caseOf(JdbcTemplate jdbc, Judge judge, int seq) {
        long court = jdbc.queryForObject("SELECT court_id FROM organization.staff WHERE id = ?", Long.class, judge.id());
        Long department = jdbc.queryForObject("SELECT department_id FROM organization.staff WHERE id = ?", Long.class, judge.id());
        String number = "（2026）吉0102民初" + seq + "号";
        long caseId = jdbc.queryForObject("""
                INSERT INTO casefile.case_file (case_number, year, seq, court_id, court_code, department_id, case_type, category,
                    procedure, status, filed_on, handler_id, tried_by)
                VALUES (?, 2026, ?, ?, '吉0102', ?, '民初', 'CIVIL', 'SIMPLE', 'ASSIGNED', DATE '2026-01-05', ?, 'SOLE')
                RETURNING id""", Long.class, number, seq, court, department, judge.id());
        jdbc.update("INSERT INTO casefile.trial_member (case_id, staff_id, role) VALUES (?, ?, 'HANDLING')", caseId, judge.id());
        return number;
    }

    /** Staff numbers of a committee: two judge representatives (the first its secretary) and one other member, of 吉. */
    static List<String> committee(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT staff_no FROM organization.staff WHERE staff_no LIKE '吉-%' AND role = 'QUOTA_JUDGE'
                ORDER BY staff_no LIMIT 3""", String.class);
    }

    static String committeeJson(List<String> members) {
        return """
                {"members":[{"staffNo":"%s","judgeRepresentative":true,"secretary":true},
                            {"staffNo":"%s","judgeRepresentative":true,"secretary":false},
                            {"staffNo":"%s","judgeRepresentative":false,"secretary":false}]}"""
                .formatted(members.get(0), members.get(1), members.get(2));
    }

    static Http.Response post(Http http, String path, String user, String json) {
        return http.post("/api/v1/accountability" + path, "application/json",
                (json == null ? "" : json).getBytes(StandardCharsets.UTF_8), user, PW);
    }

    static long id(Http.Response r) {
        return Long.parseLong(r.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }
}
