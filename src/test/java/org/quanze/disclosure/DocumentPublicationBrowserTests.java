package org.quanze.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * 裁判文书上网 in Chromium: from the case page to the document, the preview with every change highlighted and its
 * reason, one change undone and one added by the judge, the confirmation and the published text that follows.
 */
@QuanzeIntegrationTest
class DocumentPublicationBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void theJudgePreviewsAdjustsAndConfirmsAndTheAnonymisedTextIsPublished() {
        String number = DocumentTestCases.judgesCase(jdbc, 9811, LocalDate.of(2026, 11, 2));
        Http.Response attached = new Http(port).post("/api/v1/disclosure/documents", "application/json",
                ("{\"caseNumber\":" + JSON.writeValueAsString(number) + ",\"kind\":\"JUDGMENT\",\"effectiveOn\":\"2026-11-20\",\"text\":"
                        + JSON.writeValueAsString(DocumentTestCases.TEXT) + "}").getBytes(StandardCharsets.UTF_8), "judge", PW);
        long id = JSON.readTree(attached.body()).get("id").asLong();

        try (Browser browser = new Browser(port)) {
            browser.signIn("judge", PW);
            browser.open("/cases/" + Http.encode(number));
            assertThat(browser.text(By.cssSelector("#document-" + id))).contains("判决书", "待处理");
            browser.submit(By.cssSelector("#document-" + id + " a"));
            browser.submit(By.id("preview-link"));

            // every change highlighted in the original, with its rule; the ID number and phone deleted in the result
            List<WebElement> marks = browser.driver().findElements(By.cssSelector("#preview-original mark"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#preview-changes tbody tr"));
            assertThat(marks).isNotEmpty().hasSameSizeAs(rows);
            assertThat(marks).allSatisfy(m -> assertThat(m.getAttribute("data-rule")).startsWith("Art"));
            assertThat(browser.text(By.id("preview-original"))).contains("110101198003070019");
            assertThat(browser.text(By.id("preview-text"))).doesNotContain("110101198003070019").doesNotContain("15891356027");

            // the judge undoes the phone's deletion (say, the court's own switchboard) and deletes the amount
            WebElement phone = rows.stream().filter(r -> r.getText().contains("15891356027")).findFirst().orElseThrow();
            phone.findElement(By.cssSelector("input[name=keep]")).click();
            browser.driver().findElement(By.id("extra")).sendKeys("50000元");
            browser.submit(By.id("confirm-publish"));

            assertThat(browser.text(By.id("document-state"))).isEqualTo("已公开");
            assertThat(browser.text(By.id("published-text"))).contains("15891356027", "×××").doesNotContain("50000元")
                    .doesNotContain("110101198003070019");
            assertThat(browser.text(By.id("document-history"))).contains("已公开");

            browser.open("/documents/" + id + "?lang=en");
            assertThat(browser.text(By.id("document-state"))).isEqualTo("Published");
        }
    }

    /** 双百核查 as the office sees it: every figure of every row is a number linking to its cases, the total row named so. */
    @Test
    void theDoubleHundredTableShowsEveryFigure() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", PW);
            browser.open("/disclosure/double-hundred?court=" + Http.encode("吉") + "&from=2000-01-01&to=2026-12-31");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr[id^='dh-']"));
            assertThat(rows).isNotEmpty();
            assertThat(rows.get(0).findElement(By.tagName("th")).getText()).endsWith("（合计）");
            for (WebElement row : rows) {
                List<String> figures = row.findElements(By.tagName("td")).stream()
                        .filter(td -> !"RATE".equals(td.getAttribute("data-figure"))).map(WebElement::getText).toList();
                assertThat(figures).as(row.getText()).hasSize(org.quanze.disclosure.internal.DoubleHundredCheck.FIGURES.size())
                        .allSatisfy(text -> assertThat(text).matches("\\d+"));
            }
        }
    }
}
