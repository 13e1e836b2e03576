package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of every demo role's menu, opened in Chromium at 1366×768, reads as text for court staff: no message
 * key left as {@code ??key??}, no JSON, no instant in UTC ({@code 2026-12-06T01:00:00Z}), no code such as
 * {@code OLD_PENDING}, no stack trace, and nothing wider than the window — in Chinese, and for two roles in
 * English (judge, and tmo whose menu is the longest). The trail's recorded values, shown in {@code <code>} as the
 * audit record holds them, are left out. And every link of each workbench opens without a refusal.
 * And what a walk through the platform met: a committee meeting was filed under 专业法官会议, posts read
 * "审判委员会委员;院长", a judge's court page linked up to a court that answers 无此权力, the 人民陪审员's workbench
 * linked to a case list he may not open.
 */
@QuanzeIntegrationTest
class DailyUseBrowserTests {

    static final List<String> DEMO_USERS = List.of("filer", "diverter", "judge", "assistant", "clerk", "chief", "president",
            "supervisor", "assessor", "exjudge", "tmo", "highpresident", "admin");

    /** What a court user should never read on a page, by what it is. */
    static final Map<String, Pattern> RAW = Map.of(
            "message key", Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?"),
            "JSON", Pattern.compile("\\{\""),
            "UTC instant", Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"),
            "code", Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b"),
            "stack trace", Pattern.compile("Exception|Whitelabel|org\\.quanze\\.|java\\.\\w"));

    @LocalServerPort int port;

    @Test
    void everyMenuPageOfEveryRoleReadsAsTextAndFitsTheWindow() {
        List<String> found = new ArrayList<>();
        for (String user : DEMO_USERS) walk(user, null, found);
        assertThat(found).as("pages showing what a court user should not meet").isEmpty();
    }

    @Test
    void inEnglishNoPageShowsAMissingMessage() {
        List<String> found = new ArrayList<>();
        for (String user : List.of("judge", "tmo")) walk(user, "en", found);
        assertThat(found).as("pages showing what a court user should not meet").isEmpty();
    }

    @Test
    void aCommitteeMeetingSitsUnderTheCommitteeAndPostsReadAsAList() {
        try (Browser browser = signedIn("president")) {
            assertThat(browser.text(By.cssSelector(".topbar .who"))).as("posts joined by 、, in rank order").contains("院长、审判委员会委员").doesNotContain(";");
            browser.open("/committee");
            browser.driver().findElement(By.id("convene")).click();
            assertThat(browser.text(By.id("meeting-title"))).contains("审判委员会");
            assertThat(browser.text(By.cssSelector("nav.menu a.active"))).isEqualTo("审判委员会");
            assertThat(browser.text(By.id("breadcrumbs"))).contains("审判委员会").doesNotContain("专业法官会议");
        }
    }

    @Test
    void aCourtsPageLinksOnlyToCourtsTheReaderMayOpen() {
        try (Browser browser = signedIn("judge")) {
            browser.open("/organization");
            browser.submit(By.cssSelector("main table a"));
            List<String> courts = browser.driver().findElements(By.cssSelector("main a[href^='/organization/courts/']")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            for (String court : courts) {
                browser.open(court);
                assertThat(browser.driver().findElements(By.id("error-title"))).as(court + " opens").isEmpty();
            }
        }
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        browser.signIn(user, QuanzeIntegrationTest.DEMO_PASSWORD);
        browser.driver().findElement(By.id("side-menu"));
        return browser;
    }

    private void walk(String user, String lang, List<String> found) {
        try (Browser browser = new Browser(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.signIn(user, user.equals("admin") ? QuanzeIntegrationTest.ADMIN_PASSWORD : QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.driver().findElement(By.id("side-menu"));
            if (lang != null) browser.open("/?lang=" + lang);
            Set<String> paths = new LinkedHashSet<>();
            for (WebElement a : browser.driver().findElements(By.cssSelector("nav.menu a"))) {
                paths.add(URI.create(a.getDomAttribute("href")).getPath());
            }
            for (String path : paths) {
                browser.open(path);
                String where = user + (lang == null ? "" : " (" + lang + ")") + " " + path;
                String text = readableText(browser);
                RAW.forEach((what, pattern) -> {
                    Matcher m = pattern.matcher(text);
                    if (m.find()) found.add(where + ": " + what + " «" + around(text, m) + "»");
                });
                if (path.equals("/")) linksOfTheWorkbench(browser, where, found);
                long wide = ((Number) js(browser).executeScript("return document.documentElement.scrollWidth")).longValue();
                long window = ((Number) js(browser).executeScript("return document.documentElement.clientWidth")).longValue();
                if (wide > window) found.add(where + ": " + wide + " px wide in a " + window + " px window");
            }
        }
    }

    /** Every link of the workbench but those to single cases opens, not a refusal. */
    private static void linksOfTheWorkbench(Browser browser, String where, List<String> found) {
        Set<String> links = new LinkedHashSet<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("main a[href^='/']"))) {
            String href = a.getDomAttribute("href");
            if (!href.startsWith("/cases/") || href.startsWith("/cases/new") || href.startsWith("/cases/diversion")) links.add(href);
        }
        for (String link : links) {
            browser.open(link);
            if (!browser.driver().findElements(By.id("error-title")).isEmpty()) {
                found.add(where + ": its link " + link + " answers " + browser.text(By.id("error-title")));
            }
        }
        browser.open("/");
    }

    /** The page's text without what {@code <code>} shows verbatim. */
    private static String readableText(Browser browser) {
        return (String) js(browser).executeScript("""
                let text = document.body.innerText;
                document.querySelectorAll('main code').forEach(c => text = text.replace(c.innerText, ''));
                return text;""");
    }

    private static String around(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).replace('\n', ' ');
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }
}
