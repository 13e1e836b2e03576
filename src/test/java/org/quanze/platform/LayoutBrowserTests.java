package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The layout as court staff meet it, at 1366×768: a side menu by heading that never offers a page answering 403,
 * breadcrumbs, the error page with its reason and a way back, success messages that say what was done, and forms
 * that keep what was typed and name each wrong field by its label. With {@code QUANZE_SCREENSHOTS=<dir>} the
 * main pages are saved there as {@code layout-*.png}.
 */
@QuanzeIntegrationTest
class LayoutBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final List<String> DEMO_USERS = List.of("filer", "diverter", "judge", "assistant", "clerk", "chief", "president",
            "supervisor", "assessor", "exjudge", "tmo", "highpresident", "admin");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void noMenuEntryOfAnyDemoRoleAnswersARefusalOrAFailure() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> refused = new ArrayList<>();
        for (String user : DEMO_USERS) {
            try (Browser browser = browser()) {
                signIn(browser, user, user.equals("admin") ? QuanzeIntegrationTest.ADMIN_PASSWORD : PW);
                List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.menu a"));
                assertThat(links).as(user + " has a menu").isNotEmpty();
                Set<String> paths = new LinkedHashSet<>();
                links.forEach(a -> paths.add(URI.create(a.getDomAttribute("href")).getPath()));
                String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
                for (String path : paths) {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) refused.add(user + " " + path + " → " + answer.statusCode());
                }
                if (List.of("judge", "tmo", "supervisor").contains(user)) {
                    browser.open("/");
                    screenshot(browser, "workbench-" + user);
                }
            }
        }
        assertThat(refused).as("menu entries that do not open").isEmpty();
    }

    @Test
    void theMenuIsGroupedByFunctionAndTheBreadcrumbsStartAtTheWorkbench() {
        try (Browser browser = browser()) {
            signIn(browser, "tmo", PW);
            String menu = browser.text(By.id("side-menu"));
            assertThat(menu).contains("审判管理", "监督", "统计与考核", "系统", "工作台", "权力清单", "留痕记录");
            assertThat(menu.indexOf("系统")).isLessThan(menu.indexOf("权力清单"));
            browser.open("/powers/edit");
            assertThat(browser.text(By.id("breadcrumbs"))).contains("工作台", "系统", "权力清单", "新增条目");
            assertThat(browser.text(By.cssSelector("nav.menu a.active"))).isEqualTo("权力清单");

            browser.open("/?lang=en");
            assertThat(browser.text(By.id("side-menu"))).contains("Workbench", "System");
            assertThat(browser.pageText()).as("powers by their English label").contains("Edit the power list");
            screenshot(browser, "workbench-tmo-en");
            browser.open("/powers");
            assertThat(browser.text(By.id("breadcrumbs"))).as("the cookie keeps English").contains("System");
            browser.open("/?lang=zh_CN");
            assertThat(browser.text(By.id("side-menu"))).contains("工作台");
        }
    }

    @Test
    void theErrorPageGivesTheReasonAndAWayBackWithoutEchoingTheInput() {
        try (Browser browser = browser()) {
            signIn(browser, "judge", PW);
            browser.open("/powers/edit");
            assertThat(browser.text(By.id("error-title"))).isEqualTo("无此权力");
            assertThat(browser.text(By.id("error-message"))).contains("权力清单不允许「编辑权力清单」", "N-20");
            assertThat(browser.text(By.id("error-back"))).isEqualTo("返回上一页");
            assertThat(browser.driver().findElement(By.id("error-home")).getDomAttribute("href")).isEqualTo("/");
            assertThat(browser.text(By.id("side-menu"))).as("a refused person keeps the menu").contains("工作台", "权力清单");
            screenshot(browser, "error-403-judge");

            String typed = "X".repeat(3000);
            browser.open("/no-such-page-" + typed);
            assertThat(browser.text(By.id("error-title"))).isEqualTo("未找到");
            assertThat(browser.text(By.id("error-message"))).contains("不存在");
            assertThat(browser.pageText()).doesNotContain("XXXXXXXXXX").doesNotContain("Exception").doesNotContain("org.");
            assertThat(browser.driver().findElements(By.id("side-menu"))).as("the menu is there to go on").isNotEmpty();
            screenshot(browser, "error-404-judge");

            browser.open("/four-kinds/" + typed);
            assertThat(browser.text(By.id("error-title"))).isEqualTo("未找到");
            assertThat(browser.pageText()).doesNotContain("X".repeat(200)).doesNotContain("Exception");
        }
    }

    @Test
    void theInterferenceFormKeepsWhatWasTypedAndNamesEachWrongFieldByItsLabel() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9431);
        String longName = "某".repeat(300);
        try (Browser browser = browser()) {
            signIn(browser, "judge", PW);
            browser.open("/interference");
            browser.driver().findElement(By.id("ir-case")).sendKeys(panel.caseNumber());
            new Select(browser.driver().findElement(By.id("ir-origin"))).selectByValue("EXTERNAL");
            browser.driver().findElement(By.id("ir-name")).sendKeys(longName);
            browser.driver().findElement(By.id("ir-post")).sendKeys("某区住建局局长");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2099-01-01T10:00'",
                    browser.driver().findElement(By.id("ir-at")));
            browser.driver().findElement(By.id("ir-request")).sendKeys("要求改判");
            browser.driver().findElement(By.id("ir-submit")).click();

            String errors = browser.text(By.id("form-errors"));
            assertThat(errors).contains("干预人姓名：干预人姓名最多 50 个字，现为 300 个字", "时间：时间不能晚于现在", "处理情况：请填写处理情况")
                    .doesNotContain("intervenerName").doesNotContain("occurredAt").doesNotContain("response");
            assertThat(browser.text(By.id("error-intervenerName"))).contains("最多 50 个字");
            assertThat(browser.driver().findElement(By.id("ir-name")).getAttribute("class")).contains("invalid");
            assertThat(browser.driver().findElement(By.id("ir-name")).getDomProperty("value")).isEqualTo(longName);
            assertThat(browser.driver().findElement(By.id("ir-post")).getDomProperty("value")).isEqualTo("某区住建局局长");
            assertThat(browser.driver().findElement(By.id("ir-request")).getDomProperty("value")).isEqualTo("要求改判");
            assertThat(browser.driver().findElement(By.id("ir-case")).getDomProperty("value")).isEqualTo(panel.caseNumber());
            assertThat(new Select(browser.driver().findElement(By.id("ir-origin"))).getFirstSelectedOption().getDomAttribute("value"))
                    .isEqualTo("EXTERNAL");
            screenshot(browser, "interference-errors-judge");
            Long before = jdbc.queryForObject("SELECT count(*) FROM supervision.interference_record", Long.class);

            WebElement name = browser.driver().findElement(By.id("ir-name"));
            name.clear();
            name.sendKeys("某局长");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-01-05T10:00'",
                    browser.driver().findElement(By.id("ir-at")));
            browser.driver().findElement(By.id("ir-response")).sendKeys("已拒绝，并如实记录");
            browser.driver().findElement(By.id("ir-submit")).click();
            assertThat(browser.text(By.id("flash"))).matches("已记录第 \\d+ 号干预司法记录，记录永久保存。");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision.interference_record", Long.class)).isEqualTo(before + 1);
            browser.open("/interference");
            assertThat(browser.driver().findElements(By.id("flash"))).as("shown once").isEmpty();
        }
    }

    @Test
    void thePowerListEditorKeepsWhatWasTypedAndSaysWhatWasSaved() {
        try (Browser browser = browser()) {
            signIn(browser, "tmo", PW);
            browser.open("/powers/edit");
            new Select(browser.driver().findElement(By.id("pf-action"))).selectByValue("VIEW_TRAIL");
            browser.driver().findElement(By.id("pf-source")).sendKeys("《人民法院审判管理工作规定》");
            browser.driver().findElement(By.id("pf-save")).click();
            assertThat(browser.text(By.id("form-errors"))).contains("编号：必填", "内容：必填").doesNotContain("description");
            assertThat(browser.driver().findElement(By.id("pf-source")).getDomProperty("value")).isEqualTo("《人民法院审判管理工作规定》");
            assertThat(new Select(browser.driver().findElement(By.id("pf-action"))).getFirstSelectedOption().getDomAttribute("value"))
                    .isEqualTo("VIEW_TRAIL");
            screenshot(browser, "powers-editor-errors-tmo");

            browser.driver().findElement(By.id("pf-code")).sendKeys("G-L1");
            browser.driver().findElement(By.id("pf-description")).sendKeys("审判管理办公室可以查看留痕记录（布局测试）");
            new Select(browser.driver().findElement(By.id("pf-subject-kind"))).selectByValue("OFFICE");
            new Select(browser.driver().findElement(By.id("pf-subject"))).selectByValue("TRIAL_MANAGEMENT");
            // inactive, so the entry changes nobody's powers in the context the tests share
            new Select(browser.driver().findElement(By.id("pf-active"))).selectByValue("false");
            browser.driver().findElement(By.id("pf-save")).click();
            assertThat(browser.text(By.id("flash"))).isEqualTo("已新增权力清单条目 G-L1：审判管理办公室可以查看留痕记录（布局测试）");
            screenshot(browser, "powers-tmo");
        }
    }

    /** Signs in and waits for the workbench, so the next address is opened signed in. */
    private static void signIn(Browser browser, String user, String password) {
        browser.signIn(user, password);
        browser.driver().findElement(By.id("side-menu"));
    }

    private static Browser browserAt1366(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        return browser;
    }

    private Browser browser() {
        return browserAt1366(new Browser(port));
    }

    /** Saved only when asked for ({@code QUANZE_SCREENSHOTS}), to look at the pages at 1366×768. */
    private static void screenshot(Browser browser, String name) {
        String dir = System.getenv("QUANZE_SCREENSHOTS");
        if (dir == null || dir.isBlank()) return;
        try {
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of(dir, "layout-" + name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
