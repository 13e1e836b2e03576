package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.TestSmtpServer;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal in Chromium (issue 15): the filing office sees the new case's query code once; the party signs in with
 * it and follows the case to its closing, of which an e-mail also tells them; staff pages stay shut to the party.
 */
@QuanzeIntegrationTest
class PortalBrowserTests {

    private static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired NoticeSender sender;

    @Test
    void aPartyFollowsTheirCaseFromSignInToItsClosing() throws Exception {
        String number;
        String code;
        try (Browser staff = new Browser(port)) {
            staff.signIn("filer", PW);
            staff.open("/cases/new");
            new Select(staff.driver().findElement(By.id("caseType"))).selectByValue("民初");
            staff.driver().findElement(By.id("causeCode")).sendKeys("民间借贷纠纷");
            staff.driver().findElement(By.id("partyName0")).sendKeys("郑七");
            staff.driver().findElement(By.id("partyName1")).sendKeys("冯八");
            staff.submit(By.id("file-submit"));
            number = staff.text(By.id("case-number"));
            Matcher shown = Pattern.compile("查询码：([2-9A-HJ-NP-Z]{10})").matcher(staff.text(By.id("query-code")));
            assertThat(shown.find()).as("the query code is shown after filing").isTrue();
            code = shown.group(1);
            staff.open("/cases/" + Http.encode(number));
            assertThat(staff.driver().findElements(By.id("query-code"))).as("and only once").isEmpty();
        }

        Http http = new Http(port);
        String handler = closeByApi(http, number);
        sender.deliver(1000, () -> true);

        try (Browser party = new Browser(port)) {
            party.open("/portal");
            party.driver().findElement(By.id("portal-case-number")).sendKeys(number);
            party.driver().findElement(By.id("portal-query-code")).sendKeys("WRONGCODE2");
            party.submit(By.id("portal-submit"));
            assertThat(party.text(By.id("portal-error"))).isEqualTo("案号或查询码不正确");

            party.driver().findElement(By.id("portal-case-number")).clear();
            party.driver().findElement(By.id("portal-case-number")).sendKeys(number);
            party.driver().findElement(By.id("portal-query-code")).sendKeys(code);
            party.submit(By.id("portal-submit"));
            assertThat(party.text(By.id("portal-case"))).isEqualTo(number);
            assertThat(party.text(By.id("portal-status"))).isEqualTo("已结案");
            assertThat(party.text(By.id("portal-judge"))).isNotBlank().isNotEqualTo("—");
            String steps = party.text(By.id("portal-steps"));
            assertThat(steps).contains("立案受理，案由：民间借贷纠纷", "承办法官", "已结案，结案方式：判决")
                    .doesNotContain("郑七", "冯八", "分流");

            party.open("/cases");
            assertThat(party.pageText()).as("a staff page is shut to the party").contains("当事人只能查看本人案件");

            party.open("/portal/case");
            party.submit(By.id("portal-sign-out"));
            party.open("/portal/case");
            assertThat(party.driver().findElement(By.id("portal-sign-in")).isDisplayed()).as("signed out").isTrue();
        }
        // the closing was also sent to the party's e-mail, once
        long closings = Arrays.stream(TestSmtpServer.SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("zheng7@example.com")
                                && m.getContent().toString().contains("已结案");
                    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
        assertThat(closings).isEqualTo(1);
        assertThat(handler).isNotBlank();
    }

    /** Diversion, assignment, signing and closing through the API; the party's e-mail recorded first. */
    private String closeByApi(Http http, String number) {
        Http.Response contact = http.post("/api/v1/cases/" + Http.encode(number) + "/notice-contacts", "application/json",
                "{\"partyName\":\"郑七\",\"channel\":\"EMAIL\",\"address\":\"zheng7@example.com\"}".getBytes(StandardCharsets.UTF_8), "filer", PW);
        assertThat(contact.status()).as(contact.body()).isEqualTo(204);
        assertThat(post(http, "diverter", number, "diversion", "0", "{\"track\":\"SIMPLE\"}").status()).isEqualTo(200);
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        Http.Response assigned = post(http, "diverter", number, "assignment", "1",
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案由同一法官审理\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(post(http, "judge", number, "judgment", "2", null).status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Http.Response closed = post(http, "judge", number, "closing", "3", "{\"closedOn\":\"" + today + "\",\"closeMethod\":\"判决\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        return "judge";
    }

    private Http.Response post(Http http, String user, String number, String action, String version, String json) {
        return http.post("/api/v1/cases/" + Http.encode(number) + "/" + action, "application/json",
                (json == null ? "" : json).getBytes(StandardCharsets.UTF_8), user, PW, version);
    }
}
