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
 * 裁判文书公开检索 without login: a published judgment is found by Chinese words of its anonymised text and by its
 * filters, never by what the anonymisation removed; a withdrawn one is gone from search and from the public page at
 * once; a withheld one appears only as its notice (第6条).
 */
@QuanzeIntegrationTest
class PublicSearchIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final String API = "/api/v1/disclosure/documents";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    /** A published judgment of the demo judge's case {@code seq}, its text carrying {@code words}; answers its id. */
    static long published(Http http, JdbcTemplate jdbc, int seq, String words) {
        String number = DocumentTestCases.judgesCase(jdbc, seq, LocalDate.of(2026, 11, 2));
        String text = DocumentTestCases.TEXT.replace("买卖合同纠纷", words);
        Http.Response r = http.post(API, "application/json", ("{\"caseNumber\":" + JSON.writeValueAsString(number)
                + ",\"kind\":\"JUDGMENT\",\"effectiveOn\":\"2026-11-20\",\"text\":" + JSON.writeValueAsString(text) + "}")
                .getBytes(StandardCharsets.UTF_8), "judge", PW);
        long id = JSON.readTree(r.body()).get("id").asLong();
        String spans = JSON.writeValueAsString(JSON.readTree(http.get(API + "/" + id + "/preview", "judge", PW).body()).get("spans"));
        Http.Response p = http.post(API + "/" + id + "/publication", "application/json",
                ("{\"documentVersion\":1,\"spans\":" + spans + "}").getBytes(StandardCharsets.UTF_8), "judge", PW, "0");
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        return id;
    }

    @Test
    void aPublishedJudgmentIsFoundByItsWordsAndFiltersAndDisappearsWhenWithdrawn() {
        Http http = new Http(port);
        long id = published(http, jdbc, 9821, "海洋渔船租赁合同纠纷");

        JsonNode found = JSON.readTree(http.get("/api/v1/public/documents?q=" + Http.encode("渔船租赁"), null, null).body());
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("hits").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(found.get("hits").get(0).get("snippet").asString()).contains("渔船");
        assertThat(http.get("/api/v1/public/documents?q=" + Http.encode("渔船") + "&year=2025", null, null).body())
                .as("filtered by year").contains("\"total\":0");
        assertThat(http.get("/api/v1/public/documents?q=" + Http.encode("渔船") + "&court=" + Http.encode("吉林省长春市南关区人民法院")
                + "&kind=JUDGMENT&year=2026", null, null).body()).contains("\"total\":1");
        assertThat(http.get("/api/v1/public/documents?q=110101198003070019", null, null).body())
                .as("what the anonymisation deleted is not in the index").contains("\"total\":0");
        Http.Response page = http.get("/api/v1/public/documents/" + id, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("渔船").doesNotContain("110101198003070019").doesNotContain("15891356027");

        assertThat(http.post(API + "/" + id + "/withdrawal", "application/json", "{\"reason\":\"隐名有误\"}".getBytes(StandardCharsets.UTF_8),
                "judge", PW, "1").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/public/documents?q=" + Http.encode("渔船租赁"), null, null).body()).contains("\"total\":0");
        assertThat(http.get("/api/v1/public/documents/" + id, null, null).status()).isEqualTo(404);
        assertThat(http.get("/public/documents/" + id, null, null).status()).isEqualTo(404);
    }

    @Test
    void aWithheldJudgmentIsNeverServedOnlyItsNotice() {
        Http http = new Http(port);
        String number = DocumentTestCases.judgesCase(jdbc, 9822, LocalDate.of(2026, 11, 3));
        String text = DocumentTestCases.TEXT.replace("买卖合同纠纷", "抚养费纠纷山羊");
        long id = JSON.readTree(http.post(API, "application/json", ("{\"caseNumber\":" + JSON.writeValueAsString(number)
                + ",\"kind\":\"JUDGMENT\",\"effectiveOn\":\"2026-11-20\",\"text\":" + JSON.writeValueAsString(text) + "}")
                .getBytes(StandardCharsets.UTF_8), "judge", PW).body()).get("id").asLong();
        assertThat(http.post(API + "/" + id + "/withholding", "application/json",
                "{\"reason\":\"DIVORCE_OR_CHILD_CUSTODY\"}".getBytes(StandardCharsets.UTF_8), "judge", PW, "0").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/public/documents?q=" + Http.encode("山羊"), null, null).body()).contains("\"total\":0");
        assertThat(http.get("/api/v1/public/documents/" + id, null, null).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/public/notices?year=2026", null, null).body()).contains(number, "离婚诉讼或者涉及未成年子女抚养、监护");
        assertThat(http.get("/public/notices", null, null).body()).contains(number);
    }
}
