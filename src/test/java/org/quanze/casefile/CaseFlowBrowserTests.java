package org.quanze.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Filing → diversion → assignment → signing → closing → appeal → the court above's reversal, as the clerk, the
 * diverter, the judge and the court above do it in Chromium.
 */
@QuanzeIntegrationTest
class CaseFlowBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;

    @Test
    void aCaseIsFiledDivertedAssignedAndClosedThroughThePages() {
        String number;
        try (Browser browser = new Browser(port)) {
            browser.signIn("filer", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/cases/new");
            new Select(browser.driver().findElement(By.id("caseType"))).selectByValue("民初");
            browser.driver().findElement(By.id("causeCode")).sendKeys("民间借贷纠纷");
            browser.driver().findElement(By.id("claimAmount")).sendKeys("80000");
            browser.driver().findElement(By.id("partyName0")).sendKeys("王五");
            browser.driver().findElement(By.id("partyId0")).sendKeys("110105194912310021");
            browser.driver().findElement(By.id("partyName1")).sendKeys("赵六");
            browser.driver().findElement(By.id("file-submit")).click();
            assertThat(browser.text(By.id("filing-errors"))).as("a wrong check digit is refused in Chinese").contains("校验");

            assertThat(browser.text(By.id("filing-errors"))).as("the field named by its label").contains("当事人1 公民身份号码");
            assertThat(browser.driver().findElement(By.id("partyId0")).getAttribute("class")).contains("invalid");
            // what was typed is still there
            assertThat(browser.driver().findElement(By.id("causeCode")).getAttribute("value")).isEqualTo("民间借贷纠纷");
            assertThat(browser.driver().findElement(By.id("partyName1")).getAttribute("value")).isEqualTo("赵六");
            browser.driver().findElement(By.id("partyId0")).clear();
            browser.driver().findElement(By.id("partyId0")).sendKeys("11010519491231002X");
            browser.driver().findElement(By.id("file-submit")).click();
            number = browser.text(By.id("case-number"));
            assertThat(number).matches("（\\d{4}）吉0102民初\\d+号");
            assertThat(browser.text(By.id("case-status"))).isEqualTo("已立案待分流");
            assertThat(browser.pageText()).contains("**************002X").doesNotContain("11010519491231002X").doesNotContain("110105");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("diverter", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/cases/diversion");
            assertThat(browser.text(By.id("diversion-queue"))).contains(number).contains("推定为简案");
            browser.driver().findElement(By.linkText(number)).click();
            browser.driver().findElement(By.id("act-diversion")).click();
            browser.submit(By.id("divert-submit"));
            assertThat(browser.text(By.id("case-track"))).isEqualTo("简案");
            browser.submit(By.id("assign-random"));
            assertThat(browser.text(By.id("case-status"))).isEqualTo("审理中");
            assertThat(browser.text(By.id("trial-organisation"))).contains("承办法官");
            assertThat(browser.text(By.id("timeline"))).contains("立案", "分流为简案", "随机分案");
        }
        String handler = handlerLogin(number);
        try (Browser browser = new Browser(port)) {
            browser.signIn(handler, QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/cases");
            browser.driver().findElement(By.linkText(number)).click();
            browser.driver().findElement(By.id("sign-judgment")).click();
            Browser.confirm(browser);
            assertThat(browser.text(By.id("action-done"))).isEqualTo("已签发" + number + "裁判文书");
            browser.driver().findElement(By.id("act-closing")).click();
            WebElement closedOn = browser.driver().findElement(By.id("closedOn"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", closedOn,
                    LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            new Select(browser.driver().findElement(By.id("closeMethod"))).selectByValue("判决");
            browser.driver().findElement(By.id("close-submit")).click();
            Browser.confirm(browser);
            assertThat(browser.text(By.id("case-status"))).isEqualTo("已结案");
            assertThat(browser.text(By.id("closed-on"))).contains("判决");
            assertThat(browser.text(By.id("timeline"))).contains("签发裁判文书", "结案");

            // 送达 of the judgment after closing: electronic service is refused without consent, what was typed kept
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            browser.driver().findElement(By.id("act-service")).click();
            browser.driver().findElement(By.id("service-document")).sendKeys("判决书");
            browser.driver().findElement(By.id("service-addressee")).sendKeys("张三");
            new Select(browser.driver().findElement(By.id("service-method"))).selectByValue("ELECTRONIC");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    browser.driver().findElement(By.id("service-date")), today);
            browser.driver().findElement(By.id("service-submit")).click();
            assertThat(browser.pageText()).contains("电子送达须经受送达人同意");
            assertThat(browser.driver().findElement(By.id("service-document")).getAttribute("value")).isEqualTo("判决书");
            browser.driver().findElement(By.id("service-consent")).click();
            browser.driver().findElement(By.id("service-submit")).click();
            assertThat(browser.text(By.id("services"))).contains("判决书", "张三", "电子送达", today);
            assertThat(browser.text(By.id("timeline"))).contains("判决书已向张三电子送达");

            // 上诉登记 on the closed judgment, the date the appeal reached the court
            browser.driver().findElement(By.id("act-appeal")).click();
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    browser.driver().findElement(By.id("appealOn")), today);
            browser.driver().findElement(By.id("appeal-submit")).click();
            assertThat(browser.text(By.id("appeal-on"))).isEqualTo(today);
            assertThat(browser.text(By.id("timeline"))).contains("上诉登记");
        }

        // the court above reverses on appeal: its own result on the 民终, the higher court's decision on the 民初
        Http http = new Http(port);
        Http.Response filed = http.post("/api/v1/cases", "application/json",
                "{\"courtCode\":\"吉01\",\"caseType\":\"民终\",\"causeCode\":\"民间借贷纠纷\",\"parties\":[{\"role\":\"原告\",\"name\":\"甲\"},{\"role\":\"被告\",\"name\":\"乙\"}]}".getBytes(StandardCharsets.UTF_8),
                "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        Matcher m = Pattern.compile("\"caseNumber\":\"([^\"]+)\"").matcher(filed.body());
        assertThat(m.find()).as(filed.body()).isTrue();
        String appeal = m.group(1);
        assertThat(http.post("/api/v1/cases/" + Http.encode(appeal) + "/assignment", "application/json",
                "{\"mode\":\"RANDOM\"}".getBytes(StandardCharsets.UTF_8), "admin", QuanzeIntegrationTest.ADMIN_PASSWORD, "0")
                .status()).isEqualTo(200);
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
            browser.open("/cases/" + Http.encode(appeal));
            browser.driver().findElement(By.id("act-closing")).click();
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    browser.driver().findElement(By.id("closedOn")), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            new Select(browser.driver().findElement(By.id("closeMethod"))).selectByValue("改判");
            new Select(browser.driver().findElement(By.id("reviewResult"))).selectByValue("改判");
            browser.driver().findElement(By.name("originalCaseNumber")).sendKeys(number);
            browser.driver().findElement(By.id("close-submit")).click();
            Browser.confirm(browser);
            assertThat(browser.text(By.id("review-result"))).isEqualTo("二审/再审结果：改判");
            assertThat(browser.driver().findElements(By.id("upper-outcome"))).isEmpty();
            browser.open("/cases/" + Http.encode(number));
            assertThat(browser.text(By.id("upper-outcome"))).isEqualTo("上级法院处理结果：改判");
            assertThat(browser.driver().findElements(By.id("review-result"))).isEmpty();
        }
    }

    private String handlerLogin(String number) {
        Long staffId = jdbc.queryForObject("SELECT handler_id FROM casefile.case_file WHERE case_number = ?", Long.class, number);
        List<String> existing = jdbc.queryForList("SELECT username FROM authority.account WHERE staff_id = ?", String.class, staffId);
        if (!existing.isEmpty()) return existing.get(0);
        accounts.create("handler-" + staffId, staffId, QuanzeIntegrationTest.DEMO_PASSWORD);
        return "handler-" + staffId;
    }
}
