package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 优秀案件与文书名单 in Chromium: a basic court's president publishes a case its self-review found excellent; the list
 * refuses what the form does not support (L3: no document flaw, no 差文书), and the published list is read by the
 * court's own judges but not by another court's.
 */
@QuanzeIntegrationTest
class ReviewListBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void thePresidentPublishesAnExcellentCaseAndOnlyHisCourtsReadTheList() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0102", 2);
        long reviewer = ReviewTestCases.judge(jdbc, "吉02", 2);
        String number = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2026, 9781, handler, null, false);
        long id = Long.parseLong(ReviewIntegrationTests.field(post(http, "/api/v1/reviews",
                "{\"caseNumber\":\"" + number + "\",\"kind\":\"DOCUMENT\",\"selfOrCross\":\"SELF\"}", "president"), "id"));
        Http.Response assigned = post(http, "/api/v1/reviews/" + id + "/reviewer",
                "{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, reviewer) + "\"}", "president");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        Http.Response concluded = post(http, "/api/v1/reviews/" + id + "/conclusion",
                "{\"version\":1,\"findings\":{},\"proposedExcellent\":true,\"report\":\"事实清楚，说理透彻\"}", TestCases.account(jdbc, reviewer));
        assertThat(ReviewIntegrationTests.field(concluded, "result")).as(concluded.body()).isEqualTo("EXCELLENT");

        try (Browser browser = new Browser(port)) {
            browser.signIn("president", PW);
            browser.open("/reviews/" + id);
            new Select(browser.driver().findElement(By.id("list"))).selectByValue("POOR_DOCUMENT");
            browser.driver().findElement(By.id("list-note")).sendKeys("文书差");
            browser.submit(By.id("publish-list"));
            assertThat(browser.pageText()).contains("L3 只有文书存在较重瑕疵或严重差错的案件可以列入差文书名单");

            browser.open("/reviews/" + id);
            new Select(browser.driver().findElement(By.id("list"))).selectByValue("EXCELLENT_CASE");
            browser.driver().findElement(By.id("list-note")).sendKeys("本院自查评为优秀");
            browser.submit(By.id("publish-list"));
            assertThat(browser.text(By.id("list-EXCELLENT_CASE"))).contains(number).contains("本院自查评为优秀");
            assertThat(browser.text(By.id("list-POOR_DOCUMENT"))).doesNotContain(number);
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(TestCases.account(jdbc, handler), PW);
            browser.open("/reviews/lists");
            assertThat(browser.text(By.id("list-EXCELLENT_CASE"))).as("the court's own judge reads it").contains(number);
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(TestCases.account(jdbc, ReviewTestCases.judge(jdbc, "吉02", 3)), PW);
            browser.open("/reviews/lists");
            assertThat(browser.text(By.id("list-EXCELLENT_CASE"))).as("another court's judge does not").doesNotContain(number);
        }
        assertThat(http.get("/api/v1/cases/" + Http.encode(number) + "/timeline", "president", PW).body()).contains("REVIEW_LISTED");
    }

    private static Http.Response post(Http http, String path, String body, String user) {
        return http.post(path, "application/json", body.getBytes(StandardCharsets.UTF_8), user, PW);
    }
}
