package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 评查人才库 on a real PostgreSQL through the API: courts recommend reviewers with specialties (each wrong field named,
 * a stale edit refused), the pool is read in the caller's scope, the balanced assignment picks the least-loaded
 * qualified reviewer no conflict rule refuses and names everyone it left out, and a third-party reviewer reviews from
 * the anonymised material without the case file. The cases here are administrative (行初) and the reviewers' specialty
 * 行政, which no other test's pool has, so other tests' reviewers never change the choice.
 */
@QuanzeIntegrationTest
class ReviewerPoolIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void theBalancedAssignmentTakesTheLeastLoadedQualifiedReviewerAndAThirdPartySeesOnlyAnonymisedMaterial() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0102", 1);
        long a = ReviewTestCases.judge(jdbc, "吉02", 5);
        long b = ReviewTestCases.judge(jdbc, "吉02", 6);
        long c = ReviewTestCases.judge(jdbc, "吉0103", 1);
        Http.Response staff = http.post("/api/v1/imports/staff", "text/csv", """
                staff_no,name,court_code,department,role,posts,quota_from,quota_to,team
                RP-EXP1,外聘专家甲,吉02,,司法行政人员,,,,
                """.getBytes(StandardCharsets.UTF_8), "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        long expert = jdbc.queryForObject("SELECT id FROM organization.staff WHERE staff_no = 'RP-EXP1'", Long.class);

        // a wrong recommendation names every wrong field; nothing is stored
        Http.Response wrong = post(http, "/api/v1/reviews/pool", "{\"staffNo\":\"NO-SUCH\",\"specialties\":[],\"thirdParty\":true}", "tmo");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"staffNo\"", "\"field\":\"specialties\"", "\"field\":\"organisation\"");
        // a basic court's president does not recommend another court's judges
        assertThat(post(http, "/api/v1/reviews/pool", recommend(a, "\"ADMINISTRATIVE\"", false, null), "president").status()).isEqualTo(403);

        long poolA = id(ok(post(http, "/api/v1/reviews/pool", recommend(a, "\"ADMINISTRATIVE\"", false, null), "tmo")));
        ok(post(http, "/api/v1/reviews/pool", recommend(b, "\"ADMINISTRATIVE\",\"CIVIL\"", false, null), "tmo"));
        ok(post(http, "/api/v1/reviews/pool", recommend(c, "\"CRIMINAL\"", false, null), "tmo"));
        JsonNode e = JSON.readTree(ok(post(http, "/api/v1/reviews/pool", recommend(expert, "\"ADMINISTRATIVE\"", true, "吉林大学法学院"), "tmo")).body());
        assertThat(e.get("thirdParty").asBoolean()).isTrue();
        assertThat(post(http, "/api/v1/reviews/pool", recommend(a, "\"CIVIL\"", false, null), "tmo").status())
                .as("a reviewer is in the pool once").isEqualTo(409);

        // reads are scoped: the basic court's president sees none of 吉02's reviewers; the high court's office sees them
        assertThat(http.get("/api/v1/reviews/pool", "president", PW).body()).doesNotContain(ReviewTestCases.staffNo(jdbc, a));
        assertThat(http.get("/api/v1/reviews/pool", "tmo", PW).body()).contains(ReviewTestCases.staffNo(jdbc, a), "RP-EXP1");

        // A declares a recusal on the first case (C4); C is a criminal specialist (P2)
        String first = administrative(9751, handler);
        String second = administrative(9752, handler);
        assertThat(post(http, "/api/v1/reviews/recusals", "{\"caseNumber\":\"" + first + "\",\"reason\":\"曾代理本案\"}",
                TestCases.account(jdbc, a)).status()).isEqualTo(200);
        long r1 = enrol(http, first);
        JsonNode one = JSON.readTree(ok(post(http, "/api/v1/reviews/" + r1 + "/reviewer/balanced", "{\"version\":0}", "tmo")).body());
        // B and the expert both have no open review: the earlier in the pool, B
        assertThat(one.get("review").get("reviewerStaffId").asLong()).isEqualTo(b);
        assertThat(excluded(one)).contains(ReviewTestCases.staffNo(jdbc, a) + " C4", ReviewTestCases.staffNo(jdbc, c) + " P2");

        // the office withdraws A, on the version it saw; the same edit again is stale
        String withdraw = "{\"version\":0,\"specialties\":[\"ADMINISTRATIVE\"],\"thirdParty\":false,\"active\":false}";
        assertThat(put(http, "/api/v1/reviews/pool/" + poolA, withdraw, "tmo").status()).isEqualTo(200);
        Http.Response stale = put(http, "/api/v1/reviews/pool/" + poolA, withdraw, "tmo");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("已被他人修改");

        // B now has one open review, the expert none: the expert is chosen; A is left out as withdrawn
        long r2 = enrol(http, second);
        JsonNode two = JSON.readTree(ok(post(http, "/api/v1/reviews/" + r2 + "/reviewer/balanced", "{\"version\":0}", "tmo")).body());
        assertThat(two.get("review").get("reviewerStaffId").asLong()).isEqualTo(expert);
        assertThat(excluded(two)).contains(ReviewTestCases.staffNo(jdbc, a) + " P1");
        assertThat(http.get("/api/v1/cases/" + Http.encode(second) + "/timeline", "tmo", PW).body()).contains("REVIEW_ASSIGNED", "外聘专家甲");

        // the third-party reviewer sees the material on the review page, without parties or the case file
        String expertLogin = TestCases.account(jdbc, expert);
        String page = Http.signIn(port, expertLogin, PW).get("/reviews/" + r2).body();
        assertThat(page).contains("id=\"material\"", "id=\"anonymised\"").doesNotContain("id=\"case-file\"");
        assertThat(Http.signIn(port, expertLogin, PW).get("/cases/" + Http.encode(second)).status()).isIn(403, 404);
        assertThat(Http.signIn(port, TestCases.account(jdbc, b), PW).get("/reviews/" + r1).body()).contains("id=\"case-file\"");

        // a case no one in the pool is qualified for: a 409 naming each reviewer and the rule that left him out
        String enforcement = ReviewTestCases.insert(jdbc, "吉0102", "执", 2026, 9753, handler, null, false);
        jdbc.update("UPDATE casefile.case_file SET category = 'ENFORCEMENT' WHERE case_number = ?", enforcement);
        long r3 = enrol(http, enforcement);
        Http.Response none = post(http, "/api/v1/reviews/" + r3 + "/reviewer/balanced", "{\"version\":0}", "tmo");
        assertThat(none.status()).as(none.body()).isEqualTo(409);
        assertThat(none.body()).contains("评查人才库中没有可分派的评查人", "P2", "\"field\":\"reviewer\"");
        assertThat(post(http, "/api/v1/reviews/" + r3 + "/reviewer/balanced", "{\"version\":0}", TestCases.account(jdbc, a)).status())
                .as("a judge of another court, without the power, does not even see the review").isEqualTo(404);
        assertThat(post(http, "/api/v1/reviews/" + r3 + "/reviewer/balanced", "{\"version\":0}", TestCases.account(jdbc, handler)).status())
                .as("the handler sees the review on his case but does not assign its reviewer").isEqualTo(403);
    }

    /** An administrative first-instance case (行初) of 吉0102, closed. */
    private String administrative(int seq, long handler) {
        String number = ReviewTestCases.insert(jdbc, "吉0102", "行初", 2026, seq, handler, null, false);
        jdbc.update("UPDATE casefile.case_file SET category = 'ADMINISTRATIVE' WHERE case_number = ?", number);
        return number;
    }

    private long enrol(Http http, String number) {
        return id(ok(post(http, "/api/v1/reviews", "{\"caseNumber\":\"" + number + "\",\"kind\":\"DOCUMENT\",\"selfOrCross\":\"CROSS\"}", "tmo")));
    }

    private String recommend(long staffId, String specialties, boolean thirdParty, String organisation) {
        return "{\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, staffId) + "\",\"specialties\":[" + specialties + "],\"thirdParty\":"
                + thirdParty + (organisation == null ? "" : ",\"organisation\":\"" + organisation + "\"") + "}";
    }

    /** "staffNo rule-code" of each reviewer left out. */
    private static java.util.List<String> excluded(JsonNode balanced) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode x : balanced.get("excluded")) {
            out.add(x.get("candidate").get("staffNo").asString() + " " + x.get("rule").asString().substring(0, 2));
        }
        return out;
    }

    private static Http.Response ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private static long id(Http.Response r) {
        return JSON.readTree(r.body()).get("id").asLong();
    }

    private static Http.Response post(Http http, String path, String body, String user) {
        return http.post(path, "application/json", body.getBytes(StandardCharsets.UTF_8), user, PW);
    }

    private static Http.Response put(Http http, String path, String body, String user) {
        return http.put(path, "application/json", body.getBytes(StandardCharsets.UTF_8), "*", user, PW); // the version is in the body
    }
}
