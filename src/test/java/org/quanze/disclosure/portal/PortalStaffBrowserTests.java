package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.quanze.Browser;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.casefile.QueryCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The filing office's portal section of the case page in Chromium (issue 15): a new query code shown once after a
 * confirm dialog, the old one then refused; a party's notice contact recorded, a wrong one refused next to its field
 * with what was typed kept, the list showing addresses masked; a judge without the filing power sees none of it.
 */
@QuanzeIntegrationTest
class PortalStaffBrowserTests {

    private static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired QueryCodes queryCodes;

    @Test
    void theFilingOfficeReissuesTheQueryCodeAndRecordsAPartysContact() {
        String[] c = file("孙九");
        String number = c[0];
        try (Browser filer = new Browser(port)) {
            filer.signIn("filer", PW);
            filer.open("/cases/" + Http.encode(number));
            assertThat(filer.driver().findElements(By.id("contacts-none"))).hasSize(1);

            filer.submit(By.id("reissue-code"));
            Browser.confirm(filer);
            Matcher shown = Pattern.compile("新查询码：([2-9A-HJ-NP-Z]{10})").matcher(filer.text(By.id("reissued-code")));
            assertThat(shown.find()).as(filer.text(By.id("reissued-code"))).isTrue();
            assertThat(filer.text(By.id("reissued-code"))).contains("原查询码已失效");
            String code = shown.group(1);
            assertThat(queryCodes.matches(number, code)).as("the new code works").isTrue();
            assertThat(queryCodes.matches(number, c[1])).as("the old one no longer does").isFalse();
            filer.open("/cases/" + Http.encode(number));
            assertThat(filer.driver().findElements(By.id("reissued-code"))).as("shown only once").isEmpty();

            // a wrong phone: refused next to the field, in Chinese, what was typed still there
            filer.driver().findElement(By.id("contact-party")).sendKeys("孙九");
            filer.driver().findElement(By.id("contact-address")).sendKeys("1381234");
            filer.submit(By.id("contact-submit"));
            assertThat(filer.text(By.id("error-address"))).isEqualTo("手机号应为 11 位数字");
            assertThat(filer.driver().findElement(By.id("contact-party")).getDomAttribute("value")).isEqualTo("孙九");
            assertThat(filer.driver().findElement(By.id("contact-address")).getDomAttribute("value")).isEqualTo("1381234");

            filer.driver().findElement(By.id("contact-address")).clear();
            filer.driver().findElement(By.id("contact-address")).sendKeys("13812345678");
            filer.submit(By.id("contact-submit"));
            assertThat(filer.text(By.id("contact-done"))).isEqualTo("已登记孙九的通知联系方式");

            filer.driver().findElement(By.id("contact-party")).sendKeys("孙九");
            new Select(filer.driver().findElement(By.id("contact-channel"))).selectByValue("EMAIL");
            filer.driver().findElement(By.id("contact-address")).sendKeys("sun9@example.com");
            filer.submit(By.id("contact-submit"));
            String list = filer.text(By.id("notice-contacts"));
            assertThat(list).contains("孙九", "短信", "138****5678", "电子邮件", "s***@example.com")
                    .doesNotContain("13812345678", "sun9@");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal.contact WHERE case_number = ?", Long.class, number)).isEqualTo(2);

        try (Browser judge = new Browser(port)) {
            judge.signIn("judge", PW);
            judge.open("/cases/" + Http.encode(number));
            assertThat(judge.text(By.id("case-number"))).as("the judge sees the case").isEqualTo(number);
            assertThat(judge.driver().findElements(By.id("portal-staff"))).as("but not the filing office's section").isEmpty();
        }
    }

    /** Files a case as the filing office and designates the demo judge to it, so that judge may read its page. */
    private String[] file(String plaintiff) {
        String body = "{\"courtCode\":\"吉0102\",\"caseType\":\"民初\",\"causeCode\":\"民间借贷纠纷\",\"claimAmount\":50000,"
                + "\"parties\":[{\"kind\":\"NATURAL\",\"role\":\"原告\",\"name\":\"" + plaintiff + "\",\"idNumber\":\"11010519491231002X\"},"
                + "{\"kind\":\"LEGAL\",\"role\":\"被告\",\"name\":\"某某贸易公司\"}]}";
        Http http = new Http(port);
        Http.Response r = http.post("/api/v1/cases", "application/json", body.getBytes(StandardCharsets.UTF_8), "filer", PW);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String number = JsonPath.read(r.body(), "$.caseNumber");
        assertThat(post(http, "diverter", number, "diversion", "0", "{\"track\":\"SIMPLE\"}").status()).isEqualTo(200);
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        Http.Response assigned = post(http, "diverter", number, "assignment", "1",
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案由同一法官审理\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        return new String[] {number, JsonPath.read(r.body(), "$.queryCode")};
    }

    private Http.Response post(Http http, String user, String number, String action, String version, String json) {
        return http.post("/api/v1/cases/" + Http.encode(number) + "/" + action, "application/json",
                json.getBytes(StandardCharsets.UTF_8), user, PW, version);
    }
}
