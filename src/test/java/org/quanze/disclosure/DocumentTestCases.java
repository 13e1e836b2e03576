package org.quanze.disclosure;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases for publication tests, written with SQL as the other modules' tests do: handled by the demo {@code judge} of 吉0102. */
final class DocumentTestCases {

    /** A judgment with a party, a victim's ID number and phone, for the anonymiser to find. */
    static final String TEXT = """
            吉林省长春市南关区人民法院
            民事判决书
            原告：刘建平，男，1980年3月7日出生，汉族，住吉林省长春市南关区幸福街道88号，公民身份号码110101198003070019，联系电话15891356027。
            被告：长春市某某建材有限公司，住所地长春市南关区。
            原告刘建平与被告长春市某某建材有限公司买卖合同纠纷一案，本院依法适用普通程序，公开开庭进行了审理。
            判决如下：被告于本判决生效之日起十日内给付原告货款50000元。
            审判员　王立新
            书记员　赵小红
            """;

    private DocumentTestCases() {
    }

    /** A 民初 case of 吉0102 handled by the demo judge, closed on {@code closedOn} (open when null). */
    static String judgesCase(JdbcTemplate jdbc, int seq, LocalDate closedOn) {
        long judge = jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = 'judge'", Long.class);
        String number = "（2026）吉0102民初" + seq + "号";
        long caseId = jdbc.queryForObject("""
                INSERT INTO casefile.case_file (case_number, year, seq, court_id, court_code, department_id, case_type, category,
                    procedure, status, filed_on, closed_on, close_method, handler_id, tried_by)
                SELECT ?, 2026, ?, s.court_id, '吉0102', s.department_id, '民初', 'CIVIL', 'ORDINARY', ?, DATE '2026-03-02', ?, ?, s.id, 'SOLE'
                FROM organization.staff s WHERE s.id = ?
                RETURNING id""", Long.class, number, seq, closedOn == null ? "ASSIGNED" : "CLOSED", closedOn,
                closedOn == null ? null : "判决", judge);
        jdbc.update("INSERT INTO casefile.trial_member (case_id, staff_id, role) VALUES (?, ?, 'HANDLING')", caseId, judge);
        return number;
    }

    /** A quota judge without posts of another court, with a login. */
    static String judgeOf(JdbcTemplate jdbc, String courtCode) {
        long id = jdbc.queryForObject("""
                SELECT s.id FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = ? AND s.role = 'QUOTA_JUDGE' AND cardinality(s.posts) = 0 ORDER BY s.staff_no LIMIT 1""",
                Long.class, courtCode);
        return org.quanze.deliberation.TestCases.account(jdbc, id);
    }
}
