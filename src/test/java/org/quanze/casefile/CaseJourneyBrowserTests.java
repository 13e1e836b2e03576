package org.quanze.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily journey of a case through every role, from the workbench each time: the filer files (a mistake first,
 * nothing typed lost) → the diverter diverts and designates → the judge finds it on the workbench, schedules the
 * hearing and asks for an extension → the president approves it → the judge sees the decision, signs (after a
 * confirm dialog) and closes → the clerk archives.
 */
@QuanzeIntegrationTest
class CaseJourneyBrowserTests {

    private static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCaseGoesFromFilingToArchivingThroughEveryRolesWorkbench() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String number;
        try (Browser browser = new Browser(port)) {
            browser.signIn("filer", PW);
            browser.open("/cases/new");
            browser.driver().findElement(By.id("claimText")).sendKeys("请求偿还借款八万元");
            browser.driver().findElement(By.id("partyName0")).sendKeys("王五");
            browser.driver().findElement(By.id("file-submit")).click();
            String errors = browser.text(By.id("filing-errors"));
            assertThat(errors).contains("案由：不能为空").contains("当事人：应至少填写一名被告");
            assertThat(browser.driver().findElement(By.id("causeCode")).getAttribute("class")).contains("invalid");
            assertThat(browser.driver().findElement(By.id("claimText")).getAttribute("value")).isEqualTo("请求偿还借款八万元");
            assertThat(browser.driver().findElement(By.id("partyName0")).getAttribute("value")).isEqualTo("王五");

            browser.driver().findElement(By.id("causeCode")).sendKeys("民间借贷纠纷");
            browser.driver().findElement(By.id("partyName1")).sendKeys("赵六");
            browser.driver().findElement(By.id("file-submit")).click();
            number = browser.text(By.id("case-number"));
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已立案，案号" + number);
        }
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        try (Browser browser = new Browser(port)) {
            browser.signIn("diverter", PW);
            assertThat(browser.text(By.id("deadline-panel"))).contains("待分流案件");
            browser.open("/cases/diversion");
            browser.driver().findElement(By.linkText(number)).click();
            browser.driver().findElement(By.id("act-diversion")).click();
            assertThat(browser.text(By.cssSelector("#diversion-form select[name=procedure]"))).as("only a civil first instance's procedures")
                    .contains("简易程序", "小额诉讼程序").doesNotContain("国家赔偿程序", "速裁程序");
            browser.driver().findElement(By.id("divert-submit")).click();
            assertThat(browser.text(By.id("action-done"))).startsWith("已将" + number + "分流为");
            browser.driver().findElement(By.id("act-designate")).click();
            new Select(browser.driver().findElement(By.name("staffNo"))).selectByValue(judgeNo);
            browser.driver().findElement(By.cssSelector("#group-assignment details[open] input[name=reason]")).sendKeys("串案由同一法官审理");
            browser.driver().findElement(By.cssSelector("#group-assignment details[open] button[type=submit]")).click();
            assertThat(browser.text(By.id("action-done"))).startsWith("已指定分案，" + number + "由");
        }
        try (Browser browser = new Browser(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.signIn("judge", PW);
            assertThat(browser.text(By.id("wb-newlyAssigned"))).contains(number);
            browser.driver().findElement(By.cssSelector("#wb-newlyAssigned")).findElement(By.linkText(number)).click();
            String actions = browser.text(By.id("case-actions"));
            assertThat(actions).contains("审理", "审限", "结案归档").doesNotContain("随机分案");
            browser.driver().findElement(By.id("act-suspension")).click();
            assertThat(browser.text(By.id("suspension-reason"))).as("a civil case offers no criminal reasons")
                    .contains("鉴定期间").doesNotContain("被告人精神病鉴定期间").doesNotContain("拍卖");

            browser.driver().findElement(By.id("act-hearing")).click();
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    browser.driver().findElement(By.id("scheduledAt")), today.plusDays(3) + "T09:00");
            browser.driver().findElement(By.id("courtroom")).sendKeys("第一法庭");
            browser.driver().findElement(By.id("hearing-submit")).click();
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已为" + number + "排期开庭：" + today.plusDays(3) + " 09:00");
            String timeline = browser.text(By.id("timeline"));
            assertThat(timeline).as("times in the court's zone, sentences not JSON")
                    .contains("排期开庭：" + today.plusDays(3) + " 09:00，第一法庭").doesNotContain("{").doesNotContain("T01:00");

            browser.driver().findElement(By.id("act-extension-request")).click();
            assertThat(browser.text(By.id("extension-request-form"))).contains("本院院长");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('case-actions').scrollIntoView()");
            browser.screenshot("/tmp/casework-case-actions.png");
            browser.driver().findElement(By.id("extension-request-submit")).click();
            assertThat(browser.text(By.id("action-failure"))).contains("理由：不能为空");
            assertThat(browser.driver().findElement(By.id("extension-reason")).getAttribute("class")).contains("invalid");
            WebElementValue.set(browser, "extension-months", "1");
            browser.driver().findElement(By.id("extension-reason")).sendKeys("等待鉴定意见");
            browser.driver().findElement(By.id("extension-request-submit")).click();
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已提交" + number + "延长审限的申请，等待审批");
        }
        LocalDate before = jdbc.queryForObject("SELECT deadline_on FROM casefile.case_file WHERE case_number = ?", LocalDate.class, number);
        try (Browser browser = new Browser(port)) {
            browser.signIn("president", PW);
            assertThat(browser.text(By.id("wb-toApprove"))).contains(number).contains("等待鉴定意见");
            browser.driver().findElement(By.cssSelector("#wb-toApprove")).findElement(By.linkText(number)).click();
            assertThat(browser.text(By.id("pending-extension"))).contains("1个月").contains("等待鉴定意见");
            browser.driver().findElement(By.id("extension-decision-submit")).click();
            Browser.confirm(browser);
            assertThat(browser.text(By.id("action-done"))).startsWith(number + "：已批准延长审限");
        }
        assertThat(jdbc.queryForObject("SELECT deadline_on FROM casefile.case_file WHERE case_number = ?", LocalDate.class, number))
                .isAfter(before);
        try (Browser browser = new Browser(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.signIn("judge", PW);
            assertThat(browser.text(By.id("wb-decided"))).contains(number).contains("已批准");
            browser.screenshot("/tmp/casework-workbench.png");
            browser.driver().findElement(By.cssSelector("#wb-decided")).findElement(By.linkText(number)).click();
            browser.driver().findElement(By.id("sign-judgment")).click();
            browser.driver().switchTo().alert().dismiss();
            assertThat(browser.driver().findElements(By.id("action-done"))).as("nothing signed without the confirmation").isEmpty();
            browser.driver().findElement(By.id("sign-judgment")).click();
            Browser.confirm(browser);
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已签发" + number + "裁判文书");
            browser.driver().findElement(By.id("act-closing")).click();
            new Select(browser.driver().findElement(By.id("closeMethod"))).selectByValue("判决");
            browser.driver().findElement(By.id("close-submit")).click();
            Browser.confirm(browser);
            assertThat(browser.text(By.id("case-status"))).isEqualTo("已结案");
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已以判决结案：" + number);
            browser.screenshot("/tmp/casework-case.png");

            // the list: 全部 includes closed cases; search by a party's name; pages with a total
            browser.open("/cases?status=ALL&q=" + Http.encode("赵六"));
            assertThat(browser.text(By.id("case-list"))).contains(number);
            assertThat(new Select(browser.driver().findElement(By.id("case-status-filter"))).getFirstSelectedOption().getText()).isEqualTo("全部");
            assertThat(browser.text(By.id("case-total"))).startsWith("共 ");
            browser.open("/cases?status=OPEN&q=" + Http.encode("赵六"));
            assertThat(browser.text(By.id("case-list"))).doesNotContain(number);
            browser.open("/cases?status=ALL");
            browser.driver().findElement(By.id("sort-filed")).click();
            browser.screenshot("/tmp/casework-list.png");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("clerk", PW);
            // the team's open cases are counted beside the clerk's own when there are any (other tests decide whether
            // the team has some open now); the case this journey closed waits for the clerk in any case
            browser.driver().findElements(By.id("wb-in-scope")).forEach(inScope -> assertThat(inScope.getText()).isNotEqualTo("0"));
            assertThat(browser.text(By.id("wb-toArchive"))).contains(number);
            browser.driver().findElement(By.cssSelector("#wb-toArchive")).findElement(By.linkText(number)).click();
            browser.driver().findElement(By.id("act-archiving")).click();
            browser.driver().findElement(By.id("archive-submit")).click();
            Browser.confirm(browser);
            assertThat(browser.text(By.id("case-status"))).isEqualTo("已归档");
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已将" + number + "归档");
        }
    }

