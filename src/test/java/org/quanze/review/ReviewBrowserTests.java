package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 案件评查 pages in Chromium: the reviewer fills the form, is told in Chinese what is missing with his input kept,
 * and concludes; the office reads the review tables with the figures the API gives and exports them.
 */
@QuanzeIntegrationTest
class ReviewBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void theReviewerFillsTheFormAndTheResultFollowsFromTheFlaws() {
        Http http = new Http(port);
        long handler = ReviewTestCases.judge(jdbc, "吉0102", 6);
        long reviewer = ReviewTestCases.judge(jdbc, "吉02", 4);
        String number = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2026, 9711, handler, null, false);
        Http.Response enrolled = http.post("/api/v1/reviews", "application/json",
                ("{\"caseNumber\":\"" + number + "\",\"kind\":\"DOCUMENT\",\"selfOrCross\":\"CROSS\"}").getBytes(StandardCharsets.UTF_8), "tmo", PW);
        long id = Long.parseLong(ReviewIntegrationTests.field(enrolled, "id"));
        assertThat(http.post("/api/v1/reviews/" + id + "/reviewer", "application/json",
                ("{\"version\":0,\"staffNo\":\"" + ReviewTestCases.staffNo(jdbc, reviewer) + "\"}").getBytes(StandardCharsets.UTF_8), "tmo", PW)
                .status()).isEqualTo(200);

        try (Browser browser = new Browser(port)) {
            browser.signIn(TestCases.account(jdbc, reviewer), PW);
            // the workbench lists the review to carry out
            browser.driver().findElement(By.cssSelector("#review-panel a[href$='/reviews/" + id + "']")).click();
            assertThat(browser.text(By.id("review-case"))).isEqualTo(number);
            browser.driver().findElement(By.id("flaw-P-02")).click();
            browser.driver().findElement(By.name("note_P-02")).sendKeys("超审限 12 天");
            browser.submit(By.id("conclude"));
            assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("评查报告").contains("请填写评查报告");
            assertThat(browser.driver().findElement(By.id("flaw-P-02")).isSelected()).as("the checked flaw is kept").isTrue();
            assertThat(browser.driver().findElement(By.name("note_P-02")).getAttribute("value")).isEqualTo("超审限 12 天");

            browser.driver().findElement(By.id("report")).sendKeys("文书说理尚可，程序有瑕疵");
            browser.submit(By.id("conclude"));
            assertThat(browser.text(By.id("review-result"))).contains("瑕疵");
            assertThat(browser.text(By.id("findings"))).contains("P-02").contains("超审限 12 天");
            browser.open("/reviews");
            assertThat(browser.text(By.id("reviews"))).as("the reviewer's own reviews are listed").contains(number).contains("瑕疵");
        }
    }

    @Test
    void theTablesPageShowsTheFiguresOfTheApiAndExportsThem() {
        // one key review in progress in 2017 (no other test enrols in 2017), so the page has a figure that is not 0
        long judge = ReviewTestCases.judge(jdbc, "吉0102", 5);
        String number = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2017, 9721, judge, "REVERSED", false);
        Http.Response imported = new Http(port).post("/api/v1/imports/reviews", "text/csv", ("case_number,kind,reviewing_court_code,enrolled_on\n"
                + number + ",重点,吉01,2017-05-01\n").getBytes(StandardCharsets.UTF_8), "tmo", PW);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String query = "court=" + Http.encode("吉") + "&from=2017-01-01&to=2017-12-31";
        JsonNode rows = new ObjectMapper().readTree(new Http(port).get("/api/v1/reviews/statistics?" + query, "tmo", PW).body()).get("rows");
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", PW);
            browser.open("/");
            browser.driver().findElement(By.linkText("评查统计")).click();
            browser.open("/reviews/statistics?" + query);
            WebElement total = browser.driver().findElement(By.cssSelector("#table-31 tbody tr"));
            assertThat(total.getAttribute("id")).as("the total row on top").isEqualTo("t31-吉");
            assertThat(total.findElement(By.tagName("th")).getText()).isEqualTo("合计");
            assertThat(browser.text(By.cssSelector("#t32-吉01 td[data-figure=IN_PROGRESS]"))).isEqualTo("1");
            for (JsonNode row : rows) {
                String key = row.get("key").asString();
                for (String figure : new String[] {"KEY_REVIEWS", "COMMITTEE_STUDIED", "QUALIFIED", "UNQUALIFIED"}) {
                    String shown = browser.driver().findElement(By.cssSelector("#t31-" + key + " td[data-figure=" + figure + "]")).getText();
                    assertThat(shown).as(key + " " + figure).isEqualTo(row.get("figures").get(figure).asString());
                }
                String notEnrolled = browser.driver().findElement(By.cssSelector("#t32-" + key + " td[data-figure=NOT_ENROLLED]")).getText();
                assertThat(notEnrolled).isEqualTo(row.get("figures").get("NOT_ENROLLED").asString());
            }
            assertThat(browser.driver().findElement(By.id("export-xlsx")).getAttribute("href")).contains("/reviews/statistics.xlsx?");
        }
        Http.Session session = Http.signIn(port, "tmo", PW);
        Http.Response xlsx = session.get("/reviews/statistics.xlsx?" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
