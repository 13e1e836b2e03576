package org.quanze.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Interference records in a real Chromium: the judge records, the right office sees who, the division chief does not. */
@QuanzeIntegrationTest
class SupervisionBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void anInterferenceGoesToItsOfficeAndTheRecorderIsHiddenFromTheChief() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9401);
        String judge = jdbc.queryForObject("SELECT s.name FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id "
                + "WHERE a.username = 'judge'", String.class);
        try (Browser browser = new Browser(port)) {
            browser.signIn("judge", PW);
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("四类案件", "干预司法记录", "履职保障");
            record(browser, panel.caseNumber(), "INTERNAL", "某副庭长", "本院民二庭副庭长", "请求对被告从轻处理");
            assertThat(browser.text(By.id("flash"))).contains("已记录");
            record(browser, panel.caseNumber(), "EXTERNAL", "某局长", "某区住建局局长", "要求尽快判决驳回原告诉请");
            String mine = browser.text(By.cssSelector("table.interference"));
            assertThat(mine).contains("请求对被告从轻处理", "要求尽快判决驳回原告诉请", judge);
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("supervisor", PW);
            browser.open("/interference");
            assertThat(browser.pageText()).contains("内部人员过问案件记录（监察室）");
            String list = browser.text(By.cssSelector("table.interference"));
            assertThat(list).contains("请求对被告从轻处理", judge).doesNotContain("要求尽快判决驳回原告诉请");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", PW);
            browser.open("/interference");
            assertThat(browser.pageText()).contains("外部人员过问案件信息专库（审判管理办公室）");
            String list = browser.text(By.cssSelector("table.interference"));
            assertThat(list).contains("要求尽快判决驳回原告诉请", judge).doesNotContain("请求对被告从轻处理");
            browser.open("/");
            assertThat(browser.text(By.id("interference-to-handle"))).contains("某局长");
            browser.open("/interference/quarterly");
            assertThat(browser.text(By.id("quarterly"))).contains("吉林省长春市南关区人民法院", "零报告");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("chief", PW);
            browser.open("/four-kinds/" + panel.caseNumber());
            String records = browser.text(By.cssSelector("table.interference"));
            assertThat(records).contains("请求对被告从轻处理", "要求尽快判决驳回原告诉请", "（依规定不显示）").doesNotContain(judge);
            for (WebElement cell : browser.driver().findElements(By.cssSelector("table.interference td.recorder"))) {
                assertThat(cell.getText()).isEqualTo("（依规定不显示）");
            }
            // The case page itself shows the records too, with the recorder hidden the same way.
            browser.open("/cases/" + org.quanze.Http.encode(panel.caseNumber()));
            assertThat(browser.text(By.id("interference-section"))).contains("请求对被告从轻处理", "（依规定不显示）").doesNotContain(judge);
        }
    }

    private static void record(Browser browser, String caseNumber, String origin, String name, String post, String request) {
        browser.open("/interference");
        browser.driver().findElement(By.id("ir-case")).sendKeys(caseNumber);
        new Select(browser.driver().findElement(By.id("ir-origin"))).selectByValue(origin);
        browser.driver().findElement(By.id("ir-name")).sendKeys(name);
        browser.driver().findElement(By.id("ir-post")).sendKeys(post);
        new Select(browser.driver().findElement(By.id("ir-manner"))).selectByValue("PHONE");
        browser.driver().findElement(By.id("ir-request")).sendKeys(request);
        browser.driver().findElement(By.id("ir-response")).sendKeys("已拒绝，并如实记录");
        browser.submit(By.id("ir-submit"));
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]"))).as(browser.pageText()).isEmpty();
    }
}
