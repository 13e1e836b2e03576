package org.quanze.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 审判委员会 in a real Chromium: the president convenes, takes attendance, hears a case, records votes and closes. */
@QuanzeIntegrationTest
class CommitteeMeetingBrowserTests {

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void thePresidentTakesACaseFromTheAgendaToTheMinutes() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9301);
        long president = jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = 'president'", Long.class);
        try (Browser browser = new Browser(port)) {
            browser.signIn("president", QuanzeIntegrationTest.DEMO_PASSWORD);
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("审判委员会");

            browser.open("/committee");
            assertThat(browser.text(By.id("committee-title"))).endsWith("审判委员会");
            List<String> members = browser.driver().findElements(By.cssSelector("#committee-members tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(members).isNotEmpty().anyMatch(m -> m.contains("院长"));
            browser.driver().findElement(By.id("convene")).click();

            assertThat(browser.text(By.id("meeting-title"))).contains("审判委员会〔").endsWith("次会议");
            assertThat(browser.text(By.id("quorum"))).contains("未达法定人数");

            // Quorum is more than half of the members (人民法院组织法 第38条): one short of it is refused, then it is met.
            List<WebElement> boxes = browser.driver().findElements(By.cssSelector("#attendance-form input[name=present]"));
            int n = boxes.size();
            int required = n / 2 + 1;
            assertThat(n).isEqualTo(members.size());
            tick(browser, president, required - 1);
            assertThat(browser.text(By.id("quorum"))).contains("出席 " + (required - 1) + " 人").contains("未达法定人数");
            int present = Math.min(n, required + 1);
            tick(browser, president, present);
            assertThat(browser.text(By.id("quorum"))).contains("出席 " + present + " 人").contains("已达法定人数");

            browser.driver().findElement(By.id("case-number")).sendKeys(panel.caseNumber());
            browser.driver().findElement(By.id("case-report")).sendKeys("合议庭对违约金是否调整意见分歧，提请讨论");
            browser.driver().findElement(By.id("submit-case-button")).click();
            WebElement item = browser.driver().findElement(By.cssSelector(".agenda-item"));
            assertThat(item.getText()).contains("案件", panel.caseNumber(), "合议庭对违约金是否调整意见分歧");

            // Each present member in speaking order, the chair last; one dissent if the majority holds without it.
            List<String> voters = new Select(browser.driver().findElement(By.cssSelector(".vote-form select[name=voter]")))
                    .getOptions().stream().map(o -> o.getAttribute("value")).toList();
            assertThat(voters).hasSize(present).last().isEqualTo(String.valueOf(president));
            boolean dissent = present - 1 >= required;
            for (int i = 0; i < voters.size(); i++) {
                String stance = dissent && i == 0 ? "违约金不予调整" : "违约金酌减至实际损失的百分之三十";
                vote(browser, voters.get(i), stance, "理由" + (i + 1));
            }
            assertThat(browser.driver().findElements(By.cssSelector(".agenda-item table.votes tbody tr"))).hasSize(present);
            browser.driver().findElement(By.cssSelector(".conclude-item")).click();
            String outcome = browser.text(By.cssSelector(".agenda-item .outcome"));
            assertThat(outcome).contains("决定：违约金酌减至实际损失的百分之三十");
            if (dissent) assertThat(outcome).contains("少数意见").contains("违约金不予调整");

            browser.driver().findElement(By.id("minutes")).sendKeys("会议讨论了一件案件，决定违约金酌减，由合议庭执行。");
            browser.driver().findElement(By.id("recording")).sendKeys("LY-2026-001");
            browser.driver().findElement(By.id("conclude-meeting")).click();
            assertThat(browser.text(By.id("minutes-view"))).contains("会议已结束", "会议讨论了一件案件", "LY-2026-001");
            assertThat(browser.driver().findElements(By.id("conclude-form"))).isEmpty();

            assertThat(jdbc.queryForObject("SELECT committee_decided FROM casefile.case_file WHERE case_number = ?", Boolean.class,
                    panel.caseNumber())).isTrue();
            browser.open("/cases/" + panel.caseNumber());
            assertThat(browser.text(By.id("case-number"))).isEqualTo(panel.caseNumber());
            assertThat(browser.pageText()).contains("审判委员会讨论决定");

            browser.open("/committee");
            assertThat(browser.pageText()).contains("会议已结束");
        }
    }

    @Test
    void aPanelMemberKeepsTheDeliberationRecordAndCannotSignAlone() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9302);
        try (Browser browser = new Browser(port)) {
            browser.signIn("judge", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/deliberations");
            browser.driver().findElement(By.id("find-case")).sendKeys(panel.caseNumber());
            browser.driver().findElement(By.cssSelector("#find-record button")).click();
            assertThat(browser.pageText()).contains("该案暂无评议笔录");
            browser.driver().findElement(By.cssSelector("#open-record button")).click();

            assertThat(browser.text(By.id("record-case"))).isEqualTo(panel.caseNumber());
            assertThat(browser.text(By.id("panel"))).contains("承办法官", "审判长", "未签名");
            browser.driver().findElement(By.cssSelector("#add-issue input[name=question]")).sendKeys("违约金是否应当调整");
            browser.driver().findElement(By.cssSelector("#add-issue button")).click();
            WebElement vote = browser.driver().findElement(By.cssSelector(".issue .vote-form"));
            vote.findElement(By.name("stance")).sendKeys("应当酌减");
            vote.findElement(By.name("opinion")).sendKeys("违约金过分高于实际损失");
            vote.findElement(By.cssSelector("button")).click();
            assertThat(browser.text(By.cssSelector(".issue table.votes"))).contains("应当酌减", "违约金过分高于实际损失");
            assertThat(browser.driver().findElements(By.cssSelector(".issue .vote-form"))).isEmpty();

            browser.driver().findElement(By.id("sign")).click();
            assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("尚有成员未对全部问题表决");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("president", QuanzeIntegrationTest.DEMO_PASSWORD);
            browser.open("/meetings");
            assertThat(browser.pageText()).contains("专业法官会议", "组成专业法官会议");
            browser.open("/deliberations?caseNumber=" + panel.caseNumber());
            assertThat(browser.text(By.id("records"))).contains("评议中");
        }
    }

    /** Ticks the president and then others until {@code count} are present, and saves. */
    /** Marks the president and then the first others present, {@code count} in all, saves, and waits for the new page. */
    private static void tick(Browser browser, long president, int count) {
        List<String> members = browser.driver().findElements(By.cssSelector("#attendance-form input[name=present]")).stream()
                .map(b -> b.getAttribute("value")).toList();
        List<String> order = new ArrayList<>(members);
        order.remove(String.valueOf(president));
        order.add(0, String.valueOf(president));
        Set<String> present = Set.copyOf(order.subList(0, count));
        for (String member : members) {
            // found afresh each time: nothing found before a click can go stale under it
            WebElement box = browser.driver().findElement(By.cssSelector("#attendance-form input[name=present][value='" + member + "']"));
            if (box.isSelected() != present.contains(member)) box.click();
        }
        WebElement form = browser.driver().findElement(By.id("attendance-form"));
        browser.driver().findElement(By.id("save-attendance")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
    }

    private static void vote(Browser browser, String voter, String stance, String opinion) {
        WebElement form = browser.driver().findElement(By.cssSelector(".vote-form"));
        new Select(form.findElement(By.name("voter"))).selectByValue(voter);
        form.findElement(By.name("stance")).sendKeys(stance);
        form.findElement(By.name("opinion")).sendKeys(opinion);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]"))).as(browser.pageText()).isEmpty();
    }
}
