package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 态势分析 as the high court's trial-management office sees it, in a real Chromium: the province with its courts. */
@QuanzeIntegrationTest
class StatisticsBrowserTests {

    @LocalServerPort int port;

    @Test
    void theTrialManagementOfficeAnalysesTheProvince() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("态势分析");
            browser.open("/statistics");
            assertThat(browser.text(By.id("statistics-title"))).contains("吉林省高级人民法院", "审判运行态势分析");

            browser.open("/statistics?court=" + org.quanze.Http.encode("吉") + "&subordinates=true&from=2017-01-01&to=2017-12-31");
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

            browser.open("/statistics?court=" + org.quanze.Http.encode("吉01") + "&subordinates=true&from=2017-01-01&to=2017-12-31&groupBy=procedure");
            assertThat(browser.text(By.id("grouped-table"))).contains("审理程序").containsPattern("(普通|简易|第二审|执行|审判监督)程序");

            browser.driver().findElement(By.cssSelector("#row-ACCEPTED a")).click();
            assertThat(browser.text(By.id("cases-title"))).contains("受理");
            assertThat(browser.text(By.id("cases-total"))).startsWith("共");
        }
    }
}
