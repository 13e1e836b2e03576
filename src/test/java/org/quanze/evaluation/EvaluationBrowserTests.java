package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 绩效考核 pages in Chromium: the office computes a court's judges for last year and opens one explanation. */
@QuanzeIntegrationTest
class EvaluationBrowserTests {

    @LocalServerPort int port;

    @Test
    void theOfficeComputesAYearAndEveryScoreOpensToItsItems() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/evaluations");
            WebElement form = browser.driver().findElement(By.id("compute-form"));
            WebElement court = form.findElement(By.name("court"));
            court.clear();
            court.sendKeys("吉0102");
            WebElement year = form.findElement(By.name("year"));
            year.clear();
            year.sendKeys(String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1));
            new Select(form.findElement(By.name("kind"))).selectByValue("JUDGE");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            assertThat(browser.text(By.id("run-title"))).contains("吉0102");
            String results = browser.text(By.id("results"));
            assertThat(results).contains("总分").contains("办案数量");
            browser.driver().findElement(By.cssSelector("#results tbody a")).click();
            assertThat(browser.text(By.id("items"))).contains("办案数量");
        }
    }
}
