package org.quanze.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quanze.Browser;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 审判委员会 in a real Chromium, each person at their own keyboard: the president appoints the secretary, convenes and
 * chairs; the secretary keeps attendance and records members' votes naming them; a member votes himself; the chair
 * votes last, decides and ends the meeting — each irreversible step after a confirm dialog.
 */
@QuanzeIntegrationTest
class CommitteeMeetingBrowserTests {

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void scheduleAttendanceMembersInOrderChairLastDecideAndEnd() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9301);
        long president = staff("president");
        long chief = staff("chief");
        String clerkNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'clerk'", String.class);
        String meetingPath;
        int present;
        try (Browser browser = new Browser(port)) {
            signIn(browser, "president");
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("审判委员会");
            browser.open("/committee");
            assertThat(browser.text(By.id("committee-title"))).endsWith("审判委员会");
            List<String> members = browser.driver().findElements(By.cssSelector("#committee-members tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(members).isNotEmpty().anyMatch(m -> m.contains("院长"));
            browser.driver().findElement(By.id("secretary-no")).sendKeys(clerkNo);
            browser.driver().findElement(By.cssSelector("#secretary-form button")).click();
            assertThat(browser.text(By.id("secretary-saved"))).contains("已指定审判委员会秘书");
            browser.driver().findElement(By.id("convene")).click();

            assertThat(browser.text(By.id("meeting-title"))).contains("审判委员会〔").endsWith("次会议");
            assertThat(browser.text(By.id("my-role"))).isEqualTo("您是本次会议主持人");
            assertThat(browser.text(By.id("quorum"))).contains("未达法定人数");
            meetingPath = browser.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "");

            // Quorum is more than half of the members (人民法院组织法 第38条): one short of it is refused, then it is met.
            int n = browser.driver().findElements(By.cssSelector("#attendance-form input[name=present]")).size();
            assertThat(n).isEqualTo(members.size());
            int required = n / 2 + 1;
            tick(browser, List.of(president, chief), required - 1);
            assertThat(browser.text(By.id("quorum"))).contains("出席 " + (required - 1) + " 人").contains("未达法定人数");
            present = Math.min(n, required + 1);
            tick(browser, List.of(president, chief), present);
            assertThat(browser.text(By.id("quorum"))).contains("出席 " + present + " 人").contains("已达法定人数");

            // A refused submission keeps what was typed and says why in Chinese
            browser.driver().findElement(By.id("case-number")).sendKeys("（2026）吉0102民初999999号");
            browser.driver().findElement(By.id("case-report")).sendKeys("合议庭对违约金是否调整意见分歧，提请讨论");
            browser.driver().findElement(By.id("case-proposal")).sendKeys("违约金酌减至实际损失的百分之三十");
            browser.submit(By.id("submit-case-button"));
            assertThat(browser.text(By.id("meeting-error"))).contains("不存在");
            assertThat(browser.driver().findElement(By.id("case-report")).getAttribute("value")).isEqualTo("合议庭对违约金是否调整意见分歧，提请讨论");
            browser.driver().findElement(By.id("case-number")).clear();
            browser.driver().findElement(By.id("case-number")).sendKeys(panel.caseNumber());
            browser.submit(By.id("submit-case-button"));
            WebElement item = browser.driver().findElement(By.cssSelector(".agenda-item"));
            assertThat(item.getText()).contains("案件", panel.caseNumber(), "违约金酌减至实际损失的百分之三十", "经" );
            assertThat(browser.text(By.cssSelector(".agenda-item .chair-waits"))).contains("主持人最后发表意见");
            assertThat(browser.driver().findElements(By.cssSelector(".agenda-item .my-vote-form"))).as("the chair votes last").isEmpty();
            screenshot(browser, "delib-committee.png");
        }
        // The chief, a member, votes himself — against.
        try (Browser browser = new Browser(port)) {
            signIn(browser, "chief");
            browser.open(meetingPath);
            assertThat(browser.driver().findElements(By.id("conclude-form"))).as("a member does not run the meeting").isEmpty();
            myVote(browser, "DISAGREE", "违约金约定未过分高于实际损失");
            assertThat(browser.text(By.cssSelector(".agenda-item table.votes"))).contains("不同意", "违约金约定未过分高于实际损失", "本人");
        }
        // The secretary records the other members' votes, naming each; the chair stays last in the list.
        try (Browser browser = new Browser(port)) {
            signIn(browser, "clerk");
            browser.open(meetingPath);
            assertThat(browser.text(By.id("my-role"))).isEqualTo("您是秘书");
            // recording the chair before the others is refused, and the page keeps the reasons typed
            recordVoteExpectingRefusal(browser, String.valueOf(president), "AGREE", "秘书不能替主持人抢先");
            while (true) {
                List<String> voters = new Select(browser.driver().findElement(By.cssSelector(".vote-form select[name=voter]")))
                        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
                assertThat(voters.get(voters.size() - 1)).as("the chair speaks last").isEqualTo(String.valueOf(president));
                if (voters.size() == 1) break;
                recordVote(browser, voters.get(0), "AGREE", "理由" + voters.get(0));
            }
        }
        // The chair votes last, decides and ends the meeting.
        try (Browser browser = new Browser(port)) {
            signIn(browser, "president");
            browser.open(meetingPath);
            myVote(browser, "AGREE", "违约金过分高于实际损失");
            assertThat(browser.driver().findElements(By.cssSelector(".agenda-item table.votes tbody tr"))).hasSize(present);
            assertThat(browser.text(By.cssSelector(".agenda-item table.votes"))).contains("记录人");
            confirmClick(browser, By.cssSelector(".conclude-item"));
            String outcome = browser.text(By.cssSelector(".agenda-item .outcome"));
            assertThat(outcome).contains("决定：同意：违约金酌减至实际损失的百分之三十").contains("少数意见").contains("不同意");

            browser.driver().findElement(By.id("minutes")).sendKeys("会议讨论了一件案件，决定违约金酌减，由合议庭执行。");
            browser.driver().findElement(By.id("recording")).sendKeys("LY-2026-001");
            confirmClick(browser, By.id("conclude-meeting"));
            assertThat(browser.text(By.id("minutes-view"))).contains("会议已结束", "会议讨论了一件案件", "LY-2026-001", "主持人", "秘书");
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
    void theChairDefersAnItemWithItsReasonAndEndsTheMeeting() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9303);
        try (Browser browser = new Browser(port)) {
            signIn(browser, "president");
            browser.open("/committee");
            browser.driver().findElement(By.id("convene")).click();
            browser.driver().findElement(By.id("case-number")).sendKeys(panel.caseNumber());
            browser.driver().findElement(By.id("case-report")).sendKeys("需补充鉴定");
            browser.submit(By.id("submit-case-button"));
            // no reason: refused in Chinese, and the meeting is still there to act on
            confirmClick(browser, By.cssSelector(".agenda-item .defer-item"));
            assertThat(browser.text(By.id("meeting-error"))).contains("请填写撤回或暂缓的理由");
            browser.driver().findElement(By.cssSelector(".withdraw-form input[name=reason]")).sendKeys("待补充鉴定意见后再议");
            confirmClick(browser, By.cssSelector(".agenda-item .defer-item"));
            assertThat(browser.text(By.cssSelector(".agenda-item .outcome"))).contains("已暂缓", "待补充鉴定意见后再议");
            assertThat(browser.text(By.id("waiting"))).as("the deferred case waits again").contains(panel.caseNumber());

            browser.driver().findElement(By.id("minutes")).sendKeys("该案暂缓讨论。");
            confirmClick(browser, By.id("conclude-meeting"));
            assertThat(browser.text(By.id("minutes-view"))).contains("会议已结束", "该案暂缓讨论");
        }
    }

    @Test
    void aPanelMemberKeepsTheDeliberationRecordAndCannotSignAlone() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9302);
        try (Browser browser = new Browser(port)) {
            signIn(browser, "judge");
            assertThat(browser.text(By.cssSelector("nav.menu"))).as("a judge is no committee member").doesNotContain("审判委员会");
            browser.open("/deliberations");
            browser.driver().findElement(By.id("find-case")).sendKeys(panel.caseNumber());
            browser.submit(By.cssSelector("#find-record button"));
            assertThat(browser.pageText()).contains("该案暂无评议笔录");
            browser.submit(By.cssSelector("#open-record button"));

            assertThat(browser.text(By.id("record-case"))).isEqualTo(panel.caseNumber());
            assertThat(browser.text(By.id("panel"))).contains("承办法官", "审判长", "未签名");
            browser.driver().findElement(By.cssSelector("#add-issue input[name=question]")).sendKeys("违约金是否应当调整");
            browser.driver().findElement(By.cssSelector("#add-issue input[name=proposal]")).sendKeys("违约金应当酌减");
            browser.submit(By.cssSelector("#add-issue button"));
            WebElement vote = browser.driver().findElement(By.cssSelector(".issue .vote-form"));
            vote.findElement(By.cssSelector("input[name=choice][value=AGREE]")).click();
            vote.findElement(By.name("opinion")).sendKeys("违约金过分高于实际损失");
            vote.findElement(By.cssSelector("button")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(org.quanze.Browser.stale(vote));
            assertThat(browser.text(By.cssSelector(".issue table.votes"))).contains("同意", "违约金过分高于实际损失");
            assertThat(browser.driver().findElements(By.cssSelector(".issue .vote-form"))).isEmpty();

            confirmClick(browser, By.id("sign"));
            assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("尚有成员未对全部问题表决");
        }
        try (Browser browser = new Browser(port)) {
            signIn(browser, "president");
            browser.open("/deliberations?caseNumber=" + panel.caseNumber());
            assertThat(browser.text(By.id("records"))).contains("评议中");
        }
        try (Browser browser = new Browser(port)) {
            signIn(browser, "filer");
            assertThat(browser.text(By.cssSelector("nav.menu"))).doesNotContain("审判委员会").doesNotContain("合议评议");
        }
    }

    /** The chief convenes a professional judges' meeting and runs it (it answered him 403 before). */
    @Test
    void theChiefConvenesAndRunsAProfessionalJudgesMeeting() {
        List<String> nos = jdbc.queryForList("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.quota_term q ON q.staff_id = s.id AND q.to_date IS NULL
                WHERE s.staff_no LIKE '吉0102-%' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no DESC LIMIT 6""", String.class);
        try (Browser browser = new Browser(port)) {
            signIn(browser, "chief");
            assertThat(browser.text(By.cssSelector("nav.menu"))).contains("专业法官会议");
            browser.open("/meetings");
            new Select(browser.driver().findElement(By.cssSelector("#form-body select[name=specialty]"))).selectByValue("ADMINISTRATIVE_COMPENSATION");
            browser.driver().findElement(By.cssSelector("#form-body input[name=memberNos]")).sendKeys(String.join("，", nos));
            browser.submit(By.cssSelector("#form-body button"));
            browser.submit(By.xpath("//*[contains(@class,'card') and contains(@class,'body')][contains(., '行政赔偿专业法官会议')]"
                    + "//form[contains(@class,'convene-form')]//button"));
            assertThat(browser.text(By.id("meeting-title"))).contains("行政赔偿专业法官会议〔");
            assertThat(browser.text(By.id("my-role"))).isEqualTo("您是本次会议主持人");
            List<WebElement> boxes = browser.driver().findElements(By.cssSelector("#attendance-form input[name=present]"));
            for (int i = 0; i < 4; i++) {
                browser.driver().findElements(By.cssSelector("#attendance-form input[name=present]")).get(i).click();
            }
            WebElement form = browser.driver().findElement(By.id("attendance-form"));
            browser.driver().findElement(By.id("save-attendance")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(org.quanze.Browser.stale(form));
            assertThat(boxes).hasSize(6);
            assertThat(browser.text(By.id("quorum"))).contains("出席 4 人 / 需 5 人").contains("未达法定人数");
            browser.driver().findElement(By.cssSelector("#add-topic input[name=title]")).sendKeys("行政协议案件类案指导");
            browser.driver().findElement(By.cssSelector("#add-topic input[name=proposal]")).sendKeys("统一裁判尺度");
            browser.driver().findElement(By.cssSelector("#add-topic button")).click();
            assertThat(browser.text(By.cssSelector(".agenda-item"))).contains("统一裁判尺度");
            screenshot(browser, "delib-professional.png");
        }
    }

    // ---- helpers

    /** Signs in and waits until the login has answered (on a loaded machine the next page could overtake it). */
    private static void signIn(Browser browser, String user) {
        browser.signIn(user, QuanzeIntegrationTest.DEMO_PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private long staff(String user) {
        return jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = ?", Long.class, user);
    }

    /** Marks the given people and then the first others present, {@code count} in all, saves, and waits for the new page. */
    private static void tick(Browser browser, List<Long> first, int count) {
        List<String> members = browser.driver().findElements(By.cssSelector("#attendance-form input[name=present]")).stream()
                .map(b -> b.getAttribute("value")).toList();
        List<String> order = new ArrayList<>(members);
        for (int i = first.size() - 1; i >= 0; i--) {
            order.remove(String.valueOf(first.get(i)));
            order.add(0, String.valueOf(first.get(i)));
        }
        Set<String> present = Set.copyOf(order.subList(0, count));
        for (String member : members) {
            // found afresh each time: nothing found before a click can go stale under it
            WebElement box = browser.driver().findElement(By.cssSelector("#attendance-form input[name=present][value='" + member + "']"));
            if (box.isSelected() != present.contains(member)) box.click();
        }
        WebElement form = browser.driver().findElement(By.id("attendance-form"));
        browser.driver().findElement(By.id("save-attendance")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(org.quanze.Browser.stale(form));
    }

    private static void myVote(Browser browser, String choice, String opinion) {
        WebElement form = browser.driver().findElement(By.cssSelector(".my-vote-form"));
        form.findElement(By.cssSelector("input[name=choice][value=" + choice + "]")).click();
        form.findElement(By.name("opinion")).sendKeys(opinion);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(org.quanze.Browser.stale(form));
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]"))).as(browser.pageText()).isEmpty();
    }

    private static void recordVote(Browser browser, String voter, String choice, String opinion) {
        WebElement form = fillRecord(browser, voter, choice, opinion);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(org.quanze.Browser.stale(form));
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]"))).as(browser.pageText()).isEmpty();
    }

    private static void recordVoteExpectingRefusal(Browser browser, String voter, String choice, String opinion) {
        fillRecord(browser, voter, choice, opinion);
        assertThat(browser.text(By.id("meeting-error"))).contains("主持人最后发表意见");
        assertThat(browser.driver().findElement(By.cssSelector(".vote-form input[name=opinion]")).getAttribute("value")).isEqualTo(opinion);
    }

    private static WebElement fillRecord(Browser browser, String voter, String choice, String opinion) {
        WebElement form = browser.driver().findElement(By.cssSelector(".vote-form"));
        new Select(form.findElement(By.name("voter"))).selectByValue(voter);
        form.findElement(By.cssSelector("input[name=choice][value=" + choice + "]")).click();
        form.findElement(By.name("opinion")).sendKeys(opinion);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return form;
    }

    /** Clicks a button whose form asks for confirmation, and confirms. */
    private static void confirmClick(Browser browser, By button) {
        WebElement element = browser.driver().findElement(button);
        element.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(org.quanze.Browser.stale(element));
    }

    /** With {@code -Dquanze.screenshots=<dir>}, saves the page at 1366×768 for a person to look at. */
    private static void screenshot(Browser browser, String name) {
        String dir = System.getProperty("quanze.screenshots");
        if (dir == null) return;
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        try {
            Files.write(Path.of(dir, name), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
