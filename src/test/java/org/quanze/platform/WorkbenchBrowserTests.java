package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The foundation as people see it, in a real Chromium: sign-in, workbench, menus by power, the power list. */
@QuanzeIntegrationTest
class WorkbenchBrowserTests {

    @LocalServerPort int port;

    @Test
    void aJudgeSeesTheWorkbenchAndIsRefusedThePowerListEditor() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("judge", QuanzeIntegrationTest.DEMO_PASSWORD);
            assertThat(browser.text(By.id("workbench-title"))).endsWith("，您好");
            assertThat(browser.pageText()).contains("吉林省长春市南关区人民法院").contains("在员额内").contains("担任承办人");
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("工作台", "组织机构", "权力清单")
                    .doesNotContain("留痕记录");

            browser.open("/powers");
            assertThat(browser.text(By.id("power-list"))).contains("N-03", "院长对其未直接参加审理的案件不得签发裁判文书");
            assertThat(browser.driver().findElements(By.id("edit-powers"))).isEmpty();

            browser.open("/powers/edit");
            assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("权力清单不允许「编辑权力清单」")
                    .contains("N-20").contains("办案法官不得修改权力清单");
        }
    }

    @Test
    void theTrialManagementOfficeEditsThePowerListAndVerifiesTheTrail() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("留痕记录");
            browser.open("/powers");
            browser.driver().findElement(By.id("edit-powers")).click();
            assertThat(browser.driver().findElement(By.id("power-form")).isDisplayed()).isTrue();
            browser.open("/trail/verify");
            assertThat(browser.text(By.id("verification"))).contains("留痕链完整");
            browser.open("/organization");
            assertThat(browser.text(By.id("courts"))).contains("吉林省高级人民法院", "长春铁路运输中级法院", "红石林区基层法院");
        }
    }

    @Test
    void theHighCourtsOfficeAndPresidentOpenALowerCourtsCaseFromTheList() {
        for (String user : new String[] {"tmo", "highpresident"}) {
            try (Browser browser = new Browser(port)) {
                browser.signIn(user, QuanzeIntegrationTest.DEMO_PASSWORD);
                browser.open("/cases?status=ALL&q=" + java.net.URLEncoder.encode("吉0102", java.nio.charset.StandardCharsets.UTF_8));
                String page = browser.pageText();
                assertThat(page).as(user + " sees the list: " + browser.driver().getCurrentUrl() + "\n" + page).contains("共 ");
                var first = browser.driver().findElement(By.cssSelector("#case-list tbody a"));
                String number = first.getText();
                assertThat(number).contains("吉0102");
                first.click();
                assertThat(browser.text(By.id("case-number"))).as(user + " opens a case of a court below (G-70, G-71)").isEqualTo(number);
                assertThat(browser.driver().findElements(By.id("case-actions"))).as("viewing only").isEmpty();
            }
        }
    }

    @Test
    void aWrongPasswordIsToldInChinese() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("judge", "wrong-password");
            assertThat(browser.pageText()).contains("用户名或密码错误");
        }
    }
}
