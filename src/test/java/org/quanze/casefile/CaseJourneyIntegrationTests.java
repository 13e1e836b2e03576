package org.quanze.casefile;

import static org.quanze.casefile.CaseVersions.current;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules behind the daily case journey on a real PostgreSQL: filing refuses empty and over-long input naming each
 * field; an extension request reaches the approver the law names and nobody else decides it; upper courts' offices
 * and presidents open the cases of the courts below them, and no court the cases of a court beside it.
 */
@QuanzeIntegrationTest
class CaseJourneyIntegrationTests {

    private static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired org.quanze.casefile.internal.Deadlines deadlines;
    @Autowired org.quanze.casefile.internal.CaseRepository cases;
    @LocalServerPort int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void anEmptyFilingIsRefusedNamingEachFieldAndStoresNothing() {
        long before = count();
        Http.Response empty = file("{\"courtCode\":\"吉0102\",\"caseType\":\"民初\",\"parties\":[{\"role\":\"原告\",\"name\":\"\"}]}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).contains("application/problem+json");
        assertThat(empty.body()).contains("\"field\":\"causeCode\"").contains("不能为空")
                .as("民事诉讼法 第122条: a claimant and a clear defendant").contains("\"field\":\"parties\"").contains("被告");
        assertThat(count()).as("nothing filed").isEqualTo(before);
    }

    @Test
    void anOverLongPartyNameAndAMissingDefendantAreRefused() {
        long before = count();
        String longName = "张".repeat(101);
        Http.Response r = file("{\"courtCode\":\"吉0102\",\"caseType\":\"民初\",\"causeCode\":\"民间借贷纠纷\",\"parties\":["
                + "{\"role\":\"原告\",\"name\":\"" + longName + "\"},{\"role\":\"第三人\",\"name\":\"李四\"},"
                + "{\"role\":\"原告\",\"name\":\"\",\"idNumber\":\"11010519491231002X\"}]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"parties[0].name\"").contains("不能超过 100 个字")
                .as("an ID number without a name").contains("\"field\":\"parties[2].name\"")
                .contains("\"field\":\"parties\"").contains("应至少填写一名被告");
        // 刑初 needs the accused, not a plaintiff (刑诉解释 第218条)
        Http.Response criminal = file("{\"courtCode\":\"吉0102\",\"caseType\":\"刑初\",\"causeCode\":\"盗窃罪\",\"parties\":[{\"role\":\"原告\",\"name\":\"李四\"}]}");
        assertThat(criminal.status()).isEqualTo(422);
        assertThat(criminal.body()).contains("应至少填写一名被告人");
        assertThat(count()).isEqualTo(before);
    }

    /**
     * 刑诉解释 第376条: after a conversion the criminal limit runs from the decision; a suspension recorded before the
     * conversion stays on the record and moves nothing. The deadline store used to refuse such a case, and the case
     * then counted its deadline apart from every other reader; now both read the one count.
     */
    @Test
    void aCriminalConversionAfterASuspensionKeepsOneDeadline() {
        Http.Response filed = file("{\"courtCode\":\"吉0102\",\"caseType\":\"刑初\",\"causeCode\":\"盗窃罪\",\"filedOn\":\""
                + today.minusDays(20) + "\",\"parties\":[{\"role\":\"被告人\",\"name\":\"李四\"}]}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String number = match("\"caseNumber\":\"([^\"]+)\"", filed.body());
        long id = jdbc.queryForObject("SELECT id FROM casefile.case_file WHERE case_number = ?", Long.class, number);
        jdbc.update("INSERT INTO casefile.suspension (case_id, reason, note, from_date, to_date) VALUES (?, 'PSYCHIATRIC_ASSESSMENT', '', ?, ?)",
                id, today.minusDays(15), today.minusDays(12));
        // converted today: 公诉一审 two months from the decision (刑事诉讼法 第208条), the earlier suspension before it
        jdbc.update("UPDATE casefile.case_file SET procedure = 'ORDINARY', deadline_base = ? WHERE id = ?", today, id);
        assertThat(deadlines.of(id)).as("the store counts the case").isPresent();
        assertThat(deadlines.of(id).get().dueOn()).isEqualTo(today.plusMonths(2));
        assertThat(cases.load(number).deadline()).contains(today.plusMonths(2));
    }

    /** 开庭 through the API: scheduled with time and courtroom, held once; the case is then 已开庭 and counted as 直播. */
    @Test
    void aHearingIsScheduledAndHeldOnce() {
        Http http = new Http(port);
        String number = assignedToJudge(http);
        String path = "/api/v1/cases/" + Http.encode(number) + "/hearings";
        Http.Response missing = http.post(path, "application/json", "{\"courtroom\":\"\"}".getBytes(StandardCharsets.UTF_8), "judge", PW);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"field\":\"courtroom\"");
        Http.Response scheduled = http.post(path, "application/json",
                "{\"scheduledAt\":\"2026-12-20T01:30:00Z\",\"courtroom\":\"第三法庭\",\"liveStreamed\":true}".getBytes(StandardCharsets.UTF_8),
                "judge", PW);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        long id = jdbc.queryForObject("SELECT h.id FROM casefile.hearing h JOIN casefile.case_file c ON c.id = h.case_id WHERE c.case_number = ?",
                Long.class, number);
        assertThat(http.post(path + "/" + id + "/held", "application/json", new byte[0], "judge", PW).status()).isEqualTo(200);
        assertThat(http.post(path + "/" + id + "/held", "application/json", new byte[0], "judge", PW).status()).as("held once").isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT status || '/' || hearing_live_streamed FROM casefile.case_file WHERE case_number = ?",
                String.class, number)).isEqualTo("HEARD/true");
        assertThat(jdbc.queryForList("SELECT action FROM trail.event WHERE case_number = ? ORDER BY seq", String.class, number))
                .endsWith("HEARING_SCHEDULED", "HEARING_HELD");
    }

    /**
     * 送达 through the API (民事诉讼法 第87–95条): a public notice without its reason is refused naming the field; with
     * it, the document counts as served thirty days after publication (第95条); another court's judge may not record.
     */
    @Test
    void aServiceIsRecordedAsTheLawCountsIt() {
        Http http = new Http(port);
        String number = assignedToJudge(http);
        String noReason = "{\"document\":\"开庭传票\",\"addressee\":\"某某公司\",\"method\":\"PUBLIC_NOTICE\",\"servedOn\":\"" + today + "\"}";
        Http.Response refused = post(http, "judge", number, "services", current(http, number), noReason);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"note\"", "第95条");
        assertThat(post(http, otherCourtJudge(), number, "services", current(http, number), noReason).status()).isEqualTo(403);
        Http.Response served = post(http, "judge", number, "services", current(http, number),
                noReason.replace("}", ",\"note\":\"被告下落不明，直接送达、邮寄送达均未成功\"}"));
        assertThat(served.status()).as(served.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT served_on::text FROM casefile.service s JOIN casefile.case_file c ON c.id = s.case_id WHERE c.case_number = ?",
                String.class, number)).isEqualTo(today.plusDays(30).toString());
        assertThat(jdbc.queryForList("SELECT action FROM trail.event WHERE case_number = ? ORDER BY seq", String.class, number))
                .endsWith("SERVICE_RECORDED");
    }

    @Test
    void anExtensionRequestReachesThePresidentWhoAloneDecidesIt() {
        Http http = new Http(port);
        String number = fileCivil(http);
        // 普通程序: 6 months, a first extension of up to 6 months approved by 本院院长 (民事诉讼法 第152条)
        assertThat(post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"COMPLEX\",\"procedure\":\"ORDINARY\",\"reason\":\"标的额大，案情复杂\"}").status()).isEqualTo(200);
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        assertThat(post(http, "diverter", number, "assignment", current(http, number),
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案\"}").status()).isEqualTo(200);
        // 民事诉讼法 第152条 6个月 from filing, the filing day not counted (第85条): the same day six months on, a missing
        // month-end falling to the month's last day (RULES.md "Decisions taken"); java.time's arithmetic, not the code under test
        LocalDate sixMonths = today.plusMonths(6);
        assertThat(deadline(number)).isEqualTo(sixMonths);

        assertThat(post(http, "judge", number, "extension-requests", current(http, number), "{\"months\":6}").status())
                .as("a reason is required").isEqualTo(422);
        assertThat(post(http, "judge", number, "extension-requests", current(http, number), "{\"months\":7,\"reason\":\"鉴定\"}").body())
                .as("no more than the statute allows").contains("不得超过");
        Http.Response requested = post(http, "judge", number, "extension-requests", current(http, number), "{\"months\":6,\"reason\":\"案情复杂，需补充鉴定\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.body()).contains("\"approver\":\"PRESIDENT\"");
        long id = Long.parseLong(match("\"id\":(\\d+)", requested.body()));
        assertThat(post(http, "judge", number, "extension-requests", current(http, number), "{\"months\":1,\"reason\":\"再申请\"}").status())
                .as("one request waits at a time").isEqualTo(409);

        assertThat(http.get("/api/v1/cases/extension-requests", "president", PW).body()).contains(number);
        assertThat(http.get("/api/v1/cases/extension-requests", "chief", PW).body()).doesNotContain(number);

        String decision = "/extension-requests/" + id + "/decision";
        assertThat(post(http, "chief", number, decision, null, "{\"approve\":true}").status()).as("the division chief").isEqualTo(403);
        assertThat(post(http, "judge", number, decision, null, "{\"approve\":true}").status()).as("the judge himself").isEqualTo(403);
        assertThat(post(http, otherCourtJudge(), number, decision, null, "{\"approve\":true}").status())
                .as("a judge of another court").isEqualTo(403);
        Http.Response byHigh = post(http, "highpresident", number, decision, null, "{\"approve\":true}");
        assertThat(byHigh.status()).as("the law names this court's president, not the high court's").isEqualTo(403);
        assertThat(byHigh.body()).contains("本院院长");
        assertThat(deadline(number)).isEqualTo(sixMonths);

        Http.Response approved = post(http, "president", number, decision, null, "{\"approve\":true}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"decision\":\"APPROVED\"");
        assertThat(deadline(number)).isEqualTo(today.plusMonths(12)); // 6个月 + 6个月 from filing (第152条)
        assertThat(post(http, "president", number, decision, null, "{\"approve\":true}").status()).as("decided once").isEqualTo(409);

        // a further extension is for the court above (民事诉讼法 第152条 「报请上级人民法院批准」)
        Http.Response second = post(http, "judge", number, "extension-requests", current(http, number), "{\"days\":30,\"reason\":\"仍需鉴定\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.body()).contains("\"approver\":\"UPPER_COURT\"");
        long secondId = Long.parseLong(match("\"id\":(\\d+)", second.body()));
        assertThat(post(http, "president", number, "/extension-requests/" + secondId + "/decision", null, "{\"approve\":true}").status())
                .as("this court's president may not approve the second extension").isEqualTo(403);
        // 「上级人民法院」 is the next-higher court (吉01 for 吉0102), not any court above it
        assertThat(post(http, "highpresident", number, "/extension-requests/" + secondId + "/decision", null,
                "{\"approve\":false,\"reason\":\"不是上一级法院\"}").status()).as("the high court is not the court above 吉0102").isEqualTo(403);
        String upperPresident = login(jdbc.queryForObject("""
                SELECT s.id FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉01' AND 'PRESIDENT' = ANY(s.posts) ORDER BY s.staff_no LIMIT 1""", Long.class));
        assertThat(post(http, upperPresident, number, "/extension-requests/" + secondId + "/decision", null, "{\"approve\":false}").status())
                .as("a refusal needs its reason").isEqualTo(422);
        assertThat(post(http, upperPresident, number, "/extension-requests/" + secondId + "/decision", null,
                "{\"approve\":false,\"reason\":\"鉴定可在现有审限内完成\"}").status()).isEqualTo(200);
        assertThat(deadline(number)).isEqualTo(today.plusMonths(12));

        String timeline = http.get("/api/v1/cases/" + Http.encode(number) + "/timeline", "judge", PW).body();
        assertThat(timeline).contains("EXTENSION_REQUESTED", "DEADLINE_EXTENDED", "EXTENSION_REFUSED", "鉴定可在现有审限内完成");
    }

    @Test
    void aHandlingJudgeNamedPresidingIsKeptAsPresiding() {
        Http http = new Http(port);
        String number = fileCivil(http);
        post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"COMPLEX\",\"procedure\":\"ORDINARY\",\"reason\":\"标的额大，案情复杂\"}");
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        post(http, "diverter", number, "assignment", current(http, number), "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案\"}");
        List<String> others = jdbc.queryForList("""
                SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.username = 'judge'
                JOIN organization.staff j ON j.id = a.staff_id
                WHERE s.court_id = j.court_id AND s.role = 'QUOTA_JUDGE' AND s.id <> j.id AND cardinality(s.posts) = 0
                  AND EXISTS (SELECT 1 FROM organization.quota_term q WHERE q.staff_id = s.id AND q.from_date <= current_date
                              AND (q.to_date IS NULL OR q.to_date >= current_date))
                ORDER BY s.staff_no LIMIT 2""", String.class);
        Http.Response organised = post(http, "judge", number, "trial-organisation", current(http, number), "{\"triedBy\":\"PANEL\",\"presiding\":\"" + judgeNo
                + "\",\"members\":[\"" + others.get(0) + "\",\"" + others.get(1) + "\"],\"reason\":\"合议\"}");
        assertThat(organised.status()).as(organised.body()).isEqualTo(200);
        assertThat(organised.body()).as("承办法官兼任审判长: not dropped")
                .containsPattern("\"staffNo\":\"" + Pattern.quote(judgeNo) + "\",\"name\":\"[^\"]*\",\"role\":\"HANDLING\",\"presiding\":true");
    }

    @Test
    void upperCourtsOpenTheCasesOfTheCourtsBelowButNotOfCourtsBeside() {
        Http http = new Http(port);
        String number = fileCivil(http);
        String path = "/api/v1/cases/" + Http.encode(number);
        assertThat(http.get(path, "tmo", PW).status()).as("吉's trial-management office, G-70").isEqualTo(200);
        assertThat(http.get(path, "highpresident", PW).status()).as("吉's president, G-71").isEqualTo(200);
        String beside = officeOf("吉0103");
        Http.Response refused = http.get(path, beside, PW);
        assertThat(refused.status()).as("吉0103's office may not open 吉0102's case").isEqualTo(403);
        assertThat(http.get(path, officeOf("吉0102"), PW).status()).as("吉0102's own office").isEqualTo(200);
    }

    @Test
    void theStaffSearchFindsJudgesByNameWithinTheCallersScope() {
        Http http = new Http(port);
        String name = jdbc.queryForObject("SELECT s.name FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        Http.Response found = http.get("/api/v1/staff?court=" + Http.encode("吉0102") + "&q=" + Http.encode(name) + "&role=QUOTA_JUDGE", "judge", PW);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("\"name\":\"" + name + "\"").contains("\"role\":\"QUOTA_JUDGE\"").doesNotContain("\"role\":\"CLERK\"");
        assertThat(http.get("/api/v1/staff?court=" + Http.encode("吉0103") + "&q=" + Http.encode(name.substring(0, 1)), "judge", PW).status())
                .as("a basic court's judge may not search a court beside it").isEqualTo(403);
    }

    /** A civil case, diverted and designated to the demo judge. */
    private String assignedToJudge(Http http) {
        String number = fileCivil(http);
        post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"SIMPLE\"}");
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        assertThat(post(http, "diverter", number, "assignment", current(http, number),
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案\"}").status()).isEqualTo(200);
        return number;
    }

    private String fileCivil(Http http) {
        Http.Response r = http.post("/api/v1/cases", "application/json", ("{\"courtCode\":\"吉0102\",\"caseType\":\"民初\",\"causeCode\":\"民间借贷纠纷\","
                + "\"claimAmount\":900000,\"parties\":[{\"role\":\"原告\",\"name\":\"王五\"},{\"kind\":\"LEGAL\",\"role\":\"被告\",\"name\":\"某某公司\"}]}")
                .getBytes(StandardCharsets.UTF_8), "filer", PW);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return match("\"caseNumber\":\"([^\"]+)\"", r.body());
    }

    private Http.Response file(String json) {
        return new Http(port).post("/api/v1/cases", "application/json", json.getBytes(StandardCharsets.UTF_8), "filer", PW);
    }

    private Http.Response post(Http http, String user, String number, String action, String version, String json) {
        String path = "/api/v1/cases/" + Http.encode(number) + (action.startsWith("/") ? action : "/" + action);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return version == null ? http.post(path, "application/json", body, user, PW)
                : http.post(path, "application/json", body, user, PW, version);
    }

    private LocalDate deadline(String number) {
        return jdbc.queryForObject("SELECT deadline_on FROM casefile.case_file WHERE case_number = ?", LocalDate.class, number);
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM casefile.case_file", Long.class);
    }

    /** A login for a quota judge of another basic court. */
    private String otherCourtJudge() {
        return login(jdbc.queryForObject("SELECT s.id FROM organization.staff s JOIN organization.court c ON c.id = s.court_id WHERE c.code = '吉0103' AND s.role = 'QUOTA_JUDGE' AND cardinality(s.posts) = 0 ORDER BY s.staff_no LIMIT 1", Long.class));
    }

    /** A login for someone of the court's trial-management office (审判管理办公室). */
    private String officeOf(String court) {
        return login(jdbc.queryForObject("""
                SELECT s.id FROM organization.staff s JOIN organization.department d ON d.id = s.department_id
                JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = ? AND d.name = '审判管理办公室' ORDER BY s.staff_no LIMIT 1""", Long.class, court));
    }

    private String login(long staffId) {
        List<String> existing = jdbc.queryForList("SELECT username FROM authority.account WHERE staff_id = ?", String.class, staffId);
        if (!existing.isEmpty()) return existing.get(0);
        accounts.create("journey-" + staffId, staffId, PW);
        return "journey-" + staffId;
    }

    private static String match(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
