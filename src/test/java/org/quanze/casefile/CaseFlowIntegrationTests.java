package org.quanze.casefile;

import static org.quanze.casefile.CaseVersions.current;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case flow through the API on a real PostgreSQL: filing → diversion → assignment → signing → closing. */
@QuanzeIntegrationTest
class CaseFlowIntegrationTests {

    private static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @LocalServerPort int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aCaseGoesFromFilingToClosingAndOnlyItsJudgesSign() {
        Http http = new Http(port);
        String number = file(http, "民初", "民间借贷纠纷", "请求偿还借款");
        assertThat(number).matches("（" + today.getYear() + "）吉0102民初\\d+号");
        assertThat(jdbc.queryForObject("SELECT id_masked FROM casefile.party p JOIN casefile.case_file c ON c.id = p.case_id WHERE c.case_number = ? AND p.role = '原告'",
                String.class, number)).isEqualTo("**************002X");

        assertThat(post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"SIMPLE\"}").status()).isEqualTo(200);
        // Designated, so that the court's leaders are certainly not on the case (a random draw may pick them: 院庭长办案).
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        Http.Response noReason = post(http, "diverter", number, "assignment", current(http, number), "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\"}");
        assertThat(noReason.status()).as("designated assignment needs a reason").isEqualTo(422);
        Http.Response assigned = post(http, "diverter", number, "assignment", current(http, number),
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案由同一法官审理\"}");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body()).contains("\"status\":\"ASSIGNED\"").contains("\"procedure\":\"SIMPLE\"")
                .contains("\"deadline\":\"" + today.plusMonths(3) + "\"");
        String handler = login(number);

        Http.Response byPresident = post(http, "president", number, "judgment", current(http, number), null);
        assertThat(byPresident.status()).as("a leader who did not hear the case cannot sign").isEqualTo(403);
        assertThat(byPresident.body()).contains("\"rule\":\"N-03\"");
        assertThat(post(http, handler, number, "judgment", current(http, number), null).status()).isEqualTo(200);

        Http.Response early = post(http, handler, number, "closing", current(http, number),
                "{\"closedOn\":\"" + today.minusYears(1) + "\",\"closeMethod\":\"判决\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("\"field\":\"closedOn\"").contains("早于立案日期");
        Http.Response closed = post(http, handler, number, "closing", current(http, number), "{\"closedOn\":\"" + today + "\",\"closeMethod\":\"判决\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body()).contains("\"status\":\"CLOSED\"").contains("\"closeMethod\":\"判决\"");

        Http.Response timeline = http.get("/api/v1/cases/" + Http.encode(number) + "/timeline", handler, PW);
        assertThat(timeline.body()).contains("CASE_FILED", "CASE_DIVERTED", "CASE_DESIGNATED", "JUDGMENT_SIGNED", "CASE_CLOSED")
                .contains("串案由同一法官审理");
    }

    @Test
    void aWrongIdCheckDigitStoresNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM casefile.case_file", Long.class);
        Http.Response r = new Http(port).post("/api/v1/cases", "application/json", """
                {"courtCode":"吉0102","caseType":"民初","causeCode":"离婚纠纷",
                 "parties":[{"kind":"NATURAL","role":"原告","name":"李四","idNumber":"110105194912310021"}]}"""
                .getBytes(StandardCharsets.UTF_8), "filer", PW);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"parties[0].idNumber\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.case_file", Long.class)).isEqualTo(before);
    }

    @Test
    void aSecondChangeFromTheSameVersionIsToldNotOverwritten() {
        Http http = new Http(port);
        String number = file(http, "民初", "买卖合同纠纷", "");
        String read = current(http, number);
        assertThat(post(http, "diverter", number, "diversion", read, "{\"track\":\"SIMPLE\"}").status()).isEqualTo(200);
        Http.Response second = post(http, "diverter", number, "diversion", read, "{\"track\":\"COMPLEX\",\"reason\":\"另一人的判断\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT track FROM casefile.case_file WHERE case_number = ?", String.class, number)).isEqualTo("SIMPLE");
    }

    @Test
    void aJudgeOutsideTheQuotaCannotBeDesignatedHandler() {
        Http http = new Http(port);
        String number = file(http, "民初", "买卖合同纠纷", "");
        post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"SIMPLE\"}");
        String exJudge = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'exjudge'", String.class);
        Http.Response r = post(http, "diverter", number, "assignment", current(http, number),
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + exJudge + "\",\"reason\":\"熟悉案情\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("\"rule\":\"N-01\"").contains("未入员额的人员不得担任案件承办人");
    }

    @Test
    void suspensionsExtensionsAndAChangeOfProcedureMoveTheDeadlineAsTheLawSays() {
        Http http = new Http(port);
        String number = file(http, "民初", "民间借贷纠纷", "");
        post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"SIMPLE\"}");
        post(http, "diverter", number, "assignment", current(http, number), "{\"mode\":\"RANDOM\"}");
        var draw = jdbc.queryForMap("SELECT a.candidates, a.draw FROM casefile.assignment a JOIN casefile.case_file c ON c.id = a.case_id WHERE c.case_number = ?", number);
        assertThat((String) draw.get("draw")).as("the draw is on record").contains("随机抽取");
        assertThat((String) draw.get("candidates")).as("with every candidate and his or her weighted load").contains("负荷");
        String handler = login(number);
        LocalDate threeMonths = today.plusMonths(3); // 民事诉讼法 第164条, the filing day not counted (第85条)
        // 民诉解释 第140条: a case under simple procedure is not served by public notice — convert it first
        Http.Response noticed = post(http, handler, number, "suspensions", current(http, number),
                "{\"reason\":\"PUBLIC_NOTICE\",\"from\":\"" + today.plusDays(1) + "\",\"to\":\"" + today.plusDays(10) + "\"}");
        assertThat(noticed.status()).as(noticed.body()).isEqualTo(422);
        assertThat(noticed.body()).contains("第140条");
        // 民诉解释 第243条: 鉴定期间不计入审限
        Http.Response suspended = post(http, handler, number, "suspensions", current(http, number),
                "{\"reason\":\"APPRAISAL\",\"from\":\"" + today.plusDays(1) + "\",\"to\":\"" + today.plusDays(10) + "\"}");
        assertThat(suspended.body()).contains("\"deadline\":\"" + threeMonths.plusDays(10) + "\"").contains("\"suspendedDays\":10");
        // 民诉法 第164条: 简易程序经本院院长批准可延长一个月, 累计不得超过四个月 (民诉解释 第258条)
        assertThat(post(http, "judge", number, "extensions", current(http, number), "{\"months\":1,\"reason\":\"鉴定\"}").status()).isEqualTo(403);
        Http.Response extended = post(http, "president", number, "extensions", current(http, number), "{\"months\":1,\"reason\":\"案情复杂\"}");
        assertThat(extended.status()).isEqualTo(200);
        assertThat(extended.body()).contains("\"extended\":true");
        assertThat(post(http, "president", number, "extensions", current(http, number), "{\"months\":1,\"reason\":\"再次延长\"}").status()).isEqualTo(422);
        // 民诉解释 第258条: 转为普通程序的，审理期限自立案之日起计算
        Http.Response converted = post(http, handler, number, "procedure", current(http, number), "{\"procedure\":\"ORDINARY\",\"reason\":\"案情复杂\"}");
        assertThat(converted.status()).isEqualTo(200);
        assertThat(converted.body()).contains("\"procedure\":\"ORDINARY\"")
                .contains("\"deadline\":\"" + today.plusMonths(6).plusDays(10) + "\"");
    }

    @Test
    void anAppealReversingTheFirstInstanceLinksTheOriginalCase() {
        Http http = new Http(port);
        String first = file(http, "民初", "民间借贷纠纷", "");
        post(http, "diverter", first, "diversion", current(http, first), "{\"track\":\"SIMPLE\"}");
        post(http, "diverter", first, "assignment", current(http, first), "{\"mode\":\"RANDOM\"}");
        String handler = login(first);
        post(http, handler, first, "closing", current(http, first), "{\"closedOn\":\"" + today + "\",\"closeMethod\":\"调解\"}");

        Http.Response appeal = http.post("/api/v1/cases", "application/json",
                "{\"courtCode\":\"吉01\",\"caseType\":\"民终\",\"causeCode\":\"民间借贷纠纷\",\"parties\":[{\"role\":\"原告\",\"name\":\"甲\"},{\"role\":\"被告\",\"name\":\"乙\"}]}".getBytes(StandardCharsets.UTF_8), "admin",
                QuanzeIntegrationTest.ADMIN_PASSWORD);
        String second = number(appeal.body());
        post(http, "admin", second, "assignment", current(http, second), "{\"mode\":\"RANDOM\"}");
        Http.Response closed = http.post("/api/v1/cases/" + Http.encode(second) + "/closing", "application/json",
                ("{\"closedOn\":\"" + today + "\",\"closeMethod\":\"改判\",\"upperOutcome\":\"改判\",\"originalCaseNumber\":\"" + first + "\"}")
                        .getBytes(StandardCharsets.UTF_8), "admin", QuanzeIntegrationTest.ADMIN_PASSWORD, current(http, second));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT upper_outcome FROM casefile.case_file WHERE case_number = ?", String.class, first)).isEqualTo("REVERSED");
        assertThat(jdbc.queryForObject("SELECT appealed FROM casefile.case_file WHERE case_number = ?", Boolean.class, first)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE case_number = ? AND action = 'UPPER_COURT_OUTCOME'", Long.class, first)).isEqualTo(1);
    }

    /**
     * 发改指 counts against the court whose case was reversed, not the one that reversed it: the 民终 of 吉01 reversing a
     * 吉0102 judgment records 改判 as its own result (review_result) and gives the 民初 its upper outcome; only when the
     * high court's retrial reverses the 民终 itself does 吉01 have a reversed case.
     */
    @Test
    void aSecondInstanceReversalCountsAgainstTheCourtBelowNotAgainstTheCourtThatReversed() {
        Http http = new Http(port);
        String first = file(http, "民初", "民间借贷纠纷", "", today.minusDays(20));
        post(http, "diverter", first, "diversion", current(http, first), "{\"track\":\"SIMPLE\"}");
        post(http, "diverter", first, "assignment", current(http, first), "{\"mode\":\"RANDOM\"}");
        String handler = login(first);
        post(http, handler, first, "judgment", current(http, first), null);
        assertThat(post(http, handler, first, "closing", current(http, first), "{\"closedOn\":\"" + today.minusDays(15)
                + "\",\"closeMethod\":\"判决\"}").status()).isEqualTo(200);

        String second = fileAbove(http, "吉01", "民终", today.minusDays(10));
        post(http, "admin", second, "assignment", current(http, second), "{\"mode\":\"RANDOM\"}");
        Http.Response contradictory = post(http, "admin", second, "closing", current(http, second), "{\"closedOn\":\"" + today
                + "\",\"closeMethod\":\"维持\",\"reviewResult\":\"改判\",\"originalCaseNumber\":\"" + first + "\"}");
        assertThat(contradictory.status()).isEqualTo(422);
        assertThat(contradictory.body()).contains("\"field\":\"reviewResult\"", "不一致");
        Http.Response closed = post(http, "admin", second, "closing", current(http, second), "{\"closedOn\":\"" + today
                + "\",\"closeMethod\":\"改判\",\"reviewResult\":\"改判\",\"originalCaseNumber\":\"" + first + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.body()).contains("\"reviewResult\":\"REVERSED\"", "\"upperOutcome\":null");
        assertThat(jdbc.queryForMap("SELECT upper_outcome, review_result, appealed FROM casefile.case_file WHERE case_number = ?", first))
                .containsEntry("upper_outcome", "REVERSED").containsEntry("review_result", null).containsEntry("appealed", true);
        assertThat(jdbc.queryForMap("SELECT upper_outcome, review_result FROM casefile.case_file WHERE case_number = ?", second))
                .containsEntry("upper_outcome", null).containsEntry("review_result", "REVERSED");
        assertThat(reversed("吉0102")).contains(first);
        assertThat(reversed("吉01")).doesNotContain(second);

        // the high court retries the 民终 and reverses it (the close method states the result): now 吉01 was reversed
        String retrial = fileAbove(http, "吉", "民再", today.minusDays(1));
        post(http, "admin", retrial, "assignment", current(http, retrial), "{\"mode\":\"RANDOM\"}");
        Http.Response retried = post(http, "admin", retrial, "closing", current(http, retrial), "{\"closedOn\":\"" + today
                + "\",\"closeMethod\":\"改判\",\"originalCaseNumber\":\"" + second + "\"}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT upper_outcome, review_result FROM casefile.case_file WHERE case_number = ?", second))
                .containsEntry("upper_outcome", "REVERSED").containsEntry("review_result", "REVERSED");
        assertThat(jdbc.queryForObject("SELECT review_result FROM casefile.case_file WHERE case_number = ?", String.class, retrial))
                .isEqualTo("REVERSED");
        assertThat(reversed("吉01")).contains(second);
        assertThat(reversed("吉")).doesNotContain(retrial);
    }

    /** The cases of a court (alone) closed today that the statistics count as 被改判. */
    private List<String> reversed(String court) {
        Http.Response r = new Http(port).get("/api/v1/statistics/indicators/REVERSED/cases?court=" + Http.encode(court)
                + "&from=" + today.minusDays(30) + "&to=" + today + "&part=numerator&size=500", "tmo", PW);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JsonPath.read(r.body(), "$.cases[*].caseNumber");
    }

    @Test
    void anAppealIsRecordedWithItsTransferAndARemandSendsTheFileBack() {
        Http http = new Http(port);
        String first = file(http, "民初", "民间借贷纠纷", "", today.minusDays(30));
        post(http, "diverter", first, "diversion", current(http, first), "{\"track\":\"SIMPLE\"}");
        post(http, "diverter", first, "assignment", current(http, first), "{\"mode\":\"RANDOM\"}");
        String handler = login(first);
        post(http, handler, first, "judgment", current(http, first), null);
        LocalDate closed = today.minusDays(20);
        assertThat(post(http, handler, first, "closing", current(http, first), "{\"closedOn\":\"" + closed + "\",\"closeMethod\":\"判决\"}").status())
                .isEqualTo(200);

        // 上诉登记: dates checked against the closing and today, each bad one named
        Http.Response early = post(http, handler, first, "appeal", current(http, first), "{\"appealOn\":\"" + closed.minusDays(1) + "\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("\"field\":\"appealOn\"", "早于结案日期");
        Http.Response future = post(http, handler, first, "appeal", current(http, first), "{\"appealOn\":\"" + today.plusDays(1) + "\"}");
        assertThat(future.body()).contains("\"field\":\"appealOn\"", "晚于今天");
        Http.Response sentBeforeAppeal = post(http, handler, first, "appeal", current(http, first), "{\"appealOn\":\"" + closed.plusDays(10)
                + "\",\"transferredOn\":\"" + closed.plusDays(9) + "\"}");
        assertThat(sentBeforeAppeal.status()).isEqualTo(422);
        assertThat(sentBeforeAppeal.body()).contains("\"field\":\"transferredOn\"", "早于上诉日期");
        assertThat(post(http, "assessor", first, "appeal", current(http, first), "{\"appealOn\":\"" + closed.plusDays(10) + "\"}").status())
                .isEqualTo(403);
        String beforeAppeal = current(http, first);
        Http.Response appealed = post(http, handler, first, "appeal", beforeAppeal, "{\"appealOn\":\"" + closed.plusDays(10) + "\"}");
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
        assertThat(appealed.body()).contains("\"appealed\":true", "\"appealOn\":\"" + closed.plusDays(10) + "\"",
                "\"transferredOn\":null");
        assertThat(post(http, handler, first, "transfer", beforeAppeal, "{\"transferredOn\":\"" + closed.plusDays(12) + "\"}").status())
                .as("a stale version").isEqualTo(409);
        // 移送 by the filing division (立案庭), the file going up two days after the appeal
        Http.Response sent = post(http, "filer", first, "transfer", current(http, first), "{\"transferredOn\":\"" + closed.plusDays(12) + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("\"transferredOn\":\"" + closed.plusDays(12) + "\"");
        assertThat(jdbc.queryForList("SELECT action FROM trail.event WHERE case_number = ? ORDER BY seq", String.class, first))
                .endsWith("APPEAL_RECORDED", "CASE_TRANSFERRED");

        // the court above remands (发回重审) and sends the file back
        String second = fileAbove(http, "吉01", "民终", closed.plusDays(13));
        post(http, "admin", second, "assignment", current(http, second), "{\"mode\":\"RANDOM\"}");
        LocalDate remandedOn = closed.plusDays(15);
        assertThat(post(http, "admin", second, "closing", current(http, second), "{\"closedOn\":\"" + remandedOn
                + "\",\"closeMethod\":\"发回重审\",\"upperOutcome\":\"发回重审\",\"originalCaseNumber\":\"" + first + "\"}").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT upper_outcome FROM casefile.case_file WHERE case_number = ?", String.class, first))
                .isEqualTo("REMANDED");
        Http.Response back = post(http, "admin", second, "transfer", current(http, second), "{\"transferredOn\":\"" + remandedOn.minusDays(1) + "\"}");
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.body()).contains("\"field\":\"transferredOn\"", "早于结案日期");
        assertThat(post(http, "admin", second, "transfer", current(http, second), "{\"transferredOn\":\"" + remandedOn.plusDays(3) + "\"}").status())
                .isEqualTo(200);
        // an appeal is for first-instance decisions only
        assertThat(post(http, "admin", second, "appeal", current(http, second), "{\"appealOn\":\"" + remandedOn.plusDays(3) + "\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aRetrialReviewMarksItsOriginalAsAppliedForNotAsAppealed() {
        Http http = new Http(port);
        String first = file(http, "民初", "民间借贷纠纷", "", today.minusDays(10));
        post(http, "diverter", first, "diversion", current(http, first), "{\"track\":\"SIMPLE\"}");
        post(http, "diverter", first, "assignment", current(http, first), "{\"mode\":\"RANDOM\"}");
        post(http, login(first), first, "closing", current(http, first), "{\"closedOn\":\"" + today.minusDays(5) + "\",\"closeMethod\":\"调解\"}");

        // 民申 — 申请再审审查 in the court above (民事诉讼法 第210条)
        String review = fileAbove(http, "吉01", "民申", today.minusDays(2));
        post(http, "admin", review, "assignment", current(http, review), "{\"mode\":\"RANDOM\"}");
        Http.Response closed = post(http, "admin", review, "closing", current(http, review), "{\"closedOn\":\"" + today
                + "\",\"closeMethod\":\"裁定\",\"originalCaseNumber\":\"" + first + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT retrial_applied, appealed, upper_outcome FROM casefile.case_file WHERE case_number = ?", first))
                .containsEntry("retrial_applied", true).containsEntry("appealed", false).containsEntry("upper_outcome", null);
        assertThat(jdbc.queryForList("SELECT action FROM trail.event WHERE case_number = ? ORDER BY seq", String.class, first))
                .endsWith("RETRIAL_APPLIED");
        assertThat(post(http, "admin", first, "appeal", current(http, first), "{\"appealOn\":\"" + today + "\"}").body())
                .as("a mediated case is not appealed").contains("民事诉讼法 第171条");
    }

    @Test
    void complexityRulesAreDataTheOfficeVersionsAndTheProposalNamesThem() {
        Http http = new Http(port);
        String rule = "{\"name\":\"涉众型纠纷\",\"keywords\":[\"涉众\"],\"active\":true}";
        assertThat(http.put("/api/v1/diversion-rules/R-09", "application/json", rule.getBytes(StandardCharsets.UTF_8), "0", "judge", PW).status())
                .isEqualTo(403);
        assertThat(http.put("/api/v1/diversion-rules/R-09", "application/json", rule.getBytes(StandardCharsets.UTF_8), "0", "tmo", PW).status())
                .isEqualTo(200);
        assertThat(http.put("/api/v1/diversion-rules/R-09", "application/json", rule.replace("涉众型纠纷", "涉众型纠纷（旧）").getBytes(StandardCharsets.UTF_8), "0", "tmo", PW).status())
                .as("a stale If-Match would overwrite the edit just made").isEqualTo(409);
        http.put("/api/v1/diversion-rules/R-09", "application/json", rule.replace("涉众型纠纷", "涉众型纠纷（修订）").getBytes(StandardCharsets.UTF_8), "1", "tmo", PW);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.diversion_rule WHERE code = 'R-09'", Long.class)).isEqualTo(2);

        String number = file(http, "民初", "民间借贷纠纷", "涉众借款，请求返还");
        Http.Response proposal = http.get("/api/v1/cases/" + Http.encode(number) + "/diversion-proposal", "diverter", PW);
        assertThat(proposal.body()).contains("\"track\":\"COMPLEX\"").contains("R-09");
        Http.Response noReason = post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"SIMPLE\"}");
        assertThat(noReason.status()).as("departing from the proposal needs a reason").isEqualTo(422);
        assertThat(post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"SIMPLE\",\"reason\":\"事实清楚\"}").status()).isEqualTo(200);
    }

    @Test
    void aRemandedCaseMayNotUseSimpleProcedure() {
        // 民诉解释 第257条第（二）项: 发回重审的案件不适用简易程序
        Http http = new Http(port);
        Http.Response filed = http.post("/api/v1/cases", "application/json", """
                {"courtCode":"吉0102","caseType":"民初","causeCode":"买卖合同纠纷","flags":["REMANDED"],"parties":[{"role":"原告","name":"甲"},{"role":"被告","name":"乙"}]}""".getBytes(StandardCharsets.UTF_8), "filer", PW);
        String number = number(filed.body());
        Http.Response proposal = http.get("/api/v1/cases/" + Http.encode(number) + "/diversion-proposal", "diverter", PW);
        assertThat(proposal.body()).contains("\"track\":\"COMPLEX\"").contains("CPLI-257-2");
        Http.Response refused = post(http, "diverter", number, "diversion", current(http, number), "{\"track\":\"SIMPLE\",\"procedure\":\"SIMPLE\",\"reason\":\"想快点\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("依法不得适用简易程序");
    }

    @Test
    void manyClerksFilingAtOnceGetNumbersWithoutGapOrDuplicate() throws Exception {
        Http http = new Http(port);
        int filings = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < filings; i++) futures.add(pool.submit(() -> file(http, "执保", "民间借贷纠纷", "")));
        Set<Integer> sequences = new HashSet<>();
        for (Future<String> f : futures) {
            Matcher m = Pattern.compile("执保(\\d+)号").matcher(f.get());
            assertThat(m.find()).isTrue();
            sequences.add(Integer.parseInt(m.group(1)));
        }
        pool.shutdown();
        int max = jdbc.queryForObject("SELECT max(seq) FROM casefile.case_file WHERE court_code = '吉0102' AND case_type = '执保' AND year = ?", Integer.class, today.getYear());
        assertThat(sequences).hasSize(filings);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT seq) FROM casefile.case_file WHERE court_code = '吉0102' AND case_type = '执保' AND year = ?", Integer.class, today.getYear()))
                .as("numbers 1..max, none missing, none twice").isEqualTo(max);
    }

    private String file(Http http, String type, String cause, String claim) {
        return file(http, type, cause, claim, null);
    }

    private String file(Http http, String type, String cause, String claim, LocalDate filedOn) {
        String body = "{\"courtCode\":\"吉0102\",\"caseType\":\"" + type + "\"" + (cause == null ? "" : ",\"causeCode\":\"" + cause + "\"")
                + (filedOn == null ? "" : ",\"filedOn\":\"" + filedOn + "\"")
                + ",\"claimAmount\":50000,\"claimText\":\"" + claim + "\",\"parties\":[{\"kind\":\"NATURAL\",\"role\":\"原告\",\"name\":\"张三\",\"idNumber\":\"11010519491231002X\"},{\"kind\":\"LEGAL\",\"role\":\"被告\",\"name\":\"某某公司\"}]}";
        Http.Response r = http.post("/api/v1/cases", "application/json", body.getBytes(StandardCharsets.UTF_8), "filer", PW);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return number(r.body());
    }

    /** A case of the court above, filed by the administrator on a given day. */
    private String fileAbove(Http http, String court, String type, LocalDate filedOn) {
        Http.Response r = http.post("/api/v1/cases", "application/json", ("{\"courtCode\":\"" + court + "\",\"caseType\":\""
                + type + "\",\"causeCode\":\"民间借贷纠纷\",\"filedOn\":\"" + filedOn + "\",\"parties\":[{\"role\":\"原告\",\"name\":\"甲\"},{\"role\":\"被告\",\"name\":\"乙\"}]}").getBytes(StandardCharsets.UTF_8),
                "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return number(r.body());
    }

    private static String number(String json) {
        Matcher m = Pattern.compile("\"caseNumber\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private Http.Response post(Http http, String user, String number, String action, String version, String json) {
        String password = "admin".equals(user) ? QuanzeIntegrationTest.ADMIN_PASSWORD : PW;
        return http.post("/api/v1/cases/" + Http.encode(number) + "/" + action, "application/json",
                (json == null ? "" : json).getBytes(StandardCharsets.UTF_8), user, password, version);
    }

    /** A login for the case's handling judge (the demo has accounts only for a few people). */
    private String login(String number) {
        Long staffId = jdbc.queryForObject("SELECT handler_id FROM casefile.case_file WHERE case_number = ?", Long.class, number);
        List<String> existing = jdbc.queryForList("SELECT username FROM authority.account WHERE staff_id = ?", String.class, staffId);
        if (!existing.isEmpty()) return existing.get(0);
        accounts.create("handler-" + staffId, staffId, PW);
        return "handler-" + staffId;
    }
}
