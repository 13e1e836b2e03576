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

/**
 * A panel's judgment through the API: every member signs, 承办法官 first and 审判长 last, each signature stored; and a
 * member the president withdraws (回避, 民事诉讼法 第47条、第50条) stops the signing until the panel is re-formed.
 */
@QuanzeIntegrationTest
class CaseSigningIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void everyPanelMemberSignsInTurnAndThePresidingJudgeLast() {
        Http http = new Http(port);
        TestCases.Panel panel = signable(9481);
        String presiding = TestCases.account(jdbc, panel.others().get(0));
        String member = TestCases.account(jdbc, panel.others().get(1));

        Http.Response first = sign(http, panel, member);
        assertThat(first.status()).as(first.body()).isEqualTo(409);
        assertThat(first.body()).contains("承办法官");
        assertThat(sign(http, panel, presiding).body()).contains("审判长最后签署");
        assertThat(sign(http, panel, "judge").status()).isEqualTo(200);
        Http.Response early = sign(http, panel, presiding);
        assertThat(early.status()).as("审判长 signs last").isEqualTo(409);
        assertThat(early.body()).contains("审判长最后签署");
        assertThat(sign(http, panel, member).status()).isEqualTo(200);
        assertThat(signedOn(panel)).as("not signed before the presiding judge signs").isNull();
        assertThat(sign(http, panel, presiding).status()).isEqualTo(200);
        assertThat(signedOn(panel)).isNotNull();
        assertThat(jdbc.queryForList("""
                SELECT s.staff_id FROM casefile.judgment_signature s JOIN casefile.case_file c ON c.id = s.case_id
                WHERE c.case_number = ? ORDER BY s.id""", Long.class, panel.caseNumber()))
                .containsExactly(panel.judgeId(), panel.others().get(1), panel.others().get(0));
        String timeline = http.get("/api/v1/cases/" + Http.encode(panel.caseNumber()) + "/timeline", "judge", PW).body();
        assertThat(timeline).contains("JUDGMENT_SIGNATURE", "JUDGMENT_SIGNED");
    }

    @Test
    void aRecusedMemberStopsTheSigningUntilThePanelIsReformed() {
        Http http = new Http(port);
        TestCases.Panel panel = signable(9482);
        String memberNo = jdbc.queryForObject("SELECT staff_no FROM organization.staff WHERE id = ?", String.class, panel.others().get(1));
        String path = "/api/v1/cases/" + Http.encode(panel.caseNumber()) + "/recusals";
        byte[] body = ("{\"staffNo\":\"" + memberNo + "\",\"reason\":\"系原告近亲属\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(http.post(path, "application/json", body, "judge", PW, version(panel)).status())
                .as("the president decides a recusal, not the judge").isEqualTo(403);
        Http.Response recused = http.post(path, "application/json", body, "president", PW, version(panel));
        assertThat(recused.status()).as(recused.body()).isEqualTo(200);
        Http.Response refused = sign(http, panel, "judge");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("回避");
    }

    /**
     * A panel case of quota judges (who alone may sign, N-02) whose deliberation record is signed, so the judgment may
     * be signed (issue 9).
     */
    private TestCases.Panel signable(int seq) {
        TestCases.Panel fixture = TestCases.panelCase(jdbc, seq);
        long caseId = jdbc.queryForObject("SELECT id FROM casefile.case_file WHERE case_number = ?", Long.class, fixture.caseNumber());
        java.util.List<Long> inQuota = jdbc.queryForList("""
                SELECT s.id FROM organization.staff s JOIN organization.staff j ON j.id = ? AND s.court_id = j.court_id
                WHERE s.role = 'QUOTA_JUDGE' AND s.id <> j.id AND cardinality(s.posts) = 0
                  AND EXISTS (SELECT 1 FROM organization.quota_term q WHERE q.staff_id = s.id AND q.from_date <= current_date
                              AND (q.to_date IS NULL OR q.to_date >= current_date))
                ORDER BY s.staff_no LIMIT 2""", Long.class, fixture.judgeId());
        jdbc.update("UPDATE casefile.trial_member SET staff_id = ? WHERE case_id = ? AND role = 'PRESIDING'", inQuota.get(0), caseId);
        jdbc.update("UPDATE casefile.trial_member SET staff_id = ? WHERE case_id = ? AND role = 'MEMBER'", inQuota.get(1), caseId);
        TestCases.Panel panel = new TestCases.Panel(fixture.caseNumber(), fixture.judgeId(), inQuota);
        Http.Response record = new Http(port).post("/api/v1/deliberations", "application/json",
                ("{\"caseNumber\":\"" + panel.caseNumber() + "\"}").getBytes(StandardCharsets.UTF_8), "judge", PW);
        assertThat(record.status()).as(record.body()).isLessThan(300);
        jdbc.update("UPDATE deliberation.record SET status = 'SIGNED', signed_at = now() WHERE case_number = ?", panel.caseNumber());
        assertThat(caseId).isPositive();
        return panel;
    }

    private Http.Response sign(Http http, TestCases.Panel panel, String user) {
        return http.post("/api/v1/cases/" + Http.encode(panel.caseNumber()) + "/judgment", "application/json", new byte[0], user, PW,
                version(panel));
    }

    private String version(TestCases.Panel panel) {
        return String.valueOf(jdbc.queryForObject("SELECT version FROM casefile.case_file WHERE case_number = ?", Integer.class,
                panel.caseNumber()));
    }

    private java.time.LocalDate signedOn(TestCases.Panel panel) {
        return jdbc.queryForObject("SELECT judgment_signed_on FROM casefile.case_file WHERE case_number = ?", java.time.LocalDate.class,
                panel.caseNumber());
    }
}
