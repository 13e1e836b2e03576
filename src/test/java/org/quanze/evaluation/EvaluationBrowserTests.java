package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.statistics.Screenshots;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 绩效考核 pages in Chromium: the office computes a court's judges for last year and opens one explanation; the office
 * copies the judge scheme as a new year's, adds an item with a threshold rule and sees it listed, and is told in
 * Chinese what is wrong with a bad value and with an edit someone else overtook.
 */
@QuanzeIntegrationTest
class EvaluationBrowserTests {

    @LocalServerPort int port;

    /** Fills the item form: the rule type first, so that its parameters are shown. */
    private static void fillItem(Browser browser, String code, String name, String measure, String points, String threshold) {
        WebElement form = browser.driver().findElement(By.id("item-form"));
        form.findElement(By.name("code")).sendKeys(code);
        form.findElement(By.name("name")).sendKeys(name);
        new Select(form.findElement(By.name("measure"))).selectByValue(measure);
        WebElement pointsField = form.findElement(By.name("points"));
        pointsField.clear();
        pointsField.sendKeys(points);
        new Select(form.findElement(By.id("rule-type"))).selectByValue("THRESHOLD");
        new Select(form.findElement(By.name("THRESHOLD.atLeast"))).selectByValue("true");
        form.findElement(By.name("THRESHOLD.threshold")).sendKeys(threshold);
        form.findElement(By.name("THRESHOLD.otherwiseShare")).sendKeys("0");
    }

    @Test
    void theOfficeAddsAThresholdItemToNextYearsJudgeSchemeAndIsToldInChineseWhatIsWrong() {
        // only this test copies the judge scheme, to two years on, so no run of another test uses the copy
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 2;
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/evaluations/schemes");
            // the newest version of the 2017 judge scheme is listed first of its year
            browser.driver().findElement(By.xpath("//table[@id='schemes']//tr[td[1]='员额法官' and td[2]='2017']//a")).click();
            WebElement copy = browser.driver().findElement(By.id("copy-form"));
            WebElement copyYear = copy.findElement(By.name("year"));
            copyYear.clear();
            copyYear.sendKeys(String.valueOf(year));
            copy.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.text(By.id("scheme-title"))).contains(year + "年度第1版");

            browser.driver().findElement(By.id("add-item")).click();
            fillItem(browser, "ARCHIVE_STRICT", "卷宗归档（≥95%）", "ARCHIVED_RATE", "2", "0.95");
            browser.driver().findElement(By.id("item-save")).click();
            assertThat(browser.text(By.id("scheme-title"))).contains(year + "年度第2版");
            String items = browser.text(By.id("item-ARCHIVE_STRICT"));
            assertThat(items).contains("卷宗归档（≥95%）").contains("归档率").contains("达标计分").contains("≥0.95").contains("2.00");
            assertThat(browser.text(By.id("scheme-imbalance"))).contains("合计 82 分");
            String url = browser.driver().getCurrentUrl();
            long version2 = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

            // a threshold that is not a number: a Chinese message naming the parameter, nothing stored
            browser.driver().findElement(By.id("add-item")).click();
            fillItem(browser, "BAD_ITEM", "错误的项目", "ARCHIVED_RATE", "2", "九成");
            browser.driver().findElement(By.id("item-save")).click();
            assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("「达标值」应为数值：九成");

            // the office opens the form while someone else saves another version: its save is refused, not merged
            browser.open("/evaluations/schemes/" + version2 + "/items/new");
            Http.Response read = new Http(port).get("/api/v1/evaluations/schemes/" + version2, "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            String seen = String.valueOf((Integer) com.jayway.jsonpath.JsonPath.read(read.body(), "$.version"));
            Http.Response other = new Http(port).post("/api/v1/evaluations/schemes/" + version2 + "/items", "application/json", """
                    {"code":"OTHER","name":"另一人的修改","measure":"INPUT","points":"1","ruleType":"BOUNDED","rule":{"floor":0}}"""
                    .getBytes(StandardCharsets.UTF_8), "tmo", QuanzeIntegrationTest.DEMO_PASSWORD, seen);
            assertThat(other.status()).as(other.body()).isEqualTo(201);
            fillItem(browser, "LATE_ITEM", "迟到的修改", "ARCHIVED_RATE", "2", "0.9");
            browser.driver().findElement(By.id("item-save")).click();
            assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("已被他人修改").contains("第 2 版")
                    .contains("第 3 版");
        }
    }

    /** Fills the compute form of the evaluations page and submits it. */
    private static void compute(Browser browser, String courtCode, int year, String kind) {
        browser.open("/evaluations");
        WebElement form = browser.driver().findElement(By.id("compute-form"));
        WebElement court = form.findElement(By.name("court"));
        court.clear();
        court.sendKeys(courtCode);
        WebElement yearField = form.findElement(By.name("year"));
        yearField.clear();
        yearField.sendKeys(String.valueOf(year));
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    void theOfficeComputesAYearAndEveryScoreOpensToItsItems() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        new EvaluationCalls(port, "tmo", QuanzeIntegrationTest.DEMO_PASSWORD).schemeForYear("JUDGE", year);
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            compute(browser, "吉0102", year, "JUDGE");

            assertThat(browser.text(By.id("run-title"))).contains("吉0102");
            String results = browser.text(By.id("results"));
            assertThat(results).contains("总分").contains("办案数量");
            browser.submit(By.cssSelector("#results tbody a"));
            assertThat(browser.text(By.id("items"))).contains("办案数量");
        }
    }

    /**
     * Last year's assistants (no other test touches that scheme year): the office is told the year has no scheme of its
     * own and copies the newest one, then computes; the explanation shows every score with two decimals and the rates
     * as percentages.
     */
    @Test
    void aYearWithoutItsSchemeOffersTheCopyAndTheResultShowsTwoDecimalsAndPercentages() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            compute(browser, "吉0102", year, "ASSISTANT");
            assertThat(browser.text(By.id("no-scheme"))).contains(year + " 年度没有法官助理考核方案")
                    .contains("不套用其他年度的方案");
            assertThat(browser.driver().findElements(By.id("run-title"))).isEmpty();
            browser.driver().findElement(By.id("copy-newest")).click();
            assertThat(browser.text(By.id("scheme-title"))).contains(year + "年度第1版");

            compute(browser, "吉0102", year, "ASSISTANT");
            assertThat(browser.text(By.id("run-title"))).contains("吉0102").contains(year + "年第1版");
            for (WebElement total : browser.driver().findElements(By.cssSelector("#results td.total"))) {
                assertThat(total.getText()).matches("-?\\d+\\.\\d{2}");
            }
            // the best-ranked assistant (rank 1 sorts first)
            browser.submit(By.cssSelector("#results tbody a"));
            assertThat(browser.text(By.id("result-total"))).matches(".*总分 \\d+\\.\\d{2} · .*");
            for (WebElement points : browser.driver().findElements(By.cssSelector("#items td.points, #items td.full-points"))) {
                assertThat(points.getText()).matches("-?\\d+\\.\\d{2}");
            }
            // 所在审判团队审限内结案率 is a rate: a percentage, not a fraction
            String rate = browser.driver().findElement(By.xpath("//table[@id='items']//tr[td[1][contains(., '审限内结案率')]]/td[2]")).getText();
            assertThat(rate).matches("\\d+\\.\\d{2}%");
            Screenshots.save(browser, "evaluation-result");
        }
    }
}
