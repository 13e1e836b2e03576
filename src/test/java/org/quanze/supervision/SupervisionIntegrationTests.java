package org.quanze.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.DatabaseAdmin;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Interference records are permanent and protect the recorder; leaders supervise four-kinds cases only in the open. */
@QuanzeIntegrationTest
class SupervisionIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    /** A permanent record accepted a time to come and a 300-character name (issue 9): each refused, the limit named. */
    @Test
    void aRecordOfAnInterferenceYetToComeOrWithOverLongTextsIsRefusedNamingEachFieldAndItsLimit() throws Exception {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9211);
        Long before = jdbc.queryForObject("SELECT count(*) FROM supervision.interference_record", Long.class);
        Http.Response refused = new Http(port).post("/api/v1/interference-records", "application/json", json("""
                {"caseNumber":"%s","origin":"EXTERNAL","intervenerName":"%s","intervenerPost":"某局局长",
                 "occurredAt":"2099-01-01T02:00:00Z","manner":"PHONE","request":"%s","response":"已拒绝","outsideChannel":false}"""
                .formatted(panel.caseNumber(), "某".repeat(300), "请".repeat(2001))), "judge", PW);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"intervenerName\"", "干预人姓名最多 50 个字，现为 300 个字",
                "\"field\":\"occurredAt\"", "时间不能晚于现在", "\"field\":\"request\"", "最多 2000 个字");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision.interference_record", Long.class)).isEqualTo(before);
    }

    @Test
    void interferenceRecordsArePermanentAndTheRecorderIsHidden() throws Exception {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9201);
        Http http = new Http(port);
        Http.Response created = http.post("/api/v1/interference-records", "application/json", json("""
                {"caseNumber":"%s","origin":"INTERNAL","intervenerName":"某副庭长","intervenerPost":"本院民二庭副庭长",
                 "occurredAt":"2026-02-03T02:00:00Z","manner":"PHONE","request":"请求关照被告","response":"已拒绝并记录",
                 "outsideChannel":true}""".formatted(panel.caseNumber())), "judge", PW);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        assertThat(http.get("/api/v1/four-kinds/" + Http.encode(panel.caseNumber()), "chief", PW).body())
                .contains("请求关照被告").contains("\"recorder\":null");
        assertThat(http.get("/api/v1/interference-records", "supervisor", PW).body()).contains("请求关照被告").contains("\"routedTo\":\"SUPERVISION\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'INTERFERENCE_RECORDED' AND case_number IS NULL AND target_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);

        assertThat(http.put("/api/v1/interference-records/" + id, "application/json", json("{}"), "*", "judge", PW).status()).isEqualTo(409);
        assertThatThrownBy(() -> jdbc.update("UPDATE supervision.interference_record SET request = '无' WHERE id = ?", id))
                .rootCause().hasMessageContaining("permanent: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM supervision.interference_record WHERE id = ?", id))
                .rootCause().hasMessageContaining("permanent: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE supervision.interference_record CASCADE"))
                .rootCause().hasMessageMatching("(?s).*(TRUNCATE refused|permission denied).*");
        assertThatThrownBy(() -> privileged("DELETE FROM supervision.interference_record WHERE id = " + id))
                .rootCause().hasMessageContaining("permanent: DELETE refused");
        assertThatThrownBy(() -> privileged("UPDATE supervision.interference_record SET request = '无' WHERE id = " + id))
                .rootCause().hasMessageContaining("permanent: UPDATE refused");
        assertThat(jdbc.queryForObject("SELECT request FROM supervision.interference_record WHERE id = ?", String.class, id))
                .isEqualTo("请求关照被告");
    }

    @Test
    void leadersSuperviseOnlyFlaggedCasesAndNeverChangeThePanelsDecision() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9202);
        Http http = new Http(port);
        String path = "/api/v1/four-kinds/" + Http.encode(panel.caseNumber());
        Http.Response early = http.post(path + "/actions", "application/json", json("{\"kind\":\"REQUEST_REPORT\",\"text\":\"请报告\"}"), "president", PW);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("未被标记为「四类案件」");

        assertThat(http.post(path + "/flags", "application/json", json("{\"kind\":\"GROUP_DISPUTE\",\"reason\":\"涉及百余名购房人\"}"), "judge", PW).status())
                .isEqualTo(200);
        assertThat(http.post(path + "/actions", "application/json", json("{\"kind\":\"REQUEST_REPORT\",\"text\":\"请报告评议结果\"}"), "president", PW).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE case_number = ? AND action = 'SUPERVISION_REQUEST_REPORT'",
                Long.class, panel.caseNumber())).isEqualTo(1);

        Http.Response change = http.post(path + "/panel-decision", "application/json", new byte[0], "president", PW);
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.body()).contains("N-07");

        // Referring is the leader's way instead: the case goes before the adjudication committee as an item to decide.
        assertThat(http.post(path + "/actions", "application/json", json("{\"kind\":\"REFER_COMMITTEE\",\"text\":\"分歧较大，提请审委会讨论\"}"),
                "president", PW).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliberation.agenda_item WHERE case_number = ?", Long.class, panel.caseNumber()))
                .isEqualTo(1);
    }

    /** Through a superuser session with the triggers off: the application's own role may not (issue 10). */
    private void privileged(String sql) {
        DatabaseAdmin.privileged(context, sql);
    }

    private static byte[] json(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
