package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 态势分析 as the high court's trial-management office sees it, in a real Chromium: the province with its courts. */
@QuanzeIntegrationTest
class StatisticsBrowserTests {

    /** The demo's full year (the demo province holds last year and this year to date). */
    private static final String DEMO_YEAR = "&from=" + (java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue() - 1)
            + "-01-01&to=" + (java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue() - 1) + "-12-31";

    @LocalServerPort int port;

    @Test
    void theTrialManagementOfficeAnalysesTheProvince() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("态势分析");
            browser.open("/statistics");
            assertThat(browser.text(By.id("statistics-title"))).contains("吉林省高级人民法院", "审判运行态势分析");

            browser.open("/statistics?court=" + Http.encode("吉") + "&subordinates=true&from=2017-01-01&to=2017-12-31");
            assertThat(browser.text(By.id("statistics-title"))).contains("含下级法院");
            assertThat(browser.text(By.id("basic-table"))).contains("本期", "去年同期", "同比", "旧存", "新收", "受理", "审结",
                    "未结", "结案率", "人均受案", "人均结案");
            assertThat(browser.driver().findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#ranking-chart canvas"))).isNotEmpty();
            assertThat(browser.text(By.id("court-ranking"))).contains("吉林省长春市中级人民法院");
            assertThat(browser.driver().findElement(By.id("report-pdf")).getAttribute("href")).contains("/statistics/report.pdf?court=");
            assertThat(browser.text(By.id("key-indicators"))).contains("法定审限内结案率", "一审服判息诉率", "全省", "全国标杆");
            // the configured benchmarks; the scope is the whole province, so its province column is its own value
            assertThat(browser.text(By.cssSelector("#row-CLOSURE_RATE .benchmark"))).isEqualTo("90.00%");
            assertThat(browser.text(By.cssSelector("#row-CLOSED_WITHIN_DEADLINE_RATE .benchmark"))).isEqualTo("95.00%");
            assertThat(browser.text(By.cssSelector("#row-CLOSURE_RATE .province")))
                    .isEqualTo(browser.text(By.cssSelector("#row-CLOSURE_RATE td")));

            browser.open("/statistics?court=" + Http.encode("吉01") + "&subordinates=true" + DEMO_YEAR + "&groupBy=procedure");
            assertThat(browser.text(By.id("grouped-table"))).contains("审理程序").containsPattern("(普通|简易|第二审|执行|审判监督)程序");

            browser.driver().findElement(By.cssSelector("#row-ACCEPTED a")).click();
            assertThat(browser.text(By.id("cases-title"))).contains("受理");
            assertThat(browser.text(By.id("cases-total"))).startsWith("共");
        }
    }

    @Test
    void theProvinceByJudgeIsPagedSortedAndSearchedWithEachJudgesCourt() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/statistics?court=" + Http.encode("吉") + "&subordinates=true" + DEMO_YEAR + "&groupBy=judge");
            assertThat(browser.text(By.id("grouped-court-head"))).startsWith("法院");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#grouped-table tbody tr"));
            assertThat(rows).hasSize(50);
            String count = browser.text(By.id("grouped-count"));
            assertThat(count).startsWith("第 1–50 行，共 ");
            int total = Integer.parseInt(count.replaceAll(".*共 ([\\d,]+) 行.*", "$1").replace(",", ""));
            assertThat(total).as("the demo province's judges").isGreaterThan(100);
            // read the rows in one go (the page may still be drawing its charts); cases not yet assigned (filed by other
            // tests this year) form one row of their own, with no court
            @SuppressWarnings("unchecked")
            List<List<String>> cells = (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return [...document.querySelectorAll('#grouped-table tbody tr')].map(r => "
                            + "[r.cells[0].innerText, (r.querySelector('td.court') || {innerText: ''}).innerText]);");
            for (List<String> row : cells) {
                if (!row.get(0).startsWith("未分案")) assertThat(row.get(1)).as(row.get(0)).endsWith("法院");
            }
            assertThat(browser.text(By.id("grouped-pager"))).contains("第 1 页 共 " + ((total + 49) / 50) + " 页");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.driver().findElement(By.id("grouped-search")));
            Screenshots.save(browser, "analysis-by-judge");

            // the next page goes on where the first stopped
            browser.submit(By.id("grouped-next"));
            assertThat(browser.text(By.id("grouped-count"))).startsWith("第 51–");
            assertThat(browser.text(By.id("grouped-pager"))).contains("第 2 页");

            // sorted by 受理: a figure sorts the most first
            browser.submit(By.xpath("//table[@id='grouped-table']//th/a[starts-with(., '受理')]"));
            assertThat(browser.text(By.xpath("//table[@id='grouped-table']//th/a[starts-with(., '受理')]"))).endsWith("▼");
            List<Long> accepted = browser.driver().findElements(By.cssSelector("#grouped-table tbody tr td:nth-child(5)"))
                    .stream().map(e -> Long.parseLong(e.getText())).toList();
            assertThat(accepted).isSortedAccordingTo(java.util.Comparator.reverseOrder());

            // searched by court: only that court's judges
            WebElement search = browser.driver().findElement(By.cssSelector("#grouped-search input[name=q]"));
            search.sendKeys("长春市中级");
            browser.submit(By.cssSelector("#grouped-search button"));
            List<WebElement> courts = browser.driver().findElements(By.cssSelector("#grouped-table td.court"));
            assertThat(courts).isNotEmpty();
            for (WebElement court : courts) assertThat(court.getText()).isEqualTo("吉林省长春市中级人民法院");
        }
    }

    @Test
    void theRankingIsReadableAndLastYearWithoutDataIsNotAZero() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/statistics?court=" + Http.encode("吉") + "&subordinates=true" + DEMO_YEAR);
            // ranked by 结案率, which is not repeated among the other columns
            List<String> head = browser.driver().findElements(By.cssSelector("#court-ranking thead th")).stream()
                    .map(WebElement::getText).toList();
            assertThat(head).containsExactly("#", "法院", "结案率", "受理", "审结", "人均受案", "人均结案");
            WebElement chart = browser.driver().findElement(By.id("ranking-chart"));
            int topTen = chart.getSize().getHeight();
            new Select(browser.driver().findElement(By.id("ranking-show"))).selectByValue("all");
            assertThat(chart.getSize().getHeight()).as("a bar per court, each readable").isGreaterThan(topTen * 3);
            new Select(browser.driver().findElement(By.id("ranking-show"))).selectByValue("top");
            assertThat(browser.text(By.cssSelector(".charts"))).contains("按月趋势");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", chart);
            Screenshots.save(browser, "ranking-chart");
            browser.open("/statistics?court=" + Http.encode("吉") + "&subordinates=true" + DEMO_YEAR + "&groupBy=court");
            assertThat(browser.driver().findElements(By.cssSelector("#grouped-table tbody tr"))).hasSize(50);
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.driver().findElement(By.id("grouped-search")));
            Screenshots.save(browser, "analysis-by-court");

            // no test files cases before 2015: 2011 has no data, and the previous year of 2012 shows "—", not 0
            browser.open("/statistics?court=" + Http.encode("吉0103") + "&from=2012-01-01&to=2012-12-31");
            assertThat(browser.text(By.id("no-previous"))).contains("去年同期无案件数据");
            assertThat(browser.text(By.cssSelector("#row-OLD_PENDING .previous"))).isEqualTo("—");
            assertThat(browser.text(By.cssSelector("#row-NEWLY_FILED .previous"))).isEqualTo("—");
            assertThat(browser.text(By.cssSelector("#row-NEWLY_FILED .change"))).isEqualTo("—");
            // this year against last year: data, so a real 0 would show as 0
            int year = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
            browser.open("/statistics?court=" + Http.encode("吉0103") + "&from=" + year + "-01-01&to=" + year + "-06-30");
            assertThat(browser.driver().findElements(By.id("no-previous"))).isEmpty();
            assertThat(browser.text(By.cssSelector("#row-NEWLY_FILED .previous"))).matches("\\d+");
        }
    }

    @Test
    void aFiguresCasesShowLabelsNotCodesArePagedAndExport() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/statistics/cases?code=CLOSED&court=" + Http.encode("吉01") + "&subordinates=true" + DEMO_YEAR);
            String list = browser.text(By.id("case-list"));
            assertThat(list).doesNotContainPattern("ORDINARY|SIMPLE|FAST_TRACK|SECOND_INSTANCE|ENFORCEMENT|REVERSED|REMANDED");
            assertThat(list).containsPattern("(普通|简易|第二审|执行)程序");
            assertThat(browser.driver().findElements(By.cssSelector("#case-list tbody tr"))).hasSizeLessThanOrEqualTo(100);
            assertThat(browser.text(By.id("cases-pager"))).contains("第 1 页 共 ");
            long total = Long.parseLong(browser.text(By.id("cases-total")).replaceAll("\\D", ""));

            // the export holds every case of the list, not only the page, with dates as dates
            String href = browser.driver().findElement(By.id("cases-export")).getAttribute("href");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                Sheet sheet = book.getSheet("案件清单");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案号");
                assertThat(sheet.getLastRowNum()).isEqualTo((int) total);
                assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).endsWith("程序");
            }
        }
    }
}
