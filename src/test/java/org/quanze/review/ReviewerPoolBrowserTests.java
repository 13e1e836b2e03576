package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * 评查人才库 page in Chromium: the office recommends a reviewer — told in Chinese what is missing, with the input kept —
 * sees him listed, is refused an edit made on a version someone else has since changed, and assigns a review from the
 * pool by the balanced rule; a basic court's president does not see another court's reviewers. The specialty here is
 * 国家赔偿, which no other test's pool has.
 */
@QuanzeIntegrationTest
class ReviewerPoolBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void theOfficeRecommendsAReviewerAndAssignsAReviewFromThePool() {
        long reviewer = ReviewTestCases.judge(jdbc, "吉0103", 2);
        String staffNo = ReviewTestCases.staffNo(jdbc, reviewer);
        String name = jdbc.queryForObject("SELECT name FROM organization.staff WHERE id = ?", String.class, reviewer);
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", PW);
            browser.open("/reviews/pool");
            browser.driver().findElement(By.id("staffNo")).sendKeys(staffNo);
            browser.submit(By.id("recommend"));
            assertThat(browser.text(By.id("form-errors"))).contains("评查专长").contains("请至少选择一项评查专长");
            assertThat(browser.driver().findElement(By.id("staffNo")).getAttribute("value")).as("the input is kept").isEqualTo(staffNo);

            browser.driver().findElement(By.id("specialty-STATE_COMPENSATION")).click();
            browser.submit(By.id("recommend"));
            String row = browser.text(By.id("reviewer-" + staffNo));
            assertThat(row).contains(name).contains("国家赔偿");

            // someone else changes the entry meanwhile: the edit on the page's version is refused
            long poolId = jdbc.queryForObject("SELECT id FROM review.reviewer WHERE staff_id = ?", Long.class, reviewer);
            Http.Response other = new Http(port).put("/api/v1/reviews/pool/" + poolId, "application/json",
                    "{\"version\":0,\"specialties\":[\"STATE_COMPENSATION\",\"OTHER\"],\"thirdParty\":false}".getBytes(StandardCharsets.UTF_8),
                    "*", "tmo", PW);
            assertThat(other.status()).as(other.body()).isEqualTo(200);
            browser.submit(By.cssSelector("#reviewer-" + staffNo + " form.pool-edit button"));
            assertThat(browser.pageText()).contains("该评查人信息已被他人修改，请刷新后重试");

            // a review of a 国家赔偿 case, assigned from the pool
            long handler = ReviewTestCases.judge(jdbc, "吉0102", 1);
            String number = ReviewTestCases.insert(jdbc, "吉0102", "委赔", 2026, 9761, handler, null, false);
            jdbc.update("UPDATE casefile.case_file SET category = 'STATE_COMPENSATION' WHERE case_number = ?", number);
            Http.Response enrolled = new Http(port).post("/api/v1/reviews", "application/json",
                    ("{\"caseNumber\":\"" + number + "\",\"kind\":\"DOCUMENT\",\"selfOrCross\":\"CROSS\"}").getBytes(StandardCharsets.UTF_8), "tmo", PW);
            long id = new ObjectMapper().readTree(enrolled.body()).get("id").asLong();
            browser.open("/reviews/" + id);
            browser.submit(By.id("assign-balanced"));
            assertThat(browser.text(By.id("review-facts"))).contains(name);
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("president", PW);
            browser.open("/reviews/pool");
            assertThat(browser.driver().findElements(By.id("reviewer-" + staffNo))).as("another court's reviewer is not shown").isEmpty();
            assertThat(browser.driver().findElements(By.id("recommend-form"))).as("the president may recommend for his own court")
                    .isNotEmpty();
        }
    }
}
