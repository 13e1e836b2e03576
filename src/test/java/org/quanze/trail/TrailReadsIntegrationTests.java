package org.quanze.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.quanze.deliberation.TestCases;
import org.quanze.shared.Recorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads of the trail obey the reader's scope and each module's visibility (issue 10 items 3 and 4): a basic court's
 * president and supervision office read their court's trail, not the province's; who recorded an interference is
 * withheld from the president, in the list, the filter and the CSV, and shown to the supervision office.
 */
@QuanzeIntegrationTest
class TrailReadsIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @LocalServerPort int port;

    @Test
    void aBasicCourtsPresidentAndSupervisionOfficeReadOnlyTheirOwnCourtsTrail() {
        String otherCourtCase = jdbc.queryForObject(
                "SELECT case_number FROM casefile.case_file WHERE court_code <> '吉0102' ORDER BY id LIMIT 1", String.class);
        String ownCase = jdbc.queryForObject(
                "SELECT case_number FROM casefile.case_file WHERE court_code = '吉0102' ORDER BY id LIMIT 1", String.class);
        recordAs("highpresident", Recorded.onCase("TEST_SCOPE", otherCourtCase, Map.of("by", "high court")));
        recordAs("chief", Recorded.onCase("TEST_SCOPE", ownCase, Map.of("by", "own court")));
        Http http = new Http(port);
        for (String reader : new String[] {"president", "supervisor"}) {
            String api = http.get("/api/v1/trail?action=TEST_SCOPE", reader, PW).body();
            assertThat(api).as(reader).contains(ownCase).doesNotContain(otherCourtCase);
            String csv = page(reader, "/trail/export.csv?action=TEST_SCOPE").body();
            assertThat(csv).as(reader).contains(ownCase).doesNotContain(otherCourtCase);
        }
        String province = http.get("/api/v1/trail?action=TEST_SCOPE", "tmo", PW).body();
        assertThat(province).contains(ownCase).contains(otherCourtCase);
    }

    @Test
    void whoRecordedAnInterferenceIsWithheldFromThePresidentAndShownToTheSupervisionOffice() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9310);
        Http http = new Http(port);
        Http.Response created = http.post("/api/v1/interference-records", "application/json", """
                {"caseNumber":"%s","origin":"INTERNAL","intervenerName":"某院领导","intervenerPost":"本院院领导",
                 "occurredAt":"2026-02-03T02:00:00Z","manner":"PHONE","request":"请求从轻","response":"已拒绝并记录",
                 "outsideChannel":false}""".formatted(panel.caseNumber()).getBytes(StandardCharsets.UTF_8), "judge", PW);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        String judgeName = jdbc.queryForObject("SELECT name FROM organization.staff WHERE id = ?", String.class, panel.judgeId());
        String ofThisRecord = "\"targetId\":\"" + id + "\"";

        String president = http.get("/api/v1/trail?action=INTERFERENCE_RECORDED", "president", PW).body();
        assertThat(president).contains(ofThisRecord).doesNotContain("\"actor\":\"judge\"").doesNotContain(judgeName);
        assertThat(page("president", "/trail/export.csv?action=INTERFERENCE_RECORDED").body()).doesNotContain(judgeName);
        assertThat(page("president", "/trail?action=INTERFERENCE_RECORDED").body()).doesNotContain(judgeName);
        assertThat(http.get("/api/v1/trail?action=INTERFERENCE_RECORDED&actor=judge", "president", PW).body())
                .as("filtering by person must not find the withheld recorder").doesNotContain(ofThisRecord);
        assertThat(http.get("/api/v1/trail?action=INTERFERENCE_RECORDED&actor=" + Http.encode(judgeName), "president", PW).body())
                .doesNotContain(ofThisRecord);

        String office = http.get("/api/v1/trail?action=INTERFERENCE_RECORDED", "supervisor", PW).body();
        assertThat(office).contains(ofThisRecord).contains("\"actor\":\"judge\"").contains(judgeName);
    }

    @Test
    void aJudgeMayNotRecordInterferenceOnAnotherCourtsCase() {
        String otherCourtCase = jdbc.queryForObject(
                "SELECT case_number FROM casefile.case_file WHERE court_code <> '吉0102' ORDER BY id LIMIT 1", String.class);
        Http.Response refused = new Http(port).post("/api/v1/interference-records", "application/json", """
                {"caseNumber":"%s","origin":"EXTERNAL","intervenerName":"某人","intervenerPost":"某单位",
                 "occurredAt":"2026-02-03T02:00:00Z","manner":"PHONE","request":"请求","response":"拒绝",
                 "outsideChannel":false}""".formatted(otherCourtCase).getBytes(StandardCharsets.UTF_8), "judge", PW);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("本院或下级法院");
    }

    @Test
    void reversedDatesInTheFilterAreAFieldErrorNotAnEmptyList() {
        Http http = new Http(port);
        String page = page("tmo", "/trail?from=2026-12-06&to=2026-12-01").body();
        assertThat(page).contains("id=\"trail-date-error\"").contains("结束日期早于开始日期");
        Http.Response api = http.get("/api/v1/trail?from=2026-12-06T00:00:00Z&to=2026-12-01T00:00:00Z", "tmo", PW);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"to\"");
    }

    @Test
    void theTrailCsvOpensInExcelWithLocalTimes() {
        recordAs("chief", Recorded.of("TEST_CSV", "TEST", "csv", Map.of("n", 1)));
        Http.Response csv = page("tmo", "/trail/export.csv?action=TEST_CSV");
        assertThat(csv.bytes()[0]).isEqualTo((byte) 0xEF);
        String row = csv.body().lines().skip(1).findFirst().orElseThrow();
        assertThat(row).matches("\\d+,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},chief,.*");
    }

    /** A page as a person signed in through the login form sees it. */
    private Http.Response page(String username, String path) {
        Http.Response response = Http.signIn(port, username, PW).get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response;
    }

    /** Publishes a change inside a transaction as the given account, as a command by that person would. */
    private void recordAs(String username, Recorded change) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            tx.executeWithoutResult(status -> events.publishEvent(change));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
