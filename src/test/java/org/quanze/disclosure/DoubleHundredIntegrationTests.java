package org.quanze.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 裁判文书“双百”核查 on a real PostgreSQL, counted by hand: six judgments of 吉0102 closed on 2026-06-10 — published,
 * withheld with its notice, 「其他情形」 still waiting for the president, never attached, published then withdrawn, imported as withheld with its notice —
 * move the court's figures by exactly these cases (the demo's own cases of the month stay as they were). The corrected
 * deduction counts the three without their disclosure, never the lawfully withheld ones; statistics' 双百完成率 counts
 * the same cases.
 */
@QuanzeIntegrationTest
class DoubleHundredIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final String API = "/api/v1/disclosure/documents";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String QUERY = "court=" + Http.encode("吉0102") + "&from=2026-06-01&to=2026-06-30";

    @Autowired JdbcTemplate jdbc;
    @Autowired Disclosures disclosures;
    @LocalServerPort int port;

    private long attach(Http http, String number) {
        return JSON.readTree(http.post(API, "application/json", ("{\"caseNumber\":" + JSON.writeValueAsString(number)
                + ",\"kind\":\"JUDGMENT\",\"effectiveOn\":\"2026-06-20\",\"text\":" + JSON.writeValueAsString(DocumentTestCases.TEXT) + "}")
                .getBytes(StandardCharsets.UTF_8), "judge", PW).body()).get("id").asLong();
    }

    private void post(Http http, String path, String body, String version) {
        Http.Response r = http.post(API + path, "application/json", body.getBytes(StandardCharsets.UTF_8), "judge", PW, version);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private JsonNode total(Http http) {
        Http.Response r = http.get("/api/v1/disclosure/double-hundred?" + QUERY, "president", PW);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode rows = JSON.readTree(r.body()).get("rows");
        assertThat(rows.get(0).get("court").asString()).as("the total row first").isEqualTo("吉0102");
        return rows.get(0).get("figures");
    }

    @Test
    void theFiguresMoveByTheHandCountedCasesAndTheDeductionSparesTheLawfullyWithheld() {
        Http http = new Http(port);
        JsonNode before = total(http);
        LocalDate closed = LocalDate.of(2026, 6, 10);
        String published = DocumentTestCases.judgesCase(jdbc, 9841, closed);
        String withheld = DocumentTestCases.judgesCase(jdbc, 9842, closed);
        String proposed = DocumentTestCases.judgesCase(jdbc, 9843, closed);
        String missing = DocumentTestCases.judgesCase(jdbc, 9844, closed);
        String withdrawn = DocumentTestCases.judgesCase(jdbc, 9845, closed);
        // imported from an older system: withheld with its notice there, no document here
        String importedNoticed = DocumentTestCases.judgesCase(jdbc, 9846, closed);
        jdbc.update("UPDATE casefile.case_file SET judgment_published = 'ANNOUNCED' WHERE case_number = ?", importedNoticed);
        post(http, "/" + attach(http, published) + "/publication", "{\"documentVersion\":1,\"spans\":[]}", "0");
        post(http, "/" + attach(http, withheld) + "/withholding", "{\"reason\":\"DIVORCE_OR_CHILD_CUSTODY\"}", "0");
        post(http, "/" + attach(http, proposed) + "/withholding", "{\"reason\":\"OTHER\",\"writtenReasons\":\"敏感\"}", "0");
        long w = attach(http, withdrawn);
        post(http, "/" + w + "/publication", "{\"documentVersion\":1,\"spans\":[]}", "0");
        post(http, "/" + w + "/withdrawal", "{\"reason\":\"隐名有误\"}", "1");

        JsonNode after = total(http);
        // EFFECTIVE: the six; PUBLISHED: 9841; NOTICED: 9842 and 9846 (imported); NEITHER: 9843 (not yet approved), 9844 (no document),
        // 9845 (withdrawn); OVERDUE: those three, effective 2026-06-20 (or closed 06-10) + 7 working days < today
        assertThat(delta(before, after, "EFFECTIVE")).isEqualTo(6);
        assertThat(delta(before, after, "PUBLISHED")).isEqualTo(1);
        assertThat(delta(before, after, "NOTICED")).isEqualTo(2);
        assertThat(delta(before, after, "NEITHER")).isEqualTo(3);
        assertThat(delta(before, after, "OVERDUE")).isEqualTo(3);

        String neither = http.get("/api/v1/disclosure/double-hundred/cases?" + QUERY + "&figure=NEITHER", "president", PW).body();
        assertThat(neither).contains(proposed, missing, withdrawn).doesNotContain(published).doesNotContain(withheld);
        assertThat(http.get("/api/v1/disclosure/double-hundred/cases?" + QUERY + "&figure=NOTICED", "president", PW).body()).contains(withheld);
        assertThat(http.get("/api/v1/disclosure/double-hundred/cases?" + QUERY + "&figure=X", "president", PW).body()).contains("\"field\":\"figure\"");

        // statistics' 双百完成率 and 文书上网率 read the case fact disclosure keeps (the documents here, the import's state otherwise)
        String counted = http.get("/api/v1/statistics/indicators/DOUBLE_HUNDRED_RATE/cases?" + QUERY + "&size=500", "president", PW).body();
        assertThat(counted).contains(published, withheld, importedNoticed).doesNotContain(proposed, missing, withdrawn);
        String online = http.get("/api/v1/statistics/indicators/JUDGMENT_ONLINE_RATE/cases?" + QUERY + "&size=500", "president", PW).body();
        assertThat(online).contains(published).doesNotContain(withheld, withdrawn);

        long court = jdbc.queryForObject("SELECT id FROM organization.court WHERE code = '吉0102'", Long.class);
        assertThat(disclosures.missingDisclosure(Set.of(court), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .as("the corrected deduction: never a judgment withheld with its notice, here or imported")
                .contains(proposed, missing, withdrawn).doesNotContain(published, withheld, importedNoticed);

        assertThat(jdbc.queryForList("SELECT DISTINCT measure FROM evaluation.scheme_item WHERE code = 'UNDISCLOSED'", String.class))
                .as("the evaluation's 未公开 deduction reads this check (evaluation V52)").containsExactly("DISCLOSURE_MISSING");

        String stranger = DocumentTestCases.judgeOf(jdbc, "吉02");
        assertThat(http.get("/api/v1/disclosure/double-hundred?" + QUERY, stranger, PW).status()).as("another court's figures").isEqualTo(403);

        Http.Session session = Http.signIn(port, "president", PW);
        assertThat(session.get("/disclosure/double-hundred?" + QUERY).body()).contains("dh-吉0102", missing);
        Http.Response xlsx = session.get("/disclosure/double-hundred.xlsx?" + QUERY);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private static long delta(JsonNode before, JsonNode after, String figure) {
        return after.get(figure).asLong() - before.get(figure).asLong();
    }
}
