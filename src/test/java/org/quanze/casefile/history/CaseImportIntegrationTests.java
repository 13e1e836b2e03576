package org.quanze.casefile.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History import through the API on a real PostgreSQL with the demo province (scale 0.2): stored facts, 审限
 * computed, all-or-nothing with every bad row listed, idempotent re-import, background jobs and the power check.
 * Each test uses its own case numbers, because the tests share one database.
 */
@QuanzeIntegrationTest
class CaseImportIntegrationTests {

    private static final String ADMIN = "admin";
    private static final String PATH = "/api/v1/imports/cases";

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private String judge1;
    private String judge2;

    @BeforeEach
    void quotaJudgesOfNanguan() {
        List<String> judges = jdbc.queryForList("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉0102' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 2""", String.class);
        judge1 = judges.get(0);
        judge2 = judges.get(1);
    }

    private Http.Response post(String path, String csv) {
        return new Http(port).post(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8), ADMIN,
                QuanzeIntegrationTest.ADMIN_PASSWORD);
    }

    /** The stored row; circumstances (a text[] that compares by identity once read) left out. */
    private Map<String, Object> stored(String caseNumber) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM casefile.case_file WHERE case_number = ?", caseNumber);
        row.remove("circumstances");
        return row;
    }

    @Test
    void aGoodFileIsStoredWithStatusCodesHandlerAndNumberCounter() {
        // A BOM, the columns in another order, and one column the format does not know.
        String csv = "\uFEFF" + """
                court_code,case_number,case_type,procedure,cause,claim_amount,filed_on,closed_on,close_method,handler_staff_no,tried_by,deadline_on,suspended_days,extended,appealed,upper_outcome,hearing_live_streamed,judgment_published,archived_on,remark
                吉0102,（2016）吉0102民初901号,民初,简易程序,民间借贷纠纷,50000.00,2016-04-01,2016-06-20,判决,%1$s,独任,,5,N,Y,改判,Y,公开,2016-07-01,旧系统备注
                吉0102,(2016)吉0102民初905号,民初,普通程序,离婚纠纷,,2016-05-10,,,%2$s,合议庭,2016-12-31,0,Y,N,,N,,,
                吉0102,（2016）吉0102执77号,执,,经济合同纠纷,,2016-02-01,2016-09-01,终结本次执行,%1$s,,,,N,N,,N,,,
                """.formatted(judge1, judge2);
        Http.Response response = post(PATH, csv);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"rows\":3", "\"created\":3", "\"updated\":0", "\"unchanged\":0",
                "\"unmatchedCauses\":1", "\"unmatchedCauseNames\":[\"经济合同纠纷\"]", "\"ignoredColumns\":[\"remark\"]");

        Map<String, Object> first = stored("（2016）吉0102民初901号");
        assertThat(first).containsEntry("status", "ARCHIVED").containsEntry("procedure", "SIMPLE")
                .containsEntry("category", "CIVIL").containsEntry("case_type", "民初").containsEntry("cause_code", "C4.01.022.03")
                .containsEntry("tried_by", "SOLE").containsEntry("upper_outcome", "REVERSED")
                .containsEntry("judgment_published", "PUBLISHED").containsEntry("close_method", "判决")
                .containsEntry("imported", true).containsEntry("appealed", true).containsEntry("hearing_live_streamed", true)
                .containsEntry("suspended_days", 5).containsEntry("year", 2016).containsEntry("seq", 901);
        // 民事简易程序 3个月 (民事诉讼法 第164条) + 5 suspended days.
        assertThat(first.get("deadline_on").toString()).isEqualTo("2016-07-06");

        Map<String, Object> open = stored("（2016）吉0102民初905号"); // ASCII brackets stored in the official form
        assertThat(open).containsEntry("status", "ASSIGNED").containsEntry("tried_by", "PANEL")
                .containsEntry("extended", true).containsEntry("cause_code", "C2.01.003");
        assertThat(open.get("deadline_on").toString()).isEqualTo("2016-12-31");
        assertThat(open.get("claim_amount")).isNull();

        Map<String, Object> enforcement = stored("（2016）吉0102执77号");
        assertThat(enforcement).containsEntry("status", "CLOSED").containsEntry("procedure", "ENFORCEMENT")
                .containsEntry("category", "ENFORCEMENT").containsEntry("cause_name", "经济合同纠纷");
        assertThat(enforcement.get("cause_code")).isNull();
        assertThat(enforcement.get("deadline_on").toString()).isEqualTo("2016-08-01"); // 执行 6个月 (审限规定 第5条)

        assertThat(jdbc.queryForObject("""
                SELECT s.staff_no FROM casefile.trial_member m JOIN casefile.case_file c ON c.id = m.case_id
                JOIN organization.staff s ON s.id = m.staff_id
                WHERE c.case_number = ? AND m.role = 'HANDLING' AND m.active""", String.class, "（2016）吉0102民初905号"))
                .isEqualTo(judge2);
        assertThat(jdbc.queryForObject("""
                SELECT last FROM casefile.case_number_counter WHERE court_code = '吉0102' AND case_type = '民初' AND year = 2016""",
                Integer.class)).isEqualTo(905);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'IMPORT_CASES'", Long.class))
                .isPositive();
    }

    /**
     * A reviewing row states its own result in its close method (review_result); its upper_outcome is what a still higher
     * court did to it — here a 民终 that affirmed and was then reversed on retrial. 吉02, as 吉01 is the statistics test's.
     */
    @Test
    void aReviewingCaseKeepsItsOwnResultApartFromWhatTheCourtAboveDidToIt() {
        String judge = jdbc.queryForObject("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉02' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 1""", String.class);
        String csv = """
                case_number,court_code,case_type,filed_on,closed_on,close_method,handler_staff_no,upper_outcome
                （2016）吉02民终901号,吉02,民终,2016-03-01,2016-05-01,改判,%1$s,
                （2016）吉02民终902号,吉02,民终,2016-03-01,2016-05-01,维持,%1$s,改判
                （2016）吉02民终903号,吉02,民终,2016-03-01,2016-05-01,判决,%1$s,
                """.formatted(judge);
        Http.Response response = post(PATH, csv);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":3");
        assertThat(stored("（2016）吉02民终901号")).containsEntry("review_result", "REVERSED").containsEntry("upper_outcome", null);
        assertThat(stored("（2016）吉02民终902号")).containsEntry("review_result", "AFFIRMED").containsEntry("upper_outcome", "REVERSED");
        assertThat(stored("（2016）吉02民终903号")).containsEntry("review_result", null).containsEntry("upper_outcome", null);
        assertThat(post(PATH, csv).body()).contains("\"unchanged\":3");
    }

    @Test
    void aCaseWithoutDeadlineGetsTheStatutoryOne() {
        String csv = """
                case_number,court_code,case_type,procedure,filed_on,handler_staff_no
                （2017）吉0102民初9101号,吉0102,民初,普通程序,2017-03-15,%s
                """.formatted(judge1);
        Http.Response response = post(PATH, csv);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"computedDeadlines\":1");
        // 民事一审普通程序 6个月 from filing, the filing day not counted (民事诉讼法 第152条、第85条).
        assertThat(stored("（2017）吉0102民初9101号").get("deadline_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2017, 9, 15)));
    }

    /**
     * Issue 12: a missing deadline follows the case's facts, not its type alone, and the facts are stored with the case.
     * Due dates worked out by hand: 自诉, defendant at liberty, 6个月 (刑事诉讼法 第212条第2款); filed on a month's last
     * day, 2个月 end on a month's last day (刑事诉讼法 第208条; 刑诉解释 第202条); 涉外 has no limit (民事诉讼法 第287条);
     * an appeal against a ruling 30日 (第183条第2款). 吉02, as 吉01 is the statistics test's.
     */
    @Test
    void aCaseWithoutDeadlineGetsTheDeadlineOfItsFacts() {
        String judge02 = jdbc.queryForObject("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉02' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 1""", String.class);
        String csv = """
                case_number,court_code,case_type,filed_on,handler_staff_no,case_flags
                （2017）吉0102刑初9201号,吉0102,刑初,2017-03-15,%1$s,自诉案件;被告人未被羁押
                （2017）吉0102刑初9202号,吉0102,刑初,2017-02-28,%1$s,
                （2017）吉0102民初9203号,吉0102,民初,2017-03-15,%1$s,涉外
                （2017）吉02民终9204号,吉02,民终,2017-03-15,%2$s,对裁定的上诉
                """.formatted(judge1, judge02);
        Http.Response response = post(PATH, csv);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":4", "\"computedDeadlines\":3");
        assertThat(deadlineAndFacts("（2017）吉0102刑初9201号")).isEqualTo("2017-09-15 PRIVATE_PROSECUTION,DEFENDANT_NOT_DETAINED");
        assertThat(deadlineAndFacts("（2017）吉0102刑初9202号")).isEqualTo("2017-04-30 ");
        assertThat(deadlineAndFacts("（2017）吉0102民初9203号")).isEqualTo("- FOREIGN_RELATED");
        assertThat(deadlineAndFacts("（2017）吉02民终9204号")).isEqualTo("2017-04-14 RULING_APPEAL");
        assertThat(post(PATH, csv).body()).contains("\"unchanged\":4");
    }

    private String deadlineAndFacts(String caseNumber) {
        return jdbc.queryForObject("""
                SELECT coalesce(deadline_on::text, '-') || ' ' || array_to_string(circumstances, ',')
                FROM casefile.case_file WHERE case_number = ?""", String.class, caseNumber);
    }

    @Test
    void aFileWithAnyBadRowStoresNothingAndListsEveryBadRow() {
        String csv = """
                case_number,court_code,case_type,procedure,filed_on,closed_on,close_method,handler_staff_no,extended
                （2015）吉0102民初1号,吉0102,民初,普通程序,2015-03-01,,,%1$s,N
                （2015）吉0102民初2号,吉0102,民终,,2015-03-01,,,%1$s,N
                （2015）吉0102民初3号,吉0102,民初,普通程序,2015-03-01,2015-02-01,判决,%1$s,N
                （2015）吉0102民初4号,吉0102,民初,普通程序,2015-03-01,2015-04-01,,无此人,是
                （2015）吉0102民初1号,吉0102,民初,普通程序,2015-03-01,,,%1$s,N
                （2014）吉0102民初5号,吉0102,民初,普通程序,2015-03-01,,,%1$s,N
                """.formatted(judge1);
        Http.Response response = post(PATH, csv);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("import.cases.invalid")
                .contains("{\"row\":2,\"field\":\"case_number\"")   // 类型代字 ≠ case_type (法〔2015〕137号 第7条)
                .contains("{\"row\":3,\"field\":\"closed_on\"")     // closed before filed
                .contains("{\"row\":4,\"field\":\"close_method\"")  // closed without a method
                .contains("{\"row\":4,\"field\":\"handler_staff_no\"")
                .contains("{\"row\":4,\"field\":\"extended\"")
                .contains("{\"row\":5,\"field\":\"case_number\"")   // duplicate of row 1
                .contains("{\"row\":6,\"field\":\"case_number\"")   // 收案年度 ≠ filing year
                .doesNotContain("\"row\":1,");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.case_file WHERE year IN (2014, 2015)", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM casefile.case_number_counter WHERE court_code = '吉0102' AND year = 2015""", Long.class))
                .isZero();
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowIsUpdated() {
        String csv = """
                case_number,court_code,case_type,filed_on,handler_staff_no,closed_on,close_method
                （2013）吉0102民初11号,吉0102,民初,2013-05-01,%1$s,2013-08-01,调解
                （2013）吉0102民初12号,吉0102,民初,2013-05-02,%1$s,,
                """;
        assertThat(post(PATH, csv.formatted(judge1)).body()).contains("\"created\":2");
        Map<String, Object> before = stored("（2013）吉0102民初12号");

        Http.Response again = post(PATH, csv.formatted(judge1));
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":2");
        assertThat(stored("（2013）吉0102民初12号")).isEqualTo(before);

        Http.Response changed = post(PATH, csv.formatted(judge2));
        assertThat(changed.body()).contains("\"created\":0", "\"updated\":2", "\"unchanged\":0");
        assertThat(stored("（2013）吉0102民初12号")).containsEntry("version", 1);
        assertThat(jdbc.queryForList("""
                SELECT s.staff_no || ':' || m.active FROM casefile.trial_member m
                JOIN casefile.case_file c ON c.id = m.case_id JOIN organization.staff s ON s.id = m.staff_id
                WHERE c.case_number = ? ORDER BY m.id""", String.class, "（2013）吉0102民初12号"))
                .containsExactly(judge1 + ":false", judge2 + ":true");
    }

    @Test
    void aCaseFiledInQuanzeIsNotOverwrittenByHistory() {
        jdbc.update("""
                INSERT INTO casefile.case_file (case_number, year, seq, court_id, court_code, case_type, category, procedure,
                    status, filed_on)
                SELECT '（2012）吉0102民初1号', 2012, 1, id, code, '民初', 'CIVIL', 'ORDINARY', 'FILED', DATE '2012-01-05'
                FROM organization.court WHERE code = '吉0102'""");
        Http.Response response = post(PATH, """
                case_number,court_code,case_type,filed_on,handler_staff_no
                （2012）吉0102民初1号,吉0102,民初,2012-01-05,%s
                """.formatted(judge1));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("已在本系统立案");
        assertThat(stored("（2012）吉0102民初1号")).containsEntry("imported", false).containsEntry("status", "FILED");
    }

    @Test
    void anAsyncImportAnswersAtOnceAndItsJobCanBePolled() throws Exception {
        String csv = """
                case_number,court_code,case_type,filed_on,handler_staff_no
                （2011）吉0102民初1号,吉0102,民初,2011-05-01,%1$s
                （2011）吉0102民初2号,吉0102,民初,2011-05-02,%1$s
                """.formatted(judge1);
        HttpResponse<String> accepted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + PATH + "?async=true"))
                .header("Content-Type", "text/csv").header("Authorization", basic(ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/imports/jobs/");
        assertThat(accepted.body()).contains("\"address\":\"" + location + "\"");

        String job = poll(location);
        assertThat(job).contains("\"status\":\"DONE\"", "\"owner\":\"admin\"", "\"created\":2", "\"done\":2", "\"total\":2");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.case_file WHERE year = 2011", Long.class)).isEqualTo(2);

        Http.Response bad = post(PATH + "?async=true", """
                case_number,court_code,case_type,filed_on,handler_staff_no
                （2010）吉0102民初1号,吉0102,民初,2010-13-01,%s
                """.formatted(judge1));
        assertThat(bad.status()).isEqualTo(202);
        String failed = poll(bad.body().replaceAll(".*\"address\":\"([^\"]+)\".*", "$1"));
        assertThat(failed).contains("\"status\":\"FAILED\"", "{\"row\":1,\"field\":\"filed_on\"");
    }

    @Test
    void onlyAHolderOfTheImportPowerMayImport() {
        Http.Response response = new Http(port).post(PATH, "text/csv",
                "case_number,court_code,case_type,filed_on,handler_staff_no\n".getBytes(StandardCharsets.UTF_8),
                "judge", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void thePageRunsTheImportInTheBackgroundAndShowsItsProgressFragment() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + QuanzeIntegrationTest.ADMIN_PASSWORD
                        + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/cases/import")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("历史案件导入", "case-import-file");
        String pageCsrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        String boundary = "----quanze" + System.nanoTime();
        String file = """
                case_number,court_code,case_type,filed_on,handler_staff_no
                （2009）吉0102民初1号,吉0102,民初,2009-05-01,%s
                """.formatted(judge1);
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + pageCsrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"history.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(base + "/cases/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String jobId = posted.headers().firstValue("Location").orElseThrow().replaceAll(".*job=", "");

        String fragment = "";
        for (int i = 0; i < 100 && !fragment.contains("case-import-result"); i++) {
            Thread.sleep(100);
            fragment = browser.send(HttpRequest.newBuilder(URI.create(base + "/cases/import/jobs/" + jobId))
                    .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        assertThat(fragment).contains("id=\"case-import-job\"", "已完成", "新增 1").doesNotContain("<html");
        String again = browser.send(HttpRequest.newBuilder(URI.create(base + "/cases/import?job=" + jobId)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(again).contains("history.csv", "admin");
    }

    private String poll(String location) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Http.Response job = new Http(port).get(location, ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
            assertThat(job.status()).isEqualTo(200);
            if (!job.body().contains("\"status\":\"RUNNING\"")) return job.body();
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish: " + location);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
