package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parties' portal on a real PostgreSQL and a real SMTP server (issue 15): a party sees their own case only; wrong
 * codes are refused and lock the case; every disclosed step gives one notice per party and channel, delivered once.
 */
@QuanzeIntegrationTest
class PortalIntegrationTests {

    private static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired NoticeSender sender;
    @LocalServerPort int port;

    /** A browser of a party: keeps its session cookie. */
    private final class Party {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Http.Response signIn(String caseNumber, String code) {
            return send(HttpRequest.newBuilder(uri("/api/v1/portal/sessions")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"caseNumber\":\"" + caseNumber + "\",\"queryCode\":\"" + code + "\"}")));
        }

        Http.Response get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        Http.Response send(HttpRequest.Builder request) {
            try {
                HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Http.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Files a case as the filing office; answers its number and the query code the filing answer carries. */
    private String[] file(String plaintiff) {
        String body = "{\"courtCode\":\"吉0102\",\"caseType\":\"民初\",\"causeCode\":\"民间借贷纠纷\",\"claimAmount\":50000,"
                + "\"parties\":[{\"kind\":\"NATURAL\",\"role\":\"原告\",\"name\":\"" + plaintiff + "\",\"idNumber\":\"11010519491231002X\"},"
                + "{\"kind\":\"LEGAL\",\"role\":\"被告\",\"name\":\"某某贸易公司\"}]}";
        Http.Response r = new Http(port).post("/api/v1/cases", "application/json", body.getBytes(StandardCharsets.UTF_8), "filer", PW);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String number = JsonPath.read(r.body(), "$.caseNumber");
        String code = JsonPath.read(r.body(), "$.queryCode");
        assertThat(code).hasSize(10);
        return new String[] {number, code};
    }

    private Http.Response staff(String user, String number, String action, String version, String json) {
        return new Http(port).post("/api/v1/cases/" + Http.encode(number) + "/" + action, "application/json",
                (json == null ? "" : json).getBytes(StandardCharsets.UTF_8), user, PW, version);
    }

    @Test
    void theQueryCodeIsKeptOnlyAsAHash() {
        String[] c = file("王小明");
        String hash = jdbc.queryForObject("SELECT query_code_hash FROM casefile.case_file WHERE case_number = ?", String.class, c[0]);
        assertThat(hash).startsWith("$2").doesNotContain(c[1]);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE changes LIKE ?", Long.class, "%" + c[1] + "%"))
                .as("the trail never holds the code").isZero();
    }

    @Test
    void aPartySeesTheOfficePhoneOfTheClerkOfTheirCase() {
        String[] mine = file("周三");
        assertThat(staff("diverter", mine[0], "diversion", "0", "{\"track\":\"SIMPLE\"}").status()).isEqualTo(200);
        String judgeNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'judge'", String.class);
        Http.Response assigned = staff("diverter", mine[0], "assignment", "1",
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"" + judgeNo + "\",\"reason\":\"串案由同一法官审理\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        Party party = new Party();
        assertThat(party.signIn(mine[0], mine[1]).status()).isEqualTo(201);
        Http.Response view = party.get("/api/v1/portal/case");
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        String clerk = JsonPath.read(view.body(), "$.clerk.name");
        String phone = JsonPath.read(view.body(), "$.clerk.officePhone");
        // the demo gives every clerk an office line; the one shown is that of the clerk of the judge's team
        assertThat(phone).matches("0431-\\d{8}");
        assertThat(jdbc.queryForList("""
                SELECT s.office_phone FROM organization.staff s JOIN organization.team_member m ON m.staff_id = s.id
                WHERE s.role = 'CLERK' AND s.name = ? AND m.team_id IN (SELECT tm.team_id FROM organization.team_member tm
                    JOIN authority.account a ON a.staff_id = tm.staff_id WHERE a.username = 'judge')""", String.class, clerk))
                .containsExactly(phone);
    }

    @Test
    void aPartySeesTheirOwnCaseAndNothingOfAnother() {
        String[] mine = file("赵一");
        String[] other = file("钱二");
        Party party = new Party();
        assertThat(party.signIn(other[0], mine[1]).status()).as("another case's number with my code").isEqualTo(401);
        Http.Response signedIn = party.signIn(mine[0], mine[1]);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);

        Http.Response view = party.get("/api/v1/portal/case");
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(view.body(), "$.caseNumber")).isEqualTo(mine[0]);
        assertThat((String) JsonPath.read(view.body(), "$.court")).isNotBlank();
        assertThat((List<String>) JsonPath.read(view.body(), "$.events[*].kind")).containsExactly("FILING");
        assertThat((String) JsonPath.read(view.body(), "$.events[0].text")).startsWith("立案受理，案由：民间借贷纠纷");
        assertThat(view.body()).as("no party's personal data, no other case")
                .doesNotContain("赵一", "某某贸易公司", "002X", other[0], "钱二");

        // a party's session reaches nothing else: staff API and pages answer 401/403
        assertThat(party.get("/api/v1/cases/" + Http.encode(other[0])).status()).isIn(401, 403);
        assertThat(party.get("/api/v1/cases/" + Http.encode(mine[0])).status()).isIn(401, 403);
        assertThat(party.get("/cases/" + Http.encode(mine[0])).status()).isIn(401, 403);
        assertThat(party.get("/").status()).isIn(401, 403);
        assertThat(party.get("/api/v1/trail").status()).isIn(401, 403);
        // and the portal answers nobody without a session
        assertThat(new Party().get("/api/v1/portal/case").status()).isEqualTo(401);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal.case_query WHERE case_number = ?", Long.class, mine[0]))
                .as("each view counted").isEqualTo(1);
    }

    @Test
    void wrongCodesAreRefusedAndTheTenthLocksTheCaseUntilANewCodeIsIssued() {
        String[] c = file("孙三");
        Party guesser = new Party();
        for (int i = 0; i < 10; i++) {
            Http.Response wrong = guesser.signIn(c[0], "WRONG" + i + "AAAA");
            assertThat(wrong.status()).as("wrong code " + (i + 1)).isEqualTo(401);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
        }
        Http.Response locked = new Party().signIn(c[0], c[1]);
        assertThat(locked.status()).as("locked, even with the right code, from any client").isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");

        Http.Response reissued = new Http(port).post("/api/v1/cases/" + Http.encode(c[0]) + "/query-code", "application/json",
                new byte[0], "filer", PW);
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(200);
        String fresh = JsonPath.read(reissued.body(), "$.queryCode");
        assertThat(new Party().signIn(c[0], c[1]).status()).as("the old code stops working").isEqualTo(401);
        assertThat(new Party().signIn(c[0], fresh.toLowerCase()).status()).as("a new code lifts the lock").isEqualTo(201);
    }

    @Test
    void aRightCodeDoesNotCountAsAWrongOne() {
        String[] c = file("周四");
        for (int i = 0; i < 9; i++) new Party().signIn(c[0], "NOPE");
        for (int i = 0; i < 3; i++) assertThat(new Party().signIn(c[0], c[1]).status()).isEqualTo(201);
        assertThat(new Party().signIn(c[0], "NOPE").status()).isEqualTo(401);
        assertThat(new Party().signIn(c[0], c[1]).status()).isEqualTo(429);
    }

    @Test
    void eachStepGivesOneNoticePerPartyAndChannelDeliveredOnceAcrossAStopAndACrash() throws Exception {
        sender.deliver(1000, () -> true); // whatever earlier tests left in the outbox
        String[] c = file("吴五");
        String number = c[0];
        Http http = new Http(port);
        for (String contact : List.of("{\"partyName\":\"吴五\",\"channel\":\"EMAIL\",\"address\":\"wu5@example.com\"}",
                "{\"partyName\":\"吴五\",\"channel\":\"SMS\",\"address\":\"13800000005\"}",
                "{\"partyName\":\"某某贸易公司\",\"channel\":\"EMAIL\",\"address\":\"legal@trade.example\"}")) {
            Http.Response r = http.post("/api/v1/cases/" + Http.encode(number) + "/notice-contacts", "application/json",
                    contact.getBytes(StandardCharsets.UTF_8), "filer", PW);
            assertThat(r.status()).as(r.body()).isEqualTo(204);
        }
        assertThat(staff("diverter", number, "diversion", "0", "{\"track\":\"SIMPLE\"}").status()).isEqualTo(200);
        assertThat(staff("diverter", number, "assignment", "1", "{\"mode\":\"RANDOM\"}").status()).isEqualTo(200);
        // internal steps (diversion) are not disclosed: only the assignment is a step, 3 contacts → 3 notices
        List<String> kinds = jdbc.queryForList("SELECT e.kind FROM portal.notice n JOIN portal.case_event e ON e.id = n.event_id WHERE n.case_number = ? ORDER BY n.id", String.class, number);
        assertThat(kinds).containsExactly("ASSIGNMENT", "ASSIGNMENT", "ASSIGNMENT");
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT (event_id, contact_id)) FROM portal.notice WHERE case_number = ?", Long.class, number)).isEqualTo(3);

        int mailsBefore = TestSmtpServer.SMTP.getReceivedMessages().length;
        // stopped after one notice: the rest of the claimed batch goes back to the outbox
        AtomicInteger allowed = new AtomicInteger(1);
        assertThat(sender.deliver(10, () -> allowed.getAndDecrement() > 0)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT status FROM portal.notice WHERE case_number = ? ORDER BY id", String.class, number))
                .containsExactly("SENT", "PENDING", "PENDING");
        // restarted: the rest goes out, nothing twice
        assertThat(sender.deliver(10, () -> true)).isEqualTo(2);
        assertThat(sender.deliver(10, () -> true)).isZero();
        assertThat(jdbc.queryForList("SELECT status FROM portal.notice WHERE case_number = ?", String.class, number))
                .containsOnly("SENT");
        MimeMessage[] mails = Arrays.copyOfRange(TestSmtpServer.SMTP.getReceivedMessages(), mailsBefore,
                TestSmtpServer.SMTP.getReceivedMessages().length);
        assertThat(mails).hasSize(2);
        assertThat(Arrays.stream(mails).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("wu5@example.com", "legal@trade.example");
        assertThat(mails[0].getSubject()).contains(number);
        assertThat(mails[0].getContent().toString()).startsWith("【").contains(number, "案件已分配（随机分案），承办法官：");

        // the defendant opts out from the portal; then a hearing is scheduled: two notices, not three
        Party plaintiff = new Party();
        assertThat(plaintiff.signIn(number, c[1]).status()).isEqualTo(201);
        assertThat(plaintiff.send(HttpRequest.newBuilder(uri("/api/v1/portal/opt-out")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"address\":\"legal@trade.example\"}"))).status()).isEqualTo(204);
        Http.Response hearing = http.post("/api/v1/cases/" + Http.encode(number) + "/hearings", "application/json",
                "{\"scheduledAt\":\"2030-01-10T01:30:00Z\",\"courtroom\":\"第三法庭\",\"liveStreamed\":true}"
                        .getBytes(StandardCharsets.UTF_8), handler(number), PW);
        assertThat(hearing.status()).as(hearing.body()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT channel || ' ' || address FROM portal.notice n JOIN portal.case_event e ON e.id = n.event_id WHERE n.case_number = ? AND e.kind = 'HEARING'", String.class, number))
                .containsExactlyInAnyOrder("EMAIL wu5@example.com", "SMS 13800000005");
        assertThat(jdbc.queryForObject("SELECT text FROM portal.case_event WHERE case_number = ? AND kind = 'HEARING'", String.class, number))
                .isEqualTo("定于 2030-01-10 09:30 在第三法庭开庭，庭审将网络直播");

        // a crash after claiming: the claimed notices are never sent again by themselves
        int mailsNow = TestSmtpServer.SMTP.getReceivedMessages().length;
        assertThat(sender.claim(10)).hasSize(2);
        sender.markInterrupted(); // what the next start does
        assertThat(sender.deliver(10, () -> true)).isZero();
        assertThat(TestSmtpServer.SMTP.getReceivedMessages()).hasSize(mailsNow);
        assertThat(jdbc.queryForList("SELECT status FROM portal.notice n JOIN portal.case_event e ON e.id = n.event_id WHERE n.case_number = ? AND e.kind = 'HEARING'", String.class, number))
                .containsOnly("UNCERTAIN");
    }

    @Autowired org.quanze.authority.Accounts accounts;

    /** A login for the case's handling judge (the demo has accounts only for a few people). */
    private String handler(String number) {
        Long staffId = jdbc.queryForObject("SELECT handler_id FROM casefile.case_file WHERE case_number = ?", Long.class, number);
        List<String> existing = jdbc.queryForList("SELECT username FROM authority.account WHERE staff_id = ?", String.class, staffId);
        if (!existing.isEmpty()) return existing.get(0);
        accounts.create("handler-" + staffId, staffId, PW);
        return "handler-" + staffId;
    }

    @Test
    void aPartyWhosePhoneIsRecordedSignsInWithAOneTimeCodeSentToIt() {
        String[] c = file("陈六");
        Http.Response contact = new Http(port).post("/api/v1/cases/" + Http.encode(c[0]) + "/notice-contacts", "application/json",
                "{\"partyName\":\"陈六\",\"channel\":\"SMS\",\"address\":\"13900000006\"}".getBytes(StandardCharsets.UTF_8), "filer", PW);
        assertThat(contact.status()).isEqualTo(204);
        int before = org.quanze.TestSmsPlatform.RECEIVED.size();
        Party party = new Party();
        assertThat(oneTimeCode(party, c[0], "13900000009").status()).as("an unknown phone is answered alike").isEqualTo(202);
        assertThat(org.quanze.TestSmsPlatform.RECEIVED).as("but nothing is sent").hasSize(before);
        assertThat(oneTimeCode(party, c[0], "13900000006").status()).isEqualTo(202);
        assertThat(org.quanze.TestSmsPlatform.RECEIVED).hasSize(before + 1);
        String sms = org.quanze.TestSmsPlatform.RECEIVED.get(before);
        assertThat(sms).startsWith("{\"mobile\":\"13900000006\"").contains(c[0]);
        Matcher code = Pattern.compile("验证码为 (\\d{6})").matcher(sms);
        assertThat(code.find()).as(sms).isTrue();
        assertThat(signInWithOneTimeCode(party, c[0], "000000".equals(code.group(1)) ? "111111" : "000000").status()).isEqualTo(401);
        assertThat(signInWithOneTimeCode(party, c[0], code.group(1)).status()).isEqualTo(201);
        assertThat(party.get("/api/v1/portal/case").status()).isEqualTo(200);
        assertThat(signInWithOneTimeCode(new Party(), c[0], code.group(1)).status()).as("used once").isEqualTo(401);
    }

    private Http.Response oneTimeCode(Party party, String number, String phone) {
        return party.send(HttpRequest.newBuilder(uri("/api/v1/portal/one-time-codes")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"caseNumber\":\"" + number + "\",\"phone\":\"" + phone + "\"}")));
    }

    private Http.Response signInWithOneTimeCode(Party party, String number, String code) {
        return party.send(HttpRequest.newBuilder(uri("/api/v1/portal/sessions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"caseNumber\":\"" + number + "\",\"oneTimeCode\":\"" + code + "\"}")));
    }

    @Test
    void aNoticeThatCannotBeDeliveredIsRetriedWithADoublingDelayThenMarkedFailed() {
        sender.deliver(1000, () -> true); // whatever earlier tests left in the outbox
        String[] c = file("林九");
        // an address the mail library refuses (only SQL can record it: the API checks addresses)
        jdbc.update("INSERT INTO portal.contact (case_number, party_name, channel, address) VALUES (?, '林九', 'EMAIL', 'lin9@@bad')", c[0]);
        assertThat(staff("diverter", c[0], "diversion", "0", "{\"track\":\"SIMPLE\"}").status()).isEqualTo(200);
        assertThat(staff("diverter", c[0], "assignment", "1", "{\"mode\":\"RANDOM\"}").status()).isEqualTo(200);
        long id = jdbc.queryForObject("SELECT id FROM portal.notice WHERE case_number = ?", Long.class, c[0]);
        for (int attempt = 1; attempt <= 5; attempt++) {
            sender.deliver(1000, () -> true);
            var row = jdbc.queryForMap("""
                    SELECT status, attempts, extract(epoch FROM next_attempt_at - claimed_at)::int AS delay, last_error
                    FROM portal.notice WHERE id = ?""", id);
            assertThat(row.get("attempts")).isEqualTo(attempt);
            assertThat(row.get("last_error")).isNotNull();
            if (attempt < 5) {
                assertThat(row.get("status")).as("attempt " + attempt).isEqualTo("PENDING");
                // 30 s, 1 min, 2 min, 4 min (quanze.portal.notices.backoff doubled each time)
                assertThat((Integer) row.get("delay")).isBetween((30 << (attempt - 1)) - 1, (30 << (attempt - 1)) + 1);
                assertThat(sender.deliver(1000, () -> true)).as("not before its time").isZero();
                jdbc.update("UPDATE portal.notice SET next_attempt_at = now() - interval '1 second' WHERE id = ?", id); // time passes
            } else {
                assertThat(row.get("status")).as("given up after quanze.portal.notices.max-attempts").isEqualTo("FAILED");
            }
        }
    }
}
