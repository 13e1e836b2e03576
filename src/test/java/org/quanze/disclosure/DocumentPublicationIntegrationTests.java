package org.quanze.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 裁判文书上网 through the API on a real PostgreSQL: a document attached to a closed case with its 7-working-day limit
 * counted on the calendar held as data, published after the preview, withdrawn and republished with reasons; withheld
 * with its notice; 「其他情形」 approved by the president; every step on the case's trail; stale versions 409; readers
 * of another court do not see it.
 */
@QuanzeIntegrationTest
class DocumentPublicationIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final String API = "/api/v1/disclosure/documents";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private Http http() { return new Http(port); }

    private static byte[] json(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static String quote(String s) { return JSON.writeValueAsString(s); }

    private Http.Response attach(String caseNumber, String effectiveOn) {
        return http().post(API, "application/json", json("{\"caseNumber\":" + quote(caseNumber) + ",\"kind\":\"JUDGMENT\",\"effectiveOn\":\""
                + effectiveOn + "\",\"text\":" + quote(DocumentTestCases.TEXT) + "}"), "judge", PW);
    }

    private Http.Response post(String path, String body, String user, String version) {
        return version == null ? http().post(API + path, "application/json", json(body), user, PW)
                : http().post(API + path, "application/json", json(body), user, PW, version);
    }

    private static JsonNode node(Http.Response r) { return JSON.readTree(r.body()); }

    @Test
    void aDocumentIsPublishedFromItsPreviewWithdrawnAndRepublishedWithReasonsOnTheTrail() {
        String open = DocumentTestCases.judgesCase(jdbc, 9801, null);
        Http.Response refused = attach(open, "2026-09-30");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("P-01", "\"field\":\"caseNumber\"");

        String number = DocumentTestCases.judgesCase(jdbc, 9802, LocalDate.of(2026, 9, 15));
        Http.Response attached = attach(number, "2026-09-30");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        JsonNode d = node(attached);
        long id = d.get("id").asLong();
        assertThat(d.get("state").asString()).isEqualTo("PENDING");
        // 第7条 on the 2026 calendar: 10-01…10-07 off (国庆), Sat 10-10 worked: 10-08 09 10 12 13 14 15
        assertThat(d.get("dueOn").asString()).isEqualTo("2026-10-15");

        JsonNode preview = node(http().get(API + "/" + id + "/preview", "judge", PW));
        assertThat(preview.get("text").asString()).doesNotContain("110101198003070019").doesNotContain("15891356027")
                .contains("王立新", "赵小红");
        String spans = JSON.writeValueAsString(preview.get("spans"));

        String body = "{\"documentVersion\":1,\"spans\":" + spans + "}";
        assertThat(post("/" + id + "/publication", body, "judge", null).status()).as("no If-Match").isEqualTo(428);
        Http.Response stale = post("/" + id + "/publication", body, "judge", "7");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(post("/" + id + "/publication", "{\"documentVersion\":2,\"spans\":[]}", "judge", "0").body())
                .as("the preview of an older version").contains("P-05", "\"field\":\"documentVersion\"");
        Http.Response published = post("/" + id + "/publication", body, "judge", "0");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(node(published).get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(node(published).get("publishedText").asString()).isEqualTo(preview.get("text").asString());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM disclosure.confirmed_span WHERE document_id = ?", Integer.class, id))
                .isEqualTo(preview.get("spans").size());

        Http.Response noReason = post("/" + id + "/withdrawal", "{\"reason\":\" \"}", "judge", "1");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("P-13", "\"field\":\"reason\"");
        assertThat(post("/" + id + "/withdrawal", "{\"reason\":\"原告住址未删除\"}", "judge", "1").status()).isEqualTo(200);
        assertThat(post("/" + id + "/publication", body, "judge", "2").body()).contains("P-07");
        Http.Response republished = post("/" + id + "/publication",
                "{\"documentVersion\":1,\"reason\":\"已删除住址\",\"spans\":" + spans + "}", "judge", "2");
        assertThat(republished.status()).as(republished.body()).isEqualTo(200);
        assertThat(node(republished).get("steps").valueStream().map(step -> step.get("action").asString()).toList())
                .containsExactly("JUDGMENT_DOCUMENT_ATTACHED", "JUDGMENT_PUBLISHED", "JUDGMENT_WITHDRAWN", "JUDGMENT_REPUBLISHED");

        assertThat(http().get("/api/v1/cases/" + Http.encode(number) + "/timeline", "judge", PW).body())
                .contains("JUDGMENT_DOCUMENT_ATTACHED", "JUDGMENT_PUBLISHED", "JUDGMENT_WITHDRAWN", "原告住址未删除", "JUDGMENT_REPUBLISHED", "已删除住址");
    }

    @Test
    void aDivorceJudgmentIsWithheldWithItsNoticeAndOtherCircumstancesWaitForThePresident() {
        String divorce = DocumentTestCases.judgesCase(jdbc, 9803, LocalDate.of(2026, 11, 2));
        long id = node(attach(divorce, "2026-11-20")).get("id").asLong();
        Http.Response unknown = post("/" + id + "/withholding", "{\"reason\":\"PRIVATE\"}", "judge", "0");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"reason\"");
        Http.Response withheld = post("/" + id + "/withholding", "{\"reason\":\"DIVORCE_OR_CHILD_CUSTODY\"}", "judge", "0");
        assertThat(withheld.status()).as(withheld.body()).isEqualTo(200);
        assertThat(node(withheld).get("state").asString()).isEqualTo("WITHHELD");
        assertThat(node(withheld).get("notice").asString()).contains(divorce, "南关区人民法院", "2026-11-02", "离婚诉讼", "第四条第（四）项");

        String other = DocumentTestCases.judgesCase(jdbc, 9804, LocalDate.of(2026, 11, 2));
        long second = node(attach(other, "2026-11-20")).get("id").asLong();
        Http.Response noReasons = post("/" + second + "/withholding", "{\"reason\":\"OTHER\"}", "judge", "0");
        assertThat(noReasons.status()).isEqualTo(422);
        assertThat(noReasons.body()).contains("P-09", "\"field\":\"writtenReasons\"");
        Http.Response proposed = post("/" + second + "/withholding", "{\"reason\":\"OTHER\",\"writtenReasons\":\"涉及重大敏感事项\"}", "judge", "0");
        assertThat(node(proposed).get("state").asString()).isEqualTo("WITHHOLDING_PROPOSED");
        assertThat(node(proposed).get("notice").isNull()).as("no notice before the decision").isTrue();

        Http.Response byJudge = post("/" + second + "/withholding/approval", "{}", "judge", "1");
        assertThat(byJudge.status()).as("the power list gives the decision to the president").isEqualTo(403);
        assertThat(http().get(API + "/awaiting-approval", "president", PW).body()).contains(other);
        Http.Response approved = post("/" + second + "/withholding/approval", "{}", "president", "1");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(node(approved).get("state").asString()).isEqualTo("WITHHELD");
        assertThat(node(approved).get("notice").asString()).contains(other, "其他情形");
        assertThat(http().get("/api/v1/cases/" + Http.encode(other) + "/timeline", "judge", PW).body())
                .contains("JUDGMENT_WITHHOLDING_PROPOSED", "涉及重大敏感事项", "JUDGMENT_WITHHOLDING_APPROVED");
        assertThat(http().get(API + "/awaiting-approval", "president", PW).body()).doesNotContain(other);
    }

    @Test
    void readersOfAnotherCourtDoNotSeeTheDocumentAndCannotActOnIt() {
        String number = DocumentTestCases.judgesCase(jdbc, 9805, LocalDate.of(2026, 11, 2));
        long id = node(attach(number, "2026-11-20")).get("id").asLong();
        String stranger = DocumentTestCases.judgeOf(jdbc, "吉02");
        assertThat(http().get(API + "/" + id, stranger, PW).status()).isEqualTo(404);
        assertThat(http().get(API + "/" + id + "/preview", stranger, PW).status()).isEqualTo(404);
        assertThat(http().get(API + "?caseNumber=" + Http.encode(number), stranger, PW).status()).isEqualTo(404);
        assertThat(post("/" + id + "/withholding", "{\"reason\":\"MEDIATION\"}", stranger, "0").status()).isEqualTo(404);
        assertThat(http().get(API + "/" + id, "president", PW).status()).as("the court's president sees it").isEqualTo(200);
        assertThat(http().get(API + "/awaiting-approval", "highpresident", PW).status()).isEqualTo(200);
    }

    /** 第7条 on the calendar as the office keeps it: a holiday added on a Tuesday moves the deadline by a day. */
    @Test
    void theOfficeKeepsTheCalendarAndTheDeadlineFollowsIt() {
        Http http = http();
        Http.Response byJudge = http.put("/api/v1/disclosure/calendar/2026-12-08", "application/json",
                json("{\"working\":false,\"note\":\"测试假日\"}"), "*", "judge", PW);
        assertThat(byJudge.status()).as("only the trial-management office keeps it (G-P6)").isEqualTo(403);
        Http.Response set = http.put("/api/v1/disclosure/calendar/2026-12-08", "application/json",
                json("{\"working\":false,\"note\":\"测试假日\"}"), "*", "tmo", PW);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        try {
            assertThat(http.get("/api/v1/disclosure/calendar?year=2026", "judge", PW).body()).contains("2026-12-08", "测试假日", "2026-10-10");
            String number = DocumentTestCases.judgesCase(jdbc, 9806, LocalDate.of(2026, 12, 1));
            // effective Fri 12-04: Mon 07, (Tue 08 off), 09 10 11, 14 15 16
            assertThat(node(attach(number, "2026-12-04")).get("dueOn").asString()).isEqualTo("2026-12-16");
        } finally {
            assertThat(http.delete("/api/v1/disclosure/calendar/2026-12-08", "*", "tmo", PW).status()).isEqualTo(200);
        }
        Http.Response missingNote = http.put("/api/v1/disclosure/calendar/2026-12-09", "application/json",
                json("{\"working\":false}"), "*", "tmo", PW);
        assertThat(missingNote.status()).isEqualTo(422);
        assertThat(missingNote.body()).contains("\"field\":\"note\"");
    }
}
