package org.quanze.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.DatabaseAdmin;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Collegial deliberation on a real PostgreSQL: who may vote, once, and a signed record is permanent. */
@QuanzeIntegrationTest
class DeliberationIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @Test
    void onlyPanelMembersVoteAndEachOnlyOnce() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9101);
        Http http = new Http(port);
        long record = id(http.post("/api/v1/deliberations", "application/json", json("{\"caseNumber\":\"" + panel.caseNumber() + "\"}"), "judge", PW));
        long issue = id(http.post("/api/v1/deliberations/" + record + "/issues", "application/json", json("{\"question\":\"合同是否有效\"}"), "judge", PW));
        String vote = "{\"issueId\":" + issue + ",\"choice\":\"AGREE\",\"opinion\":\"意思表示真实\"}";
        assertThat(http.post("/api/v1/deliberations/" + record + "/votes", "application/json", json(vote), "judge", PW).status()).isEqualTo(200);

        Http.Response again = http.post("/api/v1/deliberations/" + record + "/votes", "application/json", json(vote), "judge", PW);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).contains("problem+json");
        assertThat(again.body()).contains("一人只能表决一次");

        Http.Response outsider = http.post("/api/v1/deliberations/" + record + "/votes", "application/json", json(vote), "president", PW);
        assertThat(outsider.status()).as("not a member: no power to vote").isEqualTo(403);
        assertThat(outsider.body()).contains("不是组成人员");
    }

    @Test
    void aSignedRecordCannotBeChangedNotEvenThroughAPrivilegedConnection() throws Exception {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9102);
        Http http = new Http(port);
        long record = id(http.post("/api/v1/deliberations", "application/json", json("{\"caseNumber\":\"" + panel.caseNumber() + "\"}"), "judge", PW));
        long issue = id(http.post("/api/v1/deliberations/" + record + "/issues", "application/json", json("{\"question\":\"是否支持违约金\"}"), "judge", PW));
        http.post("/api/v1/deliberations/" + record + "/votes", "application/json",
                json("{\"issueId\":" + issue + ",\"choice\":\"AGREE\",\"opinion\":\"承办法官意见\"}"), "judge", PW);
        // The two other members have no demo accounts: their votes and signatures are written as the service would.
        int seq = 2;
        for (long other : panel.others()) {
            jdbc.update("""
                    INSERT INTO deliberation.opinion (record_id, issue_id, staff_id, name, trial_role, stance, choice, opinion, seq)
                    VALUES (?, ?, ?, '成员', 'MEMBER', '不同意', 'DISAGREE', '', ?)""", record, issue, other, seq++);
            jdbc.update("INSERT INTO deliberation.signature (record_id, staff_id, name) VALUES (?, ?, '成员')", record, other);
        }
        Http.Response signed = http.post("/api/v1/deliberations/" + record + "/signatures", "application/json", new byte[0], "judge", PW);
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body()).contains("\"status\":\"SIGNED\"").contains("\"prevailing\":\"DISAGREE\"").contains("承办法官意见");

        Http.Response change = http.post("/api/v1/deliberations/" + record + "/issues", "application/json", json("{\"question\":\"补充\"}"), "judge", PW);
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.body()).contains("不能再修改");

        assertThatThrownBy(() -> jdbc.update("UPDATE deliberation.opinion SET choice = 'AGREE' WHERE record_id = ?", record))
                .rootCause().hasMessageContaining("signed deliberation record");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM deliberation.record WHERE id = ?", record))
                .rootCause().hasMessageContaining("signed deliberation record");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE deliberation.signature CASCADE")).rootCause().hasMessageMatching("(?s).*(TRUNCATE refused|permission denied).*");
        assertThatThrownBy(() -> privileged("UPDATE deliberation.opinion SET stance = '支持' WHERE record_id = " + record))
                .rootCause().hasMessageContaining("signed deliberation record");
        assertThatThrownBy(() -> privileged("DELETE FROM deliberation.signature WHERE record_id = " + record))
                .rootCause().hasMessageContaining("signed deliberation record");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliberation.opinion WHERE record_id = ? AND choice = 'DISAGREE'",
                Long.class, record)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE case_number = ? AND action = 'DELIBERATION_COMPLETED'",
                Long.class, panel.caseNumber())).isEqualTo(1);
    }

    @Test
    void aProfessionalMeetingCannotDecide() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9103);
        Http http = new Http(port);
        String members = String.join("\",\"", jdbc.queryForList("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.quota_term q ON q.staff_id = s.id AND q.to_date IS NULL
                WHERE s.staff_no LIKE '吉0102-%' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 6""", String.class));
        long body = id(http.post("/api/v1/meetings/bodies", "application/json",
                json("{\"specialty\":\"CIVIL\",\"members\":[\"" + members + "\"]}"), "president", PW));
        long meeting = id(http.post("/api/v1/meetings/bodies/" + body + "/meetings", "application/json", json("{\"heldOn\":\"2026-02-01\"}"), "president", PW));
        long item = id(http.post("/api/v1/meetings/bodies/" + body + "/submissions", "application/json",
                json("{\"caseNumber\":\"" + panel.caseNumber() + "\",\"report\":\"合议庭意见分歧\"}"), "judge", PW));
        assertThat(http.post("/api/v1/meetings/" + meeting + "/agenda/" + item, "application/json", new byte[0], "president", PW).status()).isEqualTo(200);
        Http.Response decision = http.post("/api/v1/meetings/items/" + item + "/decision", "application/json", new byte[0], "president", PW);
        assertThat(decision.status()).isEqualTo(409);
        assertThat(decision.body()).contains("仅供参考");
        Http.Response noQuorum = http.post("/api/v1/meetings/items/" + item + "/advice", "application/json", new byte[0], "president", PW);
        assertThat(noQuorum.status()).isEqualTo(409);
        assertThat(noQuorum.body()).contains("不足法定人数");
    }

    /**
     * Issue 9: the professional judges' meeting answered 403 to the chief who convened it and to the judge who is a
     * member. The convening chief runs it; members take part; no vote without the quorum (a third, never fewer than 5).
     */
    @Test
    void theConveningChiefRunsAProfessionalMeetingAndMembersTakePart() {
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9104);
        Http http = new Http(port);
        long judge = panel.judgeId();
        List<Long> others = jdbc.queryForList("""
                SELECT s.id FROM organization.staff s JOIN organization.quota_term q ON q.staff_id = s.id AND q.to_date IS NULL
                WHERE s.staff_no LIKE '吉0102-%' AND s.role = 'QUOTA_JUDGE' AND s.id <> ? ORDER BY s.staff_no LIMIT 6""", Long.class, judge);
        List<Long> members = new java.util.ArrayList<>(others);
        members.add(0, judge);
        String nos = String.join("\",\"", members.stream().map(m -> jdbc.queryForObject("SELECT staff_no FROM organization.staff WHERE id = ?",
                String.class, m)).toList());
        long body = id(http.post("/api/v1/meetings/bodies", "application/json",
                json("{\"specialty\":\"CRIMINAL\",\"members\":[\"" + nos + "\"]}"), "chief", PW));
        long meeting = id(http.post("/api/v1/meetings/bodies/" + body + "/meetings", "application/json", json("{\"heldOn\":\"2026-02-02\"}"), "chief", PW));
        assertThat(http.get("/api/v1/meetings/" + meeting, "chief", PW).status()).as("the convening chief").isEqualTo(200);
        assertThat(http.get("/api/v1/meetings/" + meeting, "judge", PW).status()).as("a member").isEqualTo(200);
        assertThat(http.get("/api/v1/meetings/" + meeting, "filer", PW).status()).isEqualTo(403);
        long item = id(http.post("/api/v1/meetings/bodies/" + body + "/submissions", "application/json",
                json("{\"caseNumber\":\"" + panel.caseNumber() + "\",\"report\":\"法律适用有分歧\",\"proposal\":\"构成违约\"}"), "judge", PW));
        assertThat(http.post("/api/v1/meetings/" + meeting + "/agenda/" + item, "application/json", new byte[0], "chief", PW).status()).isEqualTo(200);

        // 7 members: a third is 3, the floor of five rules; four present is no quorum, and no vote is recorded
        assertThat(http.post("/api/v1/meetings/" + meeting + "/attendance", "application/json",
                json("{\"present\":" + members.subList(0, 4) + "}"), "chief", PW).status()).isEqualTo(200);
        Http.Response early = http.post("/api/v1/meetings/items/" + item + "/votes", "application/json",
                json("{\"choice\":\"AGREE\",\"opinion\":\"构成违约\"}"), "judge", PW);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("不足法定人数 5 人");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliberation.meeting_vote WHERE item_id = ?", Long.class, item)).isZero();

        assertThat(http.post("/api/v1/meetings/" + meeting + "/attendance", "application/json",
                json("{\"present\":" + members.subList(0, 5) + "}"), "chief", PW).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/meetings/items/" + item + "/votes", "application/json",
                json("{\"choice\":\"AGREE\",\"opinion\":\"构成违约\"}"), "judge", PW).status()).isEqualTo(200);
        // issue 10: a refusal names no one of another court (the chief is neither that person nor the secretary)
        var stranger = otherCourtStaff();
        Http.Response notOwn = http.post("/api/v1/meetings/items/" + item + "/votes", "application/json",
                json("{\"voterStaffId\":" + stranger.get("id") + ",\"choice\":\"AGREE\"}"), "chief", PW);
        assertThat(notOwn.status()).isEqualTo(403);
        assertThat(notOwn.body()).doesNotContain((String) stranger.get("name"));
        // the secretary (the first member named: the judge) records the others' votes, naming them
        for (Long other : members.subList(1, 5)) {
            assertThat(http.post("/api/v1/meetings/items/" + item + "/votes", "application/json",
                    json("{\"voterStaffId\":" + other + ",\"choice\":\"" + (other.equals(members.get(4)) ? "DISAGREE" : "AGREE") + "\"}"),
                    "judge", PW).status()).isEqualTo(200);
        }
        Http.Response advice = http.post("/api/v1/meetings/items/" + item + "/advice", "application/json", new byte[0], "chief", PW);
        assertThat(advice.status()).as(advice.body()).isEqualTo(200);
        assertThat(advice.body()).contains("\"prevailing\":\"AGREE\"");
        assertThat(jdbc.queryForObject("SELECT prevailing FROM deliberation.agenda_item WHERE id = ?", String.class, item)).isEqualTo("同意：构成违约");
    }

    /** Issue 10: forming a meeting with another court's staff number is refused without naming that person. */
    @Test
    void aRefusalNamesNoOneOfAnotherCourt() {
        var stranger = otherCourtStaff();
        Http.Response refused = new Http(port).post("/api/v1/meetings/bodies", "application/json",
                json("{\"specialty\":\"PETITION_ENFORCEMENT\",\"members\":[\"" + stranger.get("staff_no") + "\"]}"), "president", PW);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("不是本院员额法官").doesNotContain((String) stranger.get("name"));
    }

    private java.util.Map<String, Object> otherCourtStaff() {
        return jdbc.queryForMap("""
                SELECT s.id, s.staff_no, s.name FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code <> '吉0102' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no LIMIT 1""");
    }

    /** Through a superuser session with the triggers off: the application's own role may not (issue 10). */
    private void privileged(String sql) {
        DatabaseAdmin.privileged(context, sql);
    }

    static byte[] json(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static long id(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    }
}
