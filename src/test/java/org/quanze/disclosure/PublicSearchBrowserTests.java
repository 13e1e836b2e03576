package org.quanze.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public judgment search in Chromium, without signing in: search by Chinese words, open the anonymised judgment. */
@QuanzeIntegrationTest
class PublicSearchBrowserTests {

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void anyoneFindsAPublishedJudgmentByItsWordsAndReadsOnlyTheAnonymisedText() {
        long id = PublicSearchIntegrationTests.published(new Http(port), jdbc, 9831, "骆驼养殖合作合同纠纷");
        try (Browser browser = new Browser(port)) {
            browser.open("/public/documents");
            browser.driver().findElement(By.id("q")).sendKeys("骆驼养殖");
            browser.submit(By.id("search"));
            assertThat(browser.text(By.id("result-count"))).isEqualTo("共 1 篇");
            assertThat(browser.text(By.id("hit-" + id))).contains("（2026）吉0102民初9831号", "长春市南关区人民法院", "骆驼");
            browser.submit(By.cssSelector("#hit-" + id + " a"));
            assertThat(browser.text(By.id("public-text"))).contains("骆驼养殖").doesNotContain("110101198003070019");

            browser.open("/public/documents?lang=en&q=" + Http.encode("骆驼"));
            assertThat(browser.text(By.id("result-count"))).isEqualTo("1 found");
        }
    }
}
