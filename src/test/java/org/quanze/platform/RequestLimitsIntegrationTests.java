package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed and huge input is refused with 400 naming the field, in Chinese, without Java class names and without
 * echoing what was sent; pages carry a Content-Security-Policy, a Referrer-Policy and a SameSite session cookie.
 */
@QuanzeIntegrationTest
class RequestLimitsIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private Http.Response fileWith(String claimText, String claimAmount) {
        String body = "{\"courtCode\":\"吉0102\",\"caseType\":\"民初\",\"causeCode\":\"民间借贷纠纷\",\"claimAmount\":" + claimAmount
                + ",\"claimText\":\"" + claimText + "\",\"parties\":[{\"kind\":\"NATURAL\",\"role\":\"原告\",\"name\":\"张三\","
                + "\"idNumber\":\"11010519491231002X\"}]}";
        return new Http(port).post("/api/v1/cases", "application/json", body.getBytes(StandardCharsets.UTF_8), "filer", PW);
    }

    @Test
    void aTenMegabyteTextIsRefused() {
        long before = jdbc.queryForObject("SELECT count(*) FROM casefile.case_file", Long.class);
        Http.Response response = fileWith("借".repeat(10 * 1024 * 1024 / 3), "1000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("超出允许的长度").contains("\"field\":\"claimText\"").doesNotContain("借借借");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.case_file", Long.class)).isEqualTo(before);
    }

    @Test
    void aNulCharacterIsA400NamingTheField() {
        Http.Response response = fileWith("借款\\u0000未还", "1000");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"claimText\"").doesNotContain("java.").doesNotContain("tools.jackson");
    }

    @Test
    void aHugeNumberIsA400NamingTheField() {
        Http.Response huge = fileWith("借款未还", "1e400");
        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(huge.body()).contains("\"field\":\"claimAmount\"");
        Http.Response longDigits = fileWith("借款未还", "9".repeat(5000));
        assertThat(longDigits.status()).as(longDigits.body()).isEqualTo(400);
        assertThat(longDigits.body()).doesNotContain("99999");
    }

    @Test
    void aValueOfTheWrongKindIsNamedInChineseWithoutJavaClassNames() {
        Http.Response response = fileWith("借款未还", "\"很多\"");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("字段 claimAmount 的值无效")
                .doesNotContain("java.").doesNotContain("BigDecimal").doesNotContain("很多");
    }

    @Test
    void aNotFoundNeverEchoesThePath() {
        Http.Response response = new Http(port).get("/api/v1/nothing-here-" + Http.encode("回声"), "judge", PW);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("回声").doesNotContain("nothing-here");
    }

    /** Issue 10: an unknown object's 404 neither quotes the number sent nor repeats the path requested. */
    @Test
    void aNotFoundObjectNeverEchoesWhatWasSent() {
        Http.Response response = new Http(port).get("/api/v1/cases/" + Http.encode("回声（2026）吉0102民初1号"), "judge", PW);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).contains("problem+json");
        assertThat(response.body()).doesNotContain("回声").doesNotContain("%E5%9B%9E");
    }

    @Test
    void pagesCarryContentSecurityPolicyReferrerPolicyAndASameSiteSessionCookie() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self' 'nonce-").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval"));
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }
}
