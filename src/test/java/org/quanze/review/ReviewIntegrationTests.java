package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
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
 * 案件评查 on a real PostgreSQL through the API: a 发改指 case enrolled when the higher court's outcome is recorded,
 * the conflict rules refusing reviewers by name, the form deciding the result, two-way review from the lower court,
 * a dispute taken to the committee, and the concluded review as evaluation reads it.
 */
@QuanzeIntegrationTest
class ReviewIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcTemplate jdbc;
    @Autowired Reviews reviews;
    @LocalServerPort int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aReversedCaseIsEnrolledReviewedAndItsDisputeGoesUpAndToTheCommittee() {
        Http http = new Http(port);
        long lowerJudge = ReviewTestCases.judge(jdbc, "吉0102", 3);
        long upperJudge = ReviewTestCases.judge(jdbc, "吉01", 0);
        long reviewer = ReviewTestCases.judge(jdbc, "吉01", 1);
        String original = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2026, 9701, lowerJudge, null, false);
        String appeal = ReviewTestCases.insert(jdbc, "吉01", "民终", 2026, 9701, upperJudge, null, true);

        // the intermediate court reverses: 改判 on the appeal names the original case
        String upper = TestCases.account(jdbc, upperJudge);
        Http.Response closed = http.post("/api/v1/cases/" + Http.encode(appeal) + "/closing", "application/json",
                json("{\"closedOn\":\"" + today + "\",\"closeMethod\":\"改判\",\"originalCaseNumber\":\"" + original + "\"}"), upper, PW, "0");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        Map<String, Object> review = jdbc.queryForMap("SELECT * FROM review.review WHERE case_number = ? AND kind = 'KEY'", original);
        assertThat(review).containsEntry("status", "ENROLLED")
                .containsEntry("reviewing_court_id", courtId("吉01")).containsEntry("case_court_id", courtId("吉0102"));
        assertThat(jdbc.queryForObject("SELECT reason FROM review.key_candidate WHERE case_number = ?", String.class, original)).isEqualTo("REVERSED");
        assertThat(http.get("/api/v1/cases/" + Http.encode(original) + "/timeline", "tmo", PW).body()).contains("REVIEW_ENROLLED");
        long id = ((Number) review.get("id")).longValue();
        assertThat(http.get("/api/v1/reviews?status=ENROLLED", "tmo", PW).body()).contains(original);
        assertThat(http.get("/api/v1/reviews", "judge", PW).body()).as("a judge without the power sees none but his own").doesNotContain(original);

        // C1: the original case's own judge may not review it
        Http.Response own = post(http, "/api/v1/reviews/" + id + "/reviewer",
                "{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, lowerJudge) + "\"}", "tmo");
        assertThat(own.status()).as(own.body()).isEqualTo(409);
        assertThat(own.body()).contains("C1");
        assertThat(post(http, "/api/v1/reviews/" + id + "/reviewer",
                "{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, reviewer) + "\"}", "judge").status())
                .as("a judge outside the case and the office does not even see the review").isEqualTo(404);
        Http.Response assigned = post(http, "/api/v1/reviews/" + id + "/reviewer",
                "{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, reviewer) + "\"}", "tmo");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        // the reviewer's form: a wrong form names every wrong field; the result follows from the flaws
        String reviewerLogin = TestCases.account(jdbc, reviewer);
        Http.Response wrong = post(http, "/api/v1/reviews/" + id + "/conclusion",
                "{\"version\":1,\"findings\":{\"X-99\":\"\"},\"report\":\" \"}", reviewerLogin);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"findings\"").contains("\"field\":\"report\"").contains("X-99");
        assertThat(post(http, "/api/v1/reviews/" + id + "/conclusion",
                "{\"version\":1,\"findings\":{\"S-01\":\"借款数额认定无据\"},\"report\":\"评析：认定事实不清\"}", "tmo").status())
                .as("only the assigned reviewer fills the form").isEqualTo(403);
        Http.Response concluded = post(http, "/api/v1/reviews/" + id + "/conclusion",
                "{\"version\":1,\"findings\":{\"S-01\":\"借款数额认定无据\",\"D-02\":\"\"},\"report\":\"评析：认定事实不清\"}", reviewerLogin);
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
        assertThat(field(concluded, "result")).isEqualTo("UNQUALIFIED");
        assertThat(field(concluded, "points")).isEqualTo("21");
        assertThat(reviews.concluded(Set.of(courtId("吉0102")), today, today))
                .anySatisfy(r -> assertThat(r.caseNumber()).isEqualTo(original));

        // the handler answers; the basic court disagrees and applies to its intermediate court
        String lower = TestCases.account(jdbc, lowerJudge);
        assertThat(post(http, "/api/v1/reviews/" + id + "/answer", "{\"version\":2,\"text\":\"已组织学习\"}", lower).status()).isEqualTo(200);
        assertThat(post(http, "/api/v1/reviews/" + id + "/two-way", "{\"version\":3,\"text\":\"不同意\"}", lower).status())
                .as("the handler sees the review but does not apply for his court").isEqualTo(403);
        Http.Response twoWay = post(http, "/api/v1/reviews/" + id + "/two-way", "{\"version\":3,\"text\":\"原审认定有据\"}", "president");
        assertThat(twoWay.status()).as(twoWay.body()).isEqualTo(200);
        assertThat(field(twoWay, "twoWay")).isEqualTo("BASIC_TO_INTERMEDIATE");

        // the dispute goes to the reviewing court's committee (recorded here and counted as 上审委会研究)
        assertThat(post(http, "/api/v1/reviews/" + id + "/committee", "{\"version\":4,\"text\":\"评查结论争议\"}", "president").status())
                .as("the lower court's president does not refer for the reviewing court").isEqualTo(403);
        Http.Response referred = post(http, "/api/v1/reviews/" + id + "/committee", "{\"version\":4,\"text\":\"评查结论争议\"}", "tmo");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        assertThat(field(referred, "committeeStudied")).isEqualTo("true");
        // on the reviewing court's committee: a non-case topic (总结审判工作经验) waiting for the president's approval
        Map<String, Object> topic = jdbc.queryForMap("""
                SELECT i.kind, i.case_number, i.meeting_id, i.report, b.court_code, b.kind AS body FROM review.review r
                JOIN deliberation.agenda_item i ON i.id = r.committee_item_id JOIN deliberation.body b ON b.id = i.body_id
                WHERE r.id = ?""", id);
        assertThat(topic).containsEntry("kind", "EXPERIENCE").containsEntry("court_code", "吉01").containsEntry("body", "COMMITTEE");
        assertThat(topic.get("meeting_id")).as("waits for the president's approval").isNull();
        assertThat((String) topic.get("report")).contains("评查结果：不合格", "基层法院向中院申请", "评查结论争议");
        assertThat(post(http, "/api/v1/reviews/" + id + "/committee", "{\"version\":5,\"text\":\"再次提请\"}", "tmo").status())
                .as("referred once").isEqualTo(409);
        assertThat(http.get("/api/v1/cases/" + Http.encode(original) + "/timeline", "tmo", PW).body())
                .contains("REVIEW_ASSIGNED", "REVIEW_CONCLUDED", "REVIEW_ANSWERED", "REVIEW_TWO_WAY_APPLIED", "REVIEW_REFERRED_TO_COMMITTEE");
    }

    @Test
    void crossReviewNeverReviewsOnesOwnCourtAndEachRefusalNamesItsRule() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0102", 4);
        long teamless = ReviewTestCases.judge(jdbc, "吉0102", 5);
        long outsider = ReviewTestCases.judge(jdbc, "吉02", 2);
        String number = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2026, 9702, handler, null, false);

        Http.Response ownCourt = post(http, "/api/v1/reviews", "{\"caseNumber\":\"" + number + "\",\"kind\":\"DOCUMENT\",\"selfOrCross\":\"CROSS\"}", "president");
        assertThat(ownCourt.status()).as(ownCourt.body()).isEqualTo(409);
        assertThat(ownCourt.body()).contains("C2", "互查不得评查本院案件");

        Http.Response enrolled = post(http, "/api/v1/reviews", "{\"caseNumber\":\"" + number + "\",\"kind\":\"DOCUMENT\",\"selfOrCross\":\"CROSS\"}", "tmo");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        long id = Long.parseLong(field(enrolled, "id"));
        Http.Response sameCourt = post(http, "/api/v1/reviews/" + id + "/reviewer",
                "{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, teamless) + "\"}", "tmo");
        assertThat(sameCourt.status()).isEqualTo(409);
        assertThat(sameCourt.body()).contains("C2");

        // C4: a declared recusal
        String outsiderLogin = TestCases.account(jdbc, outsider);
        assertThat(post(http, "/api/v1/reviews/recusals", "{\"caseNumber\":\"" + number + "\",\"reason\":\"与当事人有亲属关系\"}", outsiderLogin).status()).isEqualTo(200);
        Http.Response recused = post(http, "/api/v1/reviews/" + id + "/reviewer",
                "{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, outsider) + "\"}", "tmo");
        assertThat(recused.status()).isEqualTo(409);
        assertThat(recused.body()).contains("C4");

        long another = ReviewTestCases.judge(jdbc, "吉02", 3);
        assertThat(post(http, "/api/v1/reviews/" + id + "/reviewer",
                "{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, another) + "\"}", "tmo").status()).isEqualTo(200);

        // reads are scoped: a judge of another court who is not the reviewer does not learn the review exists
        assertThat(http.get("/api/v1/reviews/" + id, outsiderLogin, PW).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/reviews/" + id, TestCases.account(jdbc, another), PW).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/reviews/" + id, "tmo", PW).status()).isEqualTo(200);
    }

    /**
     * 信访: a case the office flags for petitions is enrolled for key review by the office's court, and the ledger counts
     * it as due and enrolled (应纳入评查, 纳入评查) but not as 被发改指; flagged again it is refused, naming its review.
     */
    @Test
    void aCaseFlaggedForPetitionsIsEnrolledForKeyReviewAndCountedAsDueButNotAsReversed() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0103", 0);
        String number = ReviewTestCases.insert(jdbc, "吉0103", "民初", 2026, 9771, handler, null, false);
        String table = "/api/v1/reviews/statistics?court=" + Http.encode("吉") + "&from=" + today + "&to=" + today;
        JsonNode before = row(http.get(table, "tmo", PW).body(), "吉01");

        Http.Response wrong = post(http, "/api/v1/reviews/petitions", "{\"caseNumber\":\"（2026）吉0103民初1号X\",\"reference\":\" \"}", "tmo");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"caseNumber\"", "\"field\":\"reference\"");
        assertThat(post(http, "/api/v1/reviews/petitions", "{\"caseNumber\":\"" + number + "\",\"reference\":\"吉信2026-17\"}", "president").status())
                .as("another basic court's president does not flag this court's case").isEqualTo(403);
        Http.Response flagged = post(http, "/api/v1/reviews/petitions", "{\"caseNumber\":\"" + number + "\",\"reference\":\"吉信2026-17\"}", "tmo");
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(200);
        long id = Long.parseLong(field(flagged, "id"));
        assertThat(jdbc.queryForMap("SELECT kind, reason, reviewing_court_id FROM review.review WHERE id = ?", id))
                .containsEntry("kind", "KEY").containsEntry("reason", "信访：吉信2026-17").containsEntry("reviewing_court_id", courtId("吉"));
        assertThat(jdbc.queryForObject("SELECT reason FROM review.key_candidate WHERE case_number = ?", String.class, number)).isEqualTo("PETITION");
        assertThat(http.get("/api/v1/cases/" + Http.encode(number) + "/timeline", "tmo", PW).body()).contains("REVIEW_ENROLLED", "吉信2026-17");

        JsonNode after = row(http.get(table, "tmo", PW).body(), "吉01");
        for (String figure : new String[] {"SHOULD_ENROL", "ENROLLED", "KEY_REVIEWS", "IN_PROGRESS"}) {
            assertThat(after.get(figure).asLong() - before.get(figure).asLong()).as(figure).isEqualTo(1);
        }
        for (String figure : new String[] {"REVERSED", "NOT_ENROLLED"}) {
            assertThat(after.get(figure).asLong() - before.get(figure).asLong()).as(figure).isZero();
        }

        Http.Response again = post(http, "/api/v1/reviews/petitions", "{\"caseNumber\":\"" + number + "\",\"reference\":\"吉信2026-18\"}", "tmo");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("本案已纳入重点评查（第 " + id + " 号）");
    }

    private static JsonNode row(String body, String key) {
        for (JsonNode r : JSON.readTree(body).get("rows")) {
            if (r.get("key").asString().equals(key)) return r.get("figures");
        }
        throw new AssertionError("no row " + key + " in " + body);
    }

    /**
     * 上审委会研究 on the real agenda: a basic court's president refers his court's self-review to its committee; the
     * topic waits on the committee's list and he, as the president, puts it on a meeting's agenda.
     */
    @Test
    void aReferredDisputeIsPutOnTheCommitteesAgendaByThePresident() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0102", 3);
        String number = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2026, 9791, handler, null, false);
        long id = Long.parseLong(field(post(http, "/api/v1/reviews",
                "{\"caseNumber\":\"" + number + "\",\"kind\":\"DOCUMENT\",\"selfOrCross\":\"SELF\"}", "president"), "id"));
        Http.Response referred = post(http, "/api/v1/reviews/" + id + "/committee", "{\"version\":0,\"text\":\"文书说理标准不一\"}", "president");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        long item = jdbc.queryForObject("SELECT committee_item_id FROM review.review WHERE id = ?", Long.class, id);

        Http.Response meeting = post(http, "/api/v1/committee/" + Http.encode("吉0102") + "/meetings", "{\"heldOn\":\"" + today + "\"}", "president");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
        long meetingId = Long.parseLong(field(meeting, "id"));
        Http.Response scheduled = post(http, "/api/v1/meetings/" + meetingId + "/agenda/" + item, "", "president");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT meeting_id FROM deliberation.agenda_item WHERE id = ?", Long.class, item)).isEqualTo(meetingId);
        assertThat(http.get("/api/v1/meetings/" + meetingId, "president", PW).body()).contains("案件评查争议：" + number);
    }

    /** History imported without outcome events: the office registers its 发改指 cases, and the ledger shows them not enrolled. */
    @Test
    void historyReversedCasesAreRegisteredAsDueAndShownAsNotEnrolled() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0102", 2);
        String number = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2021, 9731, handler, "REMANDED", false);
        assertThat(post(http, "/api/v1/reviews/candidates", "{}", "judge").status()).isEqualTo(403);
        Http.Response registered = post(http, "/api/v1/reviews/candidates", "{}", "tmo");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT reason || ' ' || recorded_on FROM review.key_candidate WHERE case_number = ?", String.class, number))
                .as("dated by its own closing: no reviewing case names it").isEqualTo("REMANDED 2021-02-05");
        JsonNode total = JSON.readTree(http.get("/api/v1/reviews/statistics?court=" + Http.encode("吉01") + "&from=2021-01-01&to=2021-12-31",
                "tmo", PW).body()).get("rows").get(0).get("figures");
        assertThat(total.get("SHOULD_ENROL").asLong()).isEqualTo(1);
        assertThat(total.get("NOT_ENROLLED").asLong()).isEqualTo(1);
        assertThat(total.get("ENROLLED").asLong()).isZero();
    }

    /**
     * 常规评查: the routine checks find a closed case not archived in time and its judgment not published;
     * the handler answers; archiving fixes R-01 at the next run; R-03 still open after its date is what evaluation
     * deducts for.
     */
    @Test
    void routineChecksFindNotifyAndMarkFixedAndTheUnfixedReachEvaluation() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0103", 0);
        String number = ReviewTestCases.insert(jdbc, "吉0103", "民初", 2025, 9741, handler, null, false);
        assertThat(http.post("/api/v1/reviews/routine-checks?court=" + Http.encode("吉0103"), "application/json", json("{}"), "president", PW).status())
                .as("another court's president may not run its checks").isEqualTo(403);
        Http.Response run = http.post("/api/v1/reviews/routine-checks?court=" + Http.encode("吉0103"), "application/json", json("{}"), "tmo", PW);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        Map<String, Long> findings = new java.util.TreeMap<>();
        jdbc.queryForList("SELECT rule_code, id FROM review.routine_finding WHERE case_number = ?", number)
                .forEach(r -> findings.put((String) r.get("rule_code"), ((Number) r.get("id")).longValue()));
        assertThat(findings).containsOnlyKeys("R-01", "R-03");

        String login = TestCases.account(jdbc, handler);
        Http.Response answered = post(http, "/api/v1/reviews/routine-findings/" + findings.get("R-01") + "/answer", "{\"version\":0,\"text\":\"已移交档案室\"}", login);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/reviews/routine-findings", login, PW).body()).contains(number, "已移交档案室");

        jdbc.update("UPDATE casefile.case_file SET archived_on = closed_on + 100 WHERE case_number = ?", number);
        assertThat(http.post("/api/v1/reviews/routine-checks?court=" + Http.encode("吉0103"), "application/json", json("{}"), "tmo", PW).body())
                .contains("\"fixed\":1");
        assertThat(jdbc.queryForObject("SELECT fixed_on IS NOT NULL FROM review.routine_finding WHERE id = ?", Boolean.class, findings.get("R-01"))).isTrue();

        LocalDate due = jdbc.queryForObject("SELECT due_on FROM review.routine_finding WHERE id = ?", LocalDate.class, findings.get("R-03"));
        assertThat(reviews.unfixedRoutineFindings(Set.of(courtId("吉0103")), due.plusDays(1)))
                .filteredOn(f -> f.caseNumber().equals(number)).extracting(Reviews.UnfixedFinding::ruleCode).containsExactly("R-03");
        assertThat(reviews.unfixedRoutineFindings(Set.of(courtId("吉0103")), due))
                .as("not before its date").noneMatch(f -> f.caseNumber().equals(number));
    }

    /**
     * 专项评查 and 上网裁判文书评查 as tasks: a sample per court drawn from the scope; in a cross-review every case is
     * reviewed by another court of its level, never its own; a special review by the court that set it.
     */
    @Test
    void tasksSampleTheScopeAndCrossReviewNeverFallsOnTheCasesOwnCourt() {
        Http http = new Http(port);
        String body = """
                {"kind":"DOCUMENT","title":"2025年度上网裁判文书互查","court":"吉01","caseType":"民初","causeCode":"","closedFrom":"2025-01-01",
                 "closedTo":"2025-12-31","upperOutcome":"","publishedOnly":false,"sample":2,"perCourt":true,"selfOrCross":"CROSS","deadline":"%s"}"""
                .formatted(today.plusMonths(2));
        assertThat(post(http, "/api/v1/reviews/tasks", body, "president").status()).as("a basic court sets no task for its intermediate court").isEqualTo(403);
        Http.Response task = post(http, "/api/v1/reviews/tasks", body, "tmo");
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        long id = Long.parseLong(field(task, "id"));
        java.util.List<Map<String, Object>> enrolled = jdbc.queryForList(
                "SELECT case_court_id, reviewing_court_id, kind, self_or_cross FROM review.review WHERE task_id = ?", id);
        assertThat(enrolled).hasSize(Integer.parseInt(field(task, "enrolled"))).isNotEmpty();
        assertThat(enrolled).allSatisfy(r -> {
            assertThat(r.get("reviewing_court_id")).as("互查 never its own court").isNotEqualTo(r.get("case_court_id"));
            assertThat(r).containsEntry("kind", "DOCUMENT").containsEntry("self_or_cross", "CROSS");
        });
        Map<Object, Long> perCourt = enrolled.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.get("case_court_id"),
                java.util.stream.Collectors.counting()));
        assertThat(perCourt.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));

        Http.Response special = post(http, "/api/v1/reviews/tasks", """
                {"kind":"SPECIAL","title":"发回重审案件专项评查","court":"吉0103","caseType":"","causeCode":"","closedFrom":"2025-01-01",
                 "closedTo":"2026-12-31","upperOutcome":"","publishedOnly":false,"sample":3,"perCourt":false,"selfOrCross":null,"deadline":"%s"}"""
                .formatted(today.plusMonths(1)), "tmo");
        assertThat(special.status()).as(special.body()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT reviewing_court_id FROM review.review WHERE task_id = ?", Long.class, Long.parseLong(field(special, "id"))))
                .hasSize(3).containsOnly(courtId("吉"));
        Http.Response wrong = post(http, "/api/v1/reviews/tasks", """
                {"kind":"DOCUMENT","title":" ","court":"吉01","caseType":"","causeCode":"","closedFrom":"2025-01-01",
                 "closedTo":"2024-12-31","upperOutcome":"","publishedOnly":false,"sample":1,"perCourt":true,"selfOrCross":null,"deadline":"2020-01-01"}""", "tmo");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"title\"", "\"field\":\"closedTo\"", "\"field\":\"deadline\"", "\"field\":\"selfOrCross\"");
    }

    private long courtId(String code) {
        return jdbc.queryForObject("SELECT id FROM organization.court WHERE code = ?", Long.class, code);
    }

    private static Http.Response post(Http http, String path, String body, String user) {
        return http.post(path, "application/json", json(body), user, PW);
    }

    static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String field(Http.Response r, String name) {
        JsonNode node = JSON.readTree(r.body()).get(name);
        return node == null || node.isNull() ? null : node.asString();
    }
}