    @Test
    void theJudgeFormsAPanelByTypingNamesAndThePresidingJudgeIsKept() {
        Http http = new Http(port);
        Http.Response filed = http.post("/api/v1/cases", "application/json", ("{\"courtCode\":\"吉0102\",\"caseType\":\"民初\",\"causeCode\":\"买卖合同纠纷\","
                + "\"parties\":[{\"role\":\"原告\",\"name\":\"甲公司\"},{\"role\":\"被告\",\"name\":\"乙公司\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8), "filer", PW);
        String number = filed.body().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        http.post("/api/v1/cases/" + Http.encode(number) + "/diversion", "application/json", "{\"track\":\"SIMPLE\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "diverter", PW, "0");
        assertThat(http.post("/api/v1/cases/" + Http.encode(number) + "/assignment", "application/json",
                ("{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), "diverter", PW, "1").status()).isEqualTo(200);
        // two other quota judges of the judge's division whose names are unique in the court
        var names = jdbc.queryForList("""
                SELECT s.name FROM organization.staff s JOIN authority.account a ON a.username = 'judge'
                JOIN organization.staff j ON j.id = a.staff_id
                WHERE s.court_id = j.court_id AND s.role = 'QUOTA_JUDGE' AND s.id <> j.id AND cardinality(s.posts) = 0
                  AND EXISTS (SELECT 1 FROM organization.quota_term q WHERE q.staff_id = s.id AND q.from_date <= current_date
                              AND (q.to_date IS NULL OR q.to_date >= current_date))
                  AND (SELECT count(*) FROM organization.staff o WHERE o.court_id = s.court_id AND o.name = s.name) = 1
                ORDER BY s.staff_no LIMIT 2""", String.class);
        assertThat(names).hasSize(2);
        try (Browser browser = new Browser(port)) {
            browser.signIn("judge", PW);
            browser.open("/cases/" + Http.encode(number));
            browser.driver().findElement(By.id("act-organisation")).click();
            new Select(browser.driver().findElement(By.name("triedBy"))).selectByValue("PANEL");
            browser.driver().findElement(By.id("presiding")).sendKeys(names.get(0).substring(0, 1));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5)).until(d ->
                    !d.findElements(By.cssSelector("#judge-options option")).isEmpty());
            assertThat(browser.driver().findElement(By.cssSelector("#judge-options option")).getAttribute("value"))
                    .as("suggestions carry the staff number").startsWith("吉0102");
            browser.driver().findElement(By.id("presiding")).clear();
            browser.driver().findElement(By.id("presiding")).sendKeys(names.get(0));
            browser.driver().findElement(By.id("member1")).sendKeys(names.get(1));
            browser.driver().findElement(By.cssSelector("#organisation-form input[name=reason]")).sendKeys("案情复杂，组成合议庭");
            browser.driver().findElement(By.cssSelector("#organisation-form button[type=submit]")).click();
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已确定" + number + "的审判组织");
            assertThat(browser.text(By.id("trial-organisation"))).contains("审判长").contains(names.get(0))
                    .contains(names.get(1)).contains("承办法官");
        }
    }

    /** Sets an input's value as a person would replace it. */
    private static final class WebElementValue {
        static void set(Browser browser, String id, String value) {
            var e = browser.driver().findElement(By.id(id));
            e.clear();
            e.sendKeys(value);
        }
    }
}
