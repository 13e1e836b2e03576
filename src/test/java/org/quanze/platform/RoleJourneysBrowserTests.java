package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.deliberation.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily journey of each role no other browser test walks to its end (issue 9, "a browser test per role"), at
 * 1366×768: from the workbench, by the side menu and the links on the pages, to the end of the day's work — with no
 * refusal or failure page, no unlabelled message ({@code ??…??}) and no raw JSON on any page visited.
 */
@QuanzeIntegrationTest
class RoleJourneysBrowserTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void theSupervisionOfficeRecordsAnInterferenceAndSeesItThenTheFourKindsOfCases() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9601);
        try (Browser browser = start("supervisor")) {
            menu(browser, "干预司法记录");
            browser.driver().findElement(By.id("ir-case")).sendKeys(panel.caseNumber());
            new Select(browser.driver().findElement(By.id("ir-origin"))).selectByValue("INTERNAL");
            browser.driver().findElement(By.id("ir-name")).sendKeys("某审判员");
            browser.driver().findElement(By.id("ir-post")).sendKeys("本院民一庭审判员");
            new Select(browser.driver().findElement(By.id("ir-manner"))).selectByValue("IN_PERSON");
            browser.driver().findElement(By.id("ir-request")).sendKeys("打听合议情况");
            browser.driver().findElement(By.id("ir-response")).sendKeys("已拒绝并记录");
            browser.driver().findElement(By.id("ir-submit")).click();
            clean(browser, "the interference record saved");
            assertThat(browser.text(By.id("flash"))).contains("已记录");
            assertThat(browser.text(By.cssSelector("table.interference"))).contains("打听合议情况", "当面");

            menu(browser, "四类案件");
            assertThat(browser.pageText()).contains("四类案件");
        }
    }

    @Test
    void theTrialManagementOfficeGoesFromProvinceFiguresToACaseItsTrailAndTheVerification() {
        try (Browser browser = start("tmo")) {
            menu(browser, "态势分析");
            String number = drillDownToACase(browser, "tmo");
            browser.open("/trail?caseNumber=" + Http.encode(number));
            clean(browser, "the trail of " + number);
            browser.driver().findElement(By.linkText("校验留痕链")).click();
            clean(browser, "the trail verification");
            assertThat(browser.text(By.id("verification"))).contains("留痕链完整");
        }
    }

    @Test
    void theHighCourtPresidentGoesFromProvinceFiguresToALowerCourtsCase() {
        try (Browser browser = start("highpresident")) {
            menu(browser, "态势分析");
            String number = drillDownToACase(browser, "highpresident");
            assertThat(number).as("a case of a court below the high court").doesNotContain("吉01民");
            assertThat(present(browser, By.id("case-actions"))).as("viewing only").isEmpty();
        }
    }

    @Test
    void anAssistantOpensTheTeamsCaseAndIsNotOfferedToSign() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9602);
        try (Browser browser = start("assistant")) {
            browser.open("/cases/" + Http.encode(panel.caseNumber()));
            clean(browser, "the team's case " + panel.caseNumber());
            assertThat(browser.text(By.id("case-number"))).isEqualTo(panel.caseNumber());
            assertThat(present(browser, By.id("sign-judgment"))).as("an assistant may not sign (the power list)").isEmpty();
            assertThat(present(browser, By.id("act-closing"))).as("nor close the case").isEmpty();
        }
    }

    @Test
    void aPeopleAssessorAndAJudgeOutsideTheQuotaSeeTheirWorkbenchWithoutHandlingActions() {
        for (String user : new String[] {"assessor", "exjudge"}) {
            try (Browser browser = start(user)) {
                assertThat(present(browser, By.id("case-actions"))).isEmpty();
                List<String> entries = browser.driver().findElements(By.cssSelector("#side-menu a")).stream()
                        .map(a -> a.getText().strip()).toList();
                assertThat(entries).as(user + "'s menu").doesNotContain("立案", "繁简分流");
                for (String entry : entries) {
                    menu(browser, entry);
                    assertThat(present(browser, By.id("case-actions"))).as(user + " on " + entry).isEmpty();
                }
            }
        }
    }

    @Test
    void englishPagesShowOurOwnLabelsInEnglish() {
        try (Browser browser = start("supervisor")) {
            browser.open("/interference?lang=en");
            clean(browser, "the interference form in English");
            for (String select : new String[] {"ir-origin", "ir-manner"}) {
                assertThat(browser.text(By.id(select))).as(select).doesNotContainPattern("\\p{IsHan}");
            }
            String topBar = browser.text(By.cssSelector("header .muted"));
            assertThat(topBar.substring(topBar.lastIndexOf('·') + 1)).as("the post in the top bar").doesNotContainPattern("\\p{IsHan}");

            browser.open("/powers");
            clean(browser, "the power list in English");
            for (WebElement row : browser.driver().findElements(By.cssSelector("#power-list tbody tr[id]"))) {
                for (int column : new int[] {2, 3, 4}) { // kind, subject, condition; the description and source are the texts as issued
                    assertThat(row.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText())
                            .as(row.getAttribute("id") + " column " + column).doesNotContainPattern("\\p{IsHan}");
                }
            }
            browser.open("/?lang=zh_CN");
        }
    }

    /** Signs in at 1366×768 and checks the workbench. */
    private Browser start(String user) {
        Browser browser = new Browser(port);
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        browser.signIn(user, PW);
        clean(browser, user + "'s workbench");
        assertThat(browser.driver().findElements(By.id("side-menu"))).as(user + " has the menu").isNotEmpty();
        return browser;
    }

    /** Follows the side menu's entry named {@code label}, as a person does. */
    private static void menu(Browser browser, String label) {
        WebElement entry = browser.driver().findElements(By.cssSelector("#side-menu a")).stream()
                .filter(a -> a.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu entry " + label + " in " + browser.text(By.id("side-menu"))));
        entry.click();
        clean(browser, "menu " + label);
    }

    /** From the statistics page: the first figure's case list, then the first case of it; answers its number. */
    private static String drillDownToACase(Browser browser, String who) {
        browser.submit(By.cssSelector("#basic-table td.num a"));
        clean(browser, who + "'s case list of a figure");
        WebElement first = browser.driver().findElement(By.cssSelector("main table tbody a[href*='/cases/']"));
        String number = first.getText();
        first.click();
        clean(browser, who + " opening " + number);
        assertThat(browser.text(By.id("case-number"))).isEqualTo(number);
        return number;
    }

    /** The elements found at once: the implicit wait would make every check for an absent element last 5 s. */
    private static List<WebElement> present(Browser browser, By by) {
        browser.driver().manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.driver().findElements(by);
        } finally {
            browser.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }

    /** No refusal or failure page, no missing message, no raw JSON. */
    private static void clean(Browser browser, String where) {
        String text = browser.pageText();
        assertThat(present(browser, By.id("error-title"))).as(where + " answers an error page:\n" + text).isEmpty();
        assertThat(text).as(where).doesNotContain("??").doesNotContain("{\"").doesNotContain("Whitelabel");
    }
}
