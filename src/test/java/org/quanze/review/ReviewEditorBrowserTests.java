package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office's editors in Chromium: a routine-check rule added (every wrong field named in Chinese, the input kept)
 * and an edit on a stale version refused; a review task set from the page and its changed deadline refused when
 * someone else changed it first. A basic court's president reads the rules without editing them and does not see
 * another court's task. The rule added here does not run (inactive), so no other test's findings change.
 */
@QuanzeIntegrationTest
class ReviewEditorBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @LocalServerPort int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void theOfficeAddsARoutineRuleAndAStaleEditIsRefused() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", PW);
            browser.open("/reviews/rules");
            browser.driver().findElement(By.id("new-code")).sendKeys("R-9");
            WebElement fix = browser.driver().findElement(By.id("new-fixDays"));
            fix.clear();
            fix.sendKeys("0");
            browser.submit(By.id("add-rule"));
            String errors = browser.text(By.id("form-errors"));
            assertThat(errors).contains("规则代码应写作 R-01 的形式", "请选择检查内容", "请填写规则说明", "整改期限应为 1 到 365 天");
            assertThat(browser.driver().findElement(By.id("new-code")).getAttribute("value")).as("the input is kept").isEqualTo("R-9");

            WebElement code = browser.driver().findElement(By.id("new-code"));
            code.clear();
            code.sendKeys("R-91");
            new Select(browser.driver().findElement(By.id("new-kind"))).selectByValue("NOT_ARCHIVED");
            browser.driver().findElement(By.id("new-description")).sendKeys("结案十年仍未归档（测试）");
            WebElement days = browser.driver().findElement(By.id("new-days"));
            days.clear();
            days.sendKeys("3650");
            fix = browser.driver().findElement(By.id("new-fixDays"));
            fix.clear();
            fix.sendKeys("30");
            browser.submit(By.id("add-rule"));
            assertThat(browser.text(By.id("rule-R-91"))).contains("R-91", "结案后逾期未归档");

            // someone else changes the rule meanwhile: the page's edit (on version 0) is refused
            Http.Response other = new Http(port).put("/api/v1/reviews/routine-rules/R-91", "application/json",
                    "{\"version\":0,\"description\":\"结案十年仍未归档（测试）\",\"source\":\"\",\"days\":3600,\"fixDays\":30,\"active\":false}"
                            .getBytes(StandardCharsets.UTF_8), "*", "tmo", PW);
            assertThat(other.status()).as(other.body()).isEqualTo(200);
            browser.submit(By.id("save-R-91"));
            assertThat(browser.pageText()).contains("常规评查规则 R-91 已被他人修改，请刷新后重试");
        }
        assertThat(new Http(port).put("/api/v1/reviews/routine-rules/R-91", "application/json",
                "{\"version\":1,\"description\":\"x\",\"days\":1,\"fixDays\":1,\"active\":true}".getBytes(StandardCharsets.UTF_8), "*",
                "president", PW).status()).as("a basic court's president does not set the province's rules").isEqualTo(403);
        try (Browser browser = new Browser(port)) {
            browser.signIn("president", PW);
            browser.open("/reviews/rules");
            assertThat(browser.text(By.id("rule-R-91"))).contains("R-91");
            assertThat(browser.driver().findElements(By.id("save-R-91"))).isEmpty();
        }
    }

    @Test
    void theOfficeSetsATaskFromThePageAndAStaleChangeIsRefused() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", PW);
            browser.open("/reviews/tasks");
            new Select(browser.driver().findElement(By.id("task-kind"))).selectByValue("SPECIAL");
            browser.driver().findElement(By.id("task-court")).sendKeys("吉0103");
            setDate(browser, "task-from", "2025-01-01");
            setDate(browser, "task-to", "2026-12-31");
            setDate(browser, "task-deadline", "2020-01-01");
            browser.submit(By.id("create-task"));
            assertThat(browser.text(By.id("form-errors"))).contains("请填写任务名称", "完成期限应不早于今天");
            assertThat(browser.driver().findElement(By.id("task-court")).getAttribute("value")).as("the input is kept").isEqualTo("吉0103");

            browser.driver().findElement(By.id("task-title")).sendKeys("页面布置的专项评查");
            WebElement sample = browser.driver().findElement(By.id("task-sample"));
            sample.clear();
            sample.sendKeys("1");
            setDate(browser, "task-deadline", today.plusDays(30).toString());
            browser.submit(By.id("create-task"));
            WebElement row = browser.driver().findElement(By.xpath("//table[@id='tasks']//tr[td[@class='title' and text()='页面布置的专项评查']]"));
            assertThat(row.findElement(By.className("progress")).getText()).isEqualTo("0 / 1");
            long id = Long.parseLong(row.getAttribute("id").substring("task-".length()));

            Http.Response other = new Http(port).put("/api/v1/reviews/tasks/" + id, "application/json",
                    ("{\"version\":0,\"title\":\"页面布置的专项评查\",\"deadline\":\"" + today.plusDays(40) + "\"}").getBytes(StandardCharsets.UTF_8),
                    "*", "tmo", PW);
            assertThat(other.status()).as(other.body()).isEqualTo(200);
            browser.submit(By.cssSelector("#task-" + id + " form.task-edit button"));
            assertThat(browser.pageText()).contains("已被他人修改，请刷新后重试");
            browser.open("/reviews/tasks");
            assertThat(browser.text(By.cssSelector("#task-" + id + " .deadline"))).isEqualTo(today.plusDays(40).toString());
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("president", PW);
            browser.open("/reviews/tasks");
            assertThat(browser.pageText()).as("another court's task is not shown").doesNotContain("页面布置的专项评查");
        }
    }

    /** A date input set as the browser would submit it (typing into it depends on the locale's date format). */
    private static void setDate(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
