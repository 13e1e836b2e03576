package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.JsonPath;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transparency figures of a court no other test files in, counted by hand (issue 15), and the court-affairs page
 * showing them without a sign-in.
 */
@QuanzeIntegrationTest
class TransparencyIntegrationTests {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PW = QuanzeIntegrationTest.ADMIN_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired NoticeSender sender;
    @LocalServerPort int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void theFiguresOfACourtAreTheOnesCountedByHand() throws Exception {
        String court = jdbc.queryForObject("""
                SELECT code FROM organization.court WHERE level = 'BASIC' AND code NOT IN ('吉0102', '吉0103', '吉0104', '吉0202')
                ORDER BY code DESC LIMIT 1""", String.class);
        Http http = new Http(port);
        // three cases filed: 3 open to query
        String[][] cases = {file(http, court), file(http, court), file(http, court)};
        // contacts: A by e-mail and SMS, B by e-mail, C none
        contact(http, cases[0][0], "{\"partyName\":\"甲\",\"channel\":\"EMAIL\",\"address\":\"a@example.com\"}");
        contact(http, cases[0][0], "{\"partyName\":\"甲\",\"channel\":\"SMS\",\"address\":\"13900000001\"}");
        contact(http, cases[1][0], "{\"partyName\":\"甲\",\"channel\":\"EMAIL\",\"address\":\"b@example.com\"}");
        // a hearing each, in a week: A and C streamed live → 3 hearings, 2 live (2/3); notices: A 2 (EMAIL, SMS), B 1 (EMAIL)
        String at = today.plusDays(7).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toString();
        hearing(http, cases[0][0], at, true);
        hearing(http, cases[1][0], at, false);
        hearing(http, cases[2][0], at, true);
        sender.deliver(1000, () -> true);
        // queries: A's party looks three times, B's once → 2 cases queried, 4 queries, rate 2/3
        HttpClient a = party(cases[0]);
        for (int i = 0; i < 3; i++) assertThat(get(a, "/api/v1/portal/case").statusCode()).isEqualTo(200);
        assertThat(get(party(cases[1]), "/api/v1/portal/case").statusCode()).isEqualTo(200);

        Http.Response figures = http.get("/api/v1/public/courts/" + Http.encode(court) + "/transparency?from=" + today
                + "&to=" + today.plusDays(30), null, null);
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        String f = figures.body();
        assertThat(((Number) JsonPath.read(f, "$.casesOpenToQuery")).longValue()).isEqualTo(3);
        assertThat(((Number) JsonPath.read(f, "$.casesQueried")).longValue()).isEqualTo(2);
        assertThat(((Number) JsonPath.read(f, "$.queries")).longValue()).isEqualTo(4);
        assertThat(((Number) JsonPath.read(f, "$.queryRate")).doubleValue()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(((Number) JsonPath.read(f, "$.hearings")).longValue()).isEqualTo(3);
        assertThat(((Number) JsonPath.read(f, "$.liveStreamedHearings")).longValue()).isEqualTo(2);
        assertThat(((Number) JsonPath.read(f, "$.liveStreamShare")).doubleValue()).isCloseTo(2.0 / 3, within(1e-9));
        Object notices = JsonPath.read(f, "$.notices");
        assertThat(JsonPath.<List<Object>>read(f, "$.notices[?(@.channel == 'EMAIL' && @.status == 'SENT')].count")).containsExactly(2);
        assertThat(JsonPath.<List<Object>>read(f, "$.notices[?(@.channel == 'SMS' && @.status == 'SENT')].count")).containsExactly(1);
        assertThat(JsonPath.<List<Object>>read(f, "$.notices[*]")).as(String.valueOf(notices)).hasSize(2);
        // a period before any of it: nothing, and no rate (not 0%)
        String empty = http.get("/api/v1/public/courts/" + Http.encode(court) + "/transparency?from=2001-01-01&to=2001-12-31", null, null).body();
        assertThat(((Number) JsonPath.read(empty, "$.casesOpenToQuery")).longValue()).isZero();
        assertThat((Object) JsonPath.read(empty, "$.queryRate")).isNull();

        // the court-affairs page, public: figures, hearing schedule with the live streams, quota judges
        Http.Response page = http.get("/public/courts/" + Http.encode(court) + "?from=" + today + "&to=" + today.plusDays(30), null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"fig-open\">3<", "id=\"fig-queries\">4<", "66.67%", "2 / 3", cases[0][0], "第一法庭")
                .doesNotContain("甲@", "13900000001");
        assertThat(http.get("/public/courts", null, null).body()).contains(court);

        // the same figures in the statistics catalogue (issue 15, item 4): grouped, listed, on the situation-analysis page
        Http.Session office = Http.signIn(port, ADMIN, ADMIN_PW);
        String period = "court=" + Http.encode(court) + "&from=" + today + "&to=" + today.plusDays(30);
        Http.Response grouped = http.get("/api/v1/statistics?" + period + "&groupBy=procedure", ADMIN, ADMIN_PW);
        assertThat(grouped.status()).as(grouped.body()).isEqualTo(200);
        String stats = grouped.body();
        long[][] expected = {{3}, {2}, {4}, {2, 3}, {1}, {0}, {2}, {0}, {2}, {2, 3}};
        String[] codes = {"CASES_OPEN_TO_QUERY", "CASES_QUERIED", "QUERIES", "QUERY_RATE", "NOTICES_SMS_SENT",
                "NOTICES_SMS_UNDELIVERED", "NOTICES_EMAIL_SENT", "NOTICES_EMAIL_UNDELIVERED", "HEARINGS_LIVE_STREAMED",
                "HEARING_LIVE_SHARE"};
        for (int i = 0; i < codes.length; i++) {
            // the three cases share one procedure: the group's row holds them all
            List<Number> numerators = JsonPath.read(stats, "$.rows[*].indicators." + codes[i] + ".numerator");
            assertThat(numerators.stream().mapToLong(Number::longValue).sum()).as(codes[i]).isEqualTo(expected[i][0]);
            if (expected[i].length > 1) {
                List<Number> denominators = JsonPath.read(stats, "$.rows[*].indicators." + codes[i] + ".denominator");
                assertThat(denominators.stream().mapToLong(Number::longValue).sum()).as(codes[i]).isEqualTo(expected[i][1]);
            }
        }
        // the cases behind the queries: A and B, not C
        String queried = http.get("/api/v1/statistics/indicators/QUERIES/cases?" + period, ADMIN, ADMIN_PW).body();
        assertThat(JsonPath.<List<String>>read(queried, "$.cases[*].caseNumber")).containsExactlyInAnyOrder(cases[0][0], cases[1][0]);
        // each with its queries, so that the figure is the sum of the list: 3 + 1
        assertThat(JsonPath.<List<Number>>read(queried, "$.cases[?(@.caseNumber == '" + cases[0][0] + "')].events")).containsExactly(3);
        assertThat(JsonPath.<List<Number>>read(queried, "$.cases[?(@.caseNumber == '" + cases[1][0] + "')].events")).containsExactly(1);
        // 吉0102's president sees his own court's figures, not this court's: refused, the case list too
        assertThat(new Http(port).get("/api/v1/statistics/indicators/QUERIES/cases?" + period, "president",
                QuanzeIntegrationTest.DEMO_PASSWORD).status()).isEqualTo(403);
        String situation = office.get("/statistics?" + period).body().replaceAll("\\s+", " ");
        assertThat(situation).contains("id=\"process-disclosure\"", "公开查询案件数", "66.67%");
        assertThat(situation).containsPattern("id=\"row-QUERIES\">.*?<td class=\"num\">4</td>");
    }

    private String[] file(Http http, String court) {
        Http.Response r = http.post("/api/v1/cases", "application/json", ("{\"courtCode\":\"" + court + "\",\"caseType\":\"民初\","
                + "\"causeCode\":\"民间借贷纠纷\",\"parties\":[{\"role\":\"原告\",\"name\":\"甲\"},{\"role\":\"被告\",\"name\":\"乙\"}]}")
                .getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PW);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new String[] {JsonPath.read(r.body(), "$.caseNumber"), JsonPath.read(r.body(), "$.queryCode")};
    }

    private void contact(Http http, String number, String json) {
        Http.Response r = http.post("/api/v1/cases/" + Http.encode(number) + "/notice-contacts", "application/json",
                json.getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PW);
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }

    private void hearing(Http http, String number, String at, boolean live) {
        Http.Response r = http.post("/api/v1/cases/" + Http.encode(number) + "/hearings", "application/json",
                ("{\"scheduledAt\":\"" + at + "\",\"courtroom\":\"第一法庭\",\"liveStreamed\":" + live + "}").getBytes(StandardCharsets.UTF_8),
                ADMIN, ADMIN_PW);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private HttpClient party(String[] c) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/portal/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"caseNumber\":\"" + c[0] + "\",\"queryCode\":\"" + c[1] + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
