package org.quanze.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A refusal never tells who another court's staff are (issue 10 item 4): it names the staff number typed, not a name. */
@QuanzeIntegrationTest
class CrossCourtMessagesIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void reassigningToAnotherCourtsJudgeIsRefusedWithoutTheirName() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9340);
        var other = jdbc.queryForMap("""
                SELECT s.staff_no, s.name FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code <> '吉0102' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 1""");
        int version = jdbc.queryForObject("SELECT version FROM casefile.case_file WHERE case_number = ?", Integer.class,
                panel.caseNumber());
        Http.Response refused = new Http(port).post("/api/v1/cases/" + Http.encode(panel.caseNumber()) + "/assignment",
                "application/json", ("{\"mode\":\"REASSIGN\",\"staffNo\":\"" + other.get("staff_no") + "\",\"reason\":\"工作调整\"}")
                        .getBytes(StandardCharsets.UTF_8), "chief", QuanzeIntegrationTest.DEMO_PASSWORD, String.valueOf(version));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("不是本院人员").doesNotContain((String) other.get("name"));
    }
}
