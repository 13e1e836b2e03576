package org.quanze.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.casefile.domain.TrialDeadline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 审限 of a stored case rebuilt from its rows: after a restart (刑事诉讼法 第208条第3款: 补充侦查完毕移送后「重新计算审理期限」)
 * the extensions granted before it have lapsed, those granted since count. Expected dates worked out by hand.
 */
@QuanzeIntegrationTest
class DeadlinesIntegrationTests {

    @Autowired Deadlines deadlines;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void extensionsGrantedBeforeARestartLapseAndThoseSinceCount() {
        String judge = jdbc.queryForObject("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉0102' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 1""", String.class);
        String number = "（2017）吉0102刑初9301号";
        String csv = """
                case_number,court_code,case_type,filed_on,handler_staff_no,case_flags
                %s,吉0102,刑初,2017-03-15,%s,GRAVE_OR_COMPLEX
                """.formatted(number, judge);
        Http.Response imported = new Http(port).post("/api/v1/imports/cases", "text/csv", csv.getBytes(StandardCharsets.UTF_8),
                "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long caseId = jdbc.queryForObject("SELECT id FROM casefile.case_file WHERE case_number = ?", Long.class, number);

        // 刑事诉讼法 第208条: 2个月, +1个月 by 本院院长 (granted 2017-05-10): due 2017-06-15
        extension(caseId, "2017-05-10 10:00+08", "2017-06-15");
        assertThat(deadlines.of(caseId).map(TrialDeadline::dueOn)).contains(LocalDate.of(2017, 6, 15));

        // 补充侦查 from 2017-05-12, the case handed back on 2017-05-31: 2个月 afresh from 05-31, month-end to month-end
        // (刑诉解释 第202条): 2017-07-31; the extension of the old count has lapsed
        jdbc.update("INSERT INTO casefile.suspension (case_id, reason, from_date, to_date) VALUES (?, 'SUPPLEMENTARY_INVESTIGATION', ?, ?)",
                caseId, LocalDate.of(2017, 5, 12), LocalDate.of(2017, 5, 31));
        TrialDeadline restarted = deadlines.of(caseId).orElseThrow();
        assertThat(restarted.dueOn()).isEqualTo(LocalDate.of(2017, 7, 31));
        assertThat(restarted.extensions()).isEmpty();

        // the ladder starts again: 本院院长's month, granted 2017-07-20 → 3个月 from 05-31: 2017-08-31
        extension(caseId, "2017-07-20 10:00+08", "2017-08-31");
        assertThat(deadlines.of(caseId).map(TrialDeadline::dueOn)).contains(LocalDate.of(2017, 8, 31));
        deadlines.store(caseId);
        assertThat(jdbc.queryForObject("SELECT deadline_on FROM casefile.case_file WHERE id = ?", LocalDate.class, caseId))
                .isEqualTo(LocalDate.of(2017, 8, 31));
    }

    private void extension(long caseId, String at, String newDeadline) {
        jdbc.update("""
                INSERT INTO casefile.extension (case_id, approver, months, reason, new_deadline, at)
                VALUES (?, 'PRESIDENT', 1, '案情复杂', ?::date, ?::timestamptz)""", caseId, newDeadline, at);
    }
}
