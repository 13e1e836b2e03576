package org.quanze.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.accountability.AccountabilityTestData.PW;
import static org.quanze.accountability.AccountabilityTestData.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.accountability.AccountabilityTestData.Judge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The investigator's pages (clue, opening, investigation, report, committee) and the committee's finding form, in Chromium. */
@QuanzeIntegrationTest
class AccountabilityBrowserTests {

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void theInvestigatorTakesAClueToTheCommitteeAndTheSecretaryRecordsTheFindingAfterTheJudgeIsHeard() {
        Judge judge = AccountabilityTestData.judge(jdbc, 1);
        String caseNumber = AccountabilityTestData.caseOf(jdbc, judge, 16611);
        List<String> committee = AccountabilityTestData.committee(jdbc);
        String secretary = TestLogins.of(jdbc, committee.get(0));
        long id;
        try (Browser browser = new Browser(port)) {
            browser.signIn("supervisor", PW);
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("审判责任追究", "审判责任线索");
            browser.open("/accountability/clues");
            browser.driver().findElement(By.cssSelector("#clue-form input[name=caseNumber]")).sendKeys(caseNumber);
            new Select(browser.driver().findElement(By.cssSelector("#clue-form select[name=source]"))).selectByValue("COMPLAINT");
            browser.driver().findElement(By.cssSelector("#clue-form textarea[name=description]")).sendKeys("当事人举报承办法官伪造送达回证");
            browser.submit(By.cssSelector("#clue-form button"));
            assertThat(browser.text(By.id("flash"))).contains("已登记");
            long clue = jdbc.queryForObject("SELECT max(id) FROM accountability.clue WHERE case_number = ?", Long.class, caseNumber);
            String card = "#clue-" + clue + " ";
            browser.driver().findElement(By.cssSelector(card + "form.preliminary-review input[name=reasons]")).sendKeys("举报具体，需调查");
            browser.submit(By.cssSelector(card + "form.preliminary-review button"));
            browser.driver().findElement(By.cssSelector(card + "form.open-proceeding input[name=subjects]")).sendKeys(judge.staffNo());
            browser.driver().findElement(By.cssSelector(card + "form.open-proceeding input[name=reasons]")).sendKeys("举报伪造送达回证，需立案调查");
            browser.submit(By.cssSelector(card + "form.open-proceeding button"));
            assertThat(browser.text(By.id("stage"))).isEqualTo("已立案");
            assertThat(browser.text(By.id("subjects"))).contains(judge.staffNo(), "尚未陈述");
            id = jdbc.queryForObject("SELECT id FROM accountability.proceeding WHERE case_number = ?", Long.class, caseNumber);

            String investigator = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'supervisor'", String.class);
            browser.driver().findElement(By.cssSelector("#investigation-form input[name=investigators]")).sendKeys(investigator);
            browser.submit(By.cssSelector("#investigation-form button"));
            assertThat(browser.text(By.id("stage"))).isEqualTo("调查中");
            browser.driver().findElement(By.cssSelector("#evidence-form input[name=reference]")).sendKeys("送达回证原件");
            browser.submit(By.cssSelector("#evidence-form button"));
            browser.submit(By.cssSelector("#assemble-form button"));
            assertThat(browser.text(By.id("evidence"))).contains("送达回证原件");
            browser.driver().findElement(By.cssSelector("#situation-form input[name=evidence]")).sendKeys("1");
            new Select(browser.driver().findElement(By.cssSelector("#situation-form select[name=situation]"))).selectByValue("EVIDENCE_TAMPERING");
            browser.driver().findElement(By.cssSelector("#situation-form input[name=reasons]")).sendKeys("送达回证签名与本人不符");
            browser.submit(By.cssSelector("#situation-form button"));
            assertThat(browser.text(By.id("situations"))).contains("意见 第26条第3项", "送达回证签名与本人不符");
            assertThat(browser.text(By.id("exemptions"))).contains("未回答");
        }
        // the remaining answers through the API, as a script of the office would
        Http http = new Http(port);
        String p = "/proceedings/" + id;
        for (String element : List.of("GROSS_NEGLIGENCE", "WRONG_JUDGMENT", "SERIOUS_CONSEQUENCE")) {
            post(http, p + "/elements", "supervisor", "{\"element\":\"%s\",\"missing\":true,\"reasons\":\"待查\"}".formatted(element));
        }
        for (String e : List.of("LEGAL_INTERPRETATION", "DISPUTED_FACTS", "CLAIM_WAIVED", "PARTY_FAULT_OR_OBJECTIVE_CAUSE",
                "NEW_EVIDENCE", "LAW_OR_POLICY_CHANGED", "UNDERLYING_DOCUMENT_REVOKED", "OTHER_LAWFUL_PERFORMANCE")) {
            post(http, p + "/exemptions", "supervisor", "{\"exemption\":\"%s\",\"applies\":false,\"reasons\":\"经审查不适用\"}".formatted(e));
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("supervisor", PW);
            browser.open("/accountability/" + id);
            assertThat(browser.text(By.id("exemptions"))).doesNotContain("未回答").contains("不适用 — 经审查不适用");
            assertThat(browser.text(By.id("elements"))).contains("缺失");
            browser.submit(By.cssSelector("#allocation-form button"));
            assertThat(browser.text(By.id("allocation"))).contains("独任审理");
            browser.driver().findElement(By.cssSelector("#report-form textarea")).sendKeys("调查报告：建议提请惩戒委员会审查");
            browser.submit(By.cssSelector("#report-form button"));
            assertThat(browser.text(By.id("stage"))).isEqualTo("已报告院长");
            browser.driver().findElement(By.cssSelector("#committee-form textarea")).sendKeys(
                    committee.get(0) + " Y Y\n" + committee.get(1) + " Y N\n" + committee.get(2) + " N N");
            browser.submit(By.cssSelector("#committee-form button"));
            assertThat(browser.text(By.id("committee"))).contains("法官代表", "秘书");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(secretary, PW);
            browser.open("/accountability/" + id);
            assertThat(browser.text(By.id("analysis"))).contains("意见 第26条第3项", "意见 第28条第8项", "严重后果", "独任审理");
            browser.driver().findElement(By.cssSelector("#finding-form textarea")).sendKeys("伪造证据，故意违反职责");
            browser.submit(By.cssSelector("#finding-form button"));
            assertThat(browser.pageText()).contains("陈述、举证、辩解", "法官法 第49条");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(judge.login(), PW);
            browser.open("/");
            browser.driver().findElement(By.cssSelector("#accountability-panel a")).click();
            browser.driver().findElement(By.cssSelector("#hearing-form textarea[name=statement]")).sendKeys("回证系当事人代签，我不知情");
            browser.driver().findElement(By.cssSelector("#hearing-form textarea[name=defence]")).sendKeys("已尽审查义务");
            browser.submit(By.cssSelector("#hearing-form button"));
            assertThat(browser.text(By.id("subjects"))).contains("回证系当事人代签");
            // the judge concerned sees his proceeding, and no link to figures he may not read
            browser.open("/accountability");
            assertThat(browser.driver().findElements(By.cssSelector("a[href='/accountability/statistics']"))).isEmpty();
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(secretary, PW);
            browser.open("/accountability/" + id);
            new Select(browser.driver().findElement(By.cssSelector("#finding-form select[name=finding]"))).selectByValue("NO_VIOLATION");
            browser.driver().findElement(By.cssSelector("#finding-form textarea")).sendKeys("回证系当事人代签，法官依法履职");
            browser.submit(By.cssSelector("#finding-form button"));
            assertThat(browser.text(By.id("finding-value"))).isEqualTo("没有违反职责");
            assertThat(browser.text(By.id("steps"))).contains("惩戒委员会审查意见");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("supervisor", PW);
            browser.open("/accountability/statistics");
            assertThat(browser.text(By.id("accountability-statistics"))).contains("投诉举报", "没有违反职责");
            browser.open("/accountability");
            assertThat(browser.text(By.id("proceedings"))).contains(caseNumber);
        }
    }
}
