package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Login and the power list at the door: Basic auth for the API, lock-out, 403 naming the rule, malformed JSON. */
@QuanzeIntegrationTest
class SecurityIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired org.quanze.authority.Accounts accounts;
    @LocalServerPort int port;

    @Test
    void theApiWantsCredentialsAndAnswersProblemJson() {
        Http.Response response = new Http(port).get("/api/v1/courts", null, null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.queryForObject("SELECT password_hash FROM authority.account WHERE username = 'admin'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain(QuanzeIntegrationTest.ADMIN_PASSWORD);
    }

    /**
     * Issue 10: repeated failures lock the name for the address they came from only (nobody can lock a person out from
     * everywhere), and a locked name answers exactly as an unknown name or a wrong password does.
     */
    @Test
    void repeatedFailuresLockTheAccountForThatAddressOnlyAndALockLooksLikeAWrongPassword() {
        Http http = new Http(port);
        assertThat(http.get("/api/v1/me", "clerk", QuanzeIntegrationTest.DEMO_PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) assertThat(http.get("/api/v1/me", "clerk", "wrong").status()).isEqualTo(401);
        Http.Response locked = http.get("/api/v1/me", "clerk", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(locked.status()).as("the right password no longer opens a locked account").isEqualTo(401);
        Http.Response unknown = http.get("/api/v1/me", "nobody-by-this-name", "wrong");
        Http.Response wrong = http.get("/api/v1/me", "judge", "wrong");
        assertThat(locked.body()).isEqualTo(unknown.body()).isEqualTo(wrong.body());
        assertThat(accounts.lockedOut("clerk", "127.0.0.1")).isTrue();
        assertThat(accounts.lockedOut("clerk", "10.1.2.3")).as("another address is not locked out").isFalse();

        jdbc.update("DELETE FROM authority.login_failure WHERE username IN ('clerk', 'judge')");
        assertThat(http.get("/api/v1/me", "clerk", QuanzeIntegrationTest.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    /** Issue 10: one changes one's own password with the current one, under a policy, on the trail. */
    @Test
    void aPersonChangesTheirOwnPasswordUnderThePolicy() {
        Http http = new Http(port);
        String pw = QuanzeIntegrationTest.DEMO_PASSWORD;
        Http.Response wrongCurrent = changePassword(http, "assessor", pw, "not-the-current", "Zhu-Yi-2026-x");
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.body()).contains("\"field\":\"currentPassword\"");
        assertThat(changePassword(http, "assessor", pw, pw, "short-1").body()).contains("至少 10 个字符");
        assertThat(changePassword(http, "assessor", pw, pw, "assessor-2026").body()).contains("不得包含用户名");
        assertThat(changePassword(http, "assessor", pw, pw, "qwertyuiop").body()).contains("过于常见");

        assertThat(changePassword(http, "assessor", pw, pw, "Zhu-Yi-2026-x").status()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", "assessor", pw).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", "assessor", "Zhu-Yi-2026-x").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'PASSWORD_CHANGED' AND target_id = 'assessor'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'PASSWORD_CHANGED' AND changes LIKE '%Zhu-Yi%'",
                Long.class)).as("no password on the trail").isZero();

        assertThat(changePassword(http, "assessor", "Zhu-Yi-2026-x", "Zhu-Yi-2026-x", pw).status()).isEqualTo(204);
        jdbc.update("DELETE FROM authority.login_failure WHERE username = 'assessor'");
    }

    private static Http.Response changePassword(Http http, String user, String signInWith, String current, String next) {
        return http.post("/api/v1/me/password", "application/json",
                ("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}").getBytes(StandardCharsets.UTF_8),
                user, signInWith);
    }

    @Test
    void aJudgeIsRefusedThePowerListEditorByNamedRule() {
        Http.Response response = new Http(port).post("/api/v1/power-list", "application/json", """
                {"code":"X-1","kind":"GRANT","subjectKind":"ROLE","subjectCode":"CLERK","action":"SIGN_JUDGMENT",
                 "condition":"ALWAYS","description":"书记员签发"}""".getBytes(StandardCharsets.UTF_8),
                "judge", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("\"rule\":\"N-20\"").contains("办案法官不得修改权力清单");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM authority.power_rule WHERE code = 'X-1'", Long.class)).isZero();
    }

    @Test
    void powerListChangesAreOnTheTrailAndStaleWritesAreRefused() {
        Http http = new Http(port);
        String body = """
                {"code":"G-99","kind":"GRANT","subjectKind":"POST","subjectCode":"REVIEW_EXPERT","action":"VIEW_STATISTICS",
                 "condition":"OWN_COURT","description":"评查专家查看本院统计","source":"测试"}""";
        Http.Response added = http.post("/api/v1/power-list", "application/json", body.getBytes(StandardCharsets.UTF_8),
                "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(added.status()).isEqualTo(201);
        Http.Response changed = http.put("/api/v1/power-list/G-99", "application/json",
                body.replace("评查专家查看本院统计", "评查专家查看本院统计数据").getBytes(StandardCharsets.UTF_8), "0",
                "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(changed.status()).isEqualTo(200);
        Http.Response stale = http.put("/api/v1/power-list/G-99", "application/json", body.getBytes(StandardCharsets.UTF_8), "0",
                "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE target_id = 'G-99' AND actor = 'tmo'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void malformedJsonIsABadRequestNamingTheProblem() {
        Http.Response response = new Http(port).post("/api/v1/power-list", "application/json",
                "{\"code\": ".getBytes(StandardCharsets.UTF_8), "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("JSON");
    }
}
