package org.quanze.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.deliberation.DeliberationIntegrationTests.id;
import static org.quanze.deliberation.DeliberationIntegrationTests.json;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 审判委员会 on a real PostgreSQL through the API: who chairs (人民法院组织法 第38条), who approves a submission (第39条),
 * who votes in whose name, the speaking order, quorum before any vote, withdrawal, deferral and recusal, and who reads.
 */
@QuanzeIntegrationTest
class CommitteeIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    /** Issue 10 item 1: the 庭长 of 吉0102 convened and chaired three courts' committees. Now none, his own included. */
    @Test
    void aDivisionChiefChairsNoCommitteeNotEvenHisOwnCourts() {
        Http http = new Http(port);
        for (String court : List.of("吉0102", "吉0202", "吉")) {
            Http.Response r = post(http, "/api/v1/committee/" + Http.encode(court) + "/meetings", "{\"heldOn\":\"2026-03-01\"}", "chief");
            assertThat(r.status()).as(court + ": " + r.body()).isEqualTo(403);
            assertThat(r.body()).contains("院长");
        }
        Http.Response otherPresident = post(http, "/api/v1/committee/" + Http.encode("吉0102") + "/meetings", "{\"heldOn\":\"2026-03-01\"}",
                "highpresident");
        assertThat(otherPresident.status()).as("the president of another court").isEqualTo(403);

        // A GET never creates the committee's row (issue 10 item 8), and refuses whoever may not see it.
        Http.Response look = http.get("/api/v1/committee/" + Http.encode("吉0202"), "chief", PW);
        assertThat(look.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliberation.body WHERE court_code = '吉0202'", Long.class)).isZero();

        // Through a body id the same: the chief cannot convene his own court's committee.
        long meeting = conveneAsPresident(http);
        long body = jdbc.queryForObject("SELECT body_id FROM deliberation.meeting WHERE id = ?", Long.class, meeting);
        assertThat(post(http, "/api/v1/meetings/bodies/" + body + "/meetings", "{\"heldOn\":\"2026-03-02\"}", "chief").status()).isEqualTo(403);
    }

    @Test
    void membersVoteThemselvesOrTheSecretaryRecordsNamingThemAndTheChairSpeaksLast() {
        Http http = new Http(port);
        Committee c = committee();
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9461);
        long meeting = conveneAsPresident(http);
        String clerkNo = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'clerk'", String.class);
        assertThat(post(http, "/api/v1/committee/" + Http.encode("吉0102") + "/secretary", "{\"staffNo\":\"" + clerkNo + "\"}", "chief").status())
                .as("only the chair appoints the secretary").isEqualTo(403);
        assertThat(post(http, "/api/v1/committee/" + Http.encode("吉0102") + "/secretary", "{\"staffNo\":\"" + clerkNo + "\"}", "president").status()).isEqualTo(200);

        long item = id(post(http, "/api/v1/meetings/bodies/" + bodyOf(meeting) + "/submissions",
                "{\"caseNumber\":\"" + panel.caseNumber() + "\",\"report\":\"合议庭意见分歧\",\"proposal\":\"维持原审判决\"}", "judge"));
        Http.Response byChief = post(http, "/api/v1/meetings/" + meeting + "/agenda/" + item, "", "chief");
        assertThat(byChief.status()).as("组织法 第39条: the president approves the submission").isEqualTo(403);
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/agenda/" + item, "", "president").status()).isEqualTo(200);

        Http.Response noQuorum = vote(http, item, c.president(), "AGREE", "president");
        assertThat(noQuorum.status()).as("quorum is checked before any vote").isEqualTo(409);
        assertThat(noQuorum.body()).contains("不足法定人数");

        assertThat(post(http, "/api/v1/meetings/" + meeting + "/attendance", "{\"present\":" + c.members() + "}", "clerk").status()).isEqualTo(200);

        Http.Response chairFirst = vote(http, item, c.president(), "AGREE", "president");
        assertThat(chairFirst.status()).isEqualTo(409);
        assertThat(chairFirst.body()).contains("主持人最后发表意见");

        Http.Response inAnothersName = vote(http, item, c.president(), "AGREE", "chief");
        assertThat(inAnothersName.status()).as("a member cannot vote in another's name").isEqualTo(403);
        assertThat(inAnothersName.body()).contains("本人表决");
        assertThat(vote(http, item, c.chief(), "DISAGREE", "chief").status()).isEqualTo(200);
        Http.Response noChoice = post(http, "/api/v1/meetings/items/" + item + "/votes", "{\"opinion\":\"无选项\"}", "president");
        assertThat(noChoice.status()).as("a vote is an option: 同意, 不同意 or 弃权").isEqualTo(422);

        for (long member : c.members()) {
            if (member == c.president() || member == c.chief()) continue;
            assertThat(vote(http, item, member, "AGREE", "clerk").status()).as("the secretary records for " + member).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliberation.meeting_vote WHERE item_id = ? AND recorded_by_name IS NOT NULL",
                Long.class, item)).isEqualTo(c.members().size() - 2);
        Http.Response early = post(http, "/api/v1/meetings/items/" + item + "/decision", "", "president");
        assertThat(early.status()).as("the chair has not spoken yet").isEqualTo(409);
        assertThat(early.body()).contains("未表决");
        assertThat(vote(http, item, c.president(), "AGREE", "president").status()).isEqualTo(200);
        assertThat(vote(http, item, c.chief(), "AGREE", "chief").status()).as("nobody after the chair").isEqualTo(409);
        assertThat(post(http, "/api/v1/meetings/items/" + item + "/decision", "", "clerk").status()).as("only the chair decides").isEqualTo(403);
        assertThat(post(http, "/api/v1/meetings/items/" + item + "/decision", "", "president").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT prevailing FROM deliberation.agenda_item WHERE id = ?", String.class, item)).isEqualTo("同意：维持原审判决");
        assertThat(jdbc.queryForObject("SELECT committee_decided FROM casefile.case_file WHERE case_number = ?", Boolean.class, panel.caseNumber())).isTrue();
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/conclusion", "{\"minutes\":\"讨论一件\"}", "clerk").status()).isEqualTo(403);
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/conclusion", "{\"minutes\":\"讨论一件\"}", "president").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT minutes_signed_by FROM deliberation.meeting WHERE id = ?", String.class, meeting)).contains("主持人", "秘书");
    }

    @Test
    void anItemCanBeWithdrawnOrDeferredSoTheMeetingCanAlwaysEnd() {
        Http http = new Http(port);
        Committee c = committee();
        TestCases.Panel first = TestCases.panelCase(jdbc, 9462);
        TestCases.Panel second = TestCases.panelCase(jdbc, 9463);
        long meeting = conveneAsPresident(http);
        long a = submitAndSchedule(http, meeting, first.caseNumber());
        long b = submitAndSchedule(http, meeting, second.caseNumber());
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/attendance", "{\"present\":" + c.members() + "}", "president").status()).isEqualTo(200);
        // the case from issue 9: the chair cannot vote first and lock the item
        assertThat(vote(http, a, c.president(), "AGREE", "president").status()).isEqualTo(409);

        Http.Response noReason = post(http, "/api/v1/meetings/items/" + a + "/deferral", "{\"reason\":\" \"}", "president");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(post(http, "/api/v1/meetings/items/" + a + "/deferral", "{\"reason\":\"补充鉴定意见后再议\"}", "chief").status()).isEqualTo(403);
        assertThat(post(http, "/api/v1/meetings/items/" + a + "/deferral", "{\"reason\":\"补充鉴定意见后再议\"}", "president").status()).isEqualTo(200);
        assertThat(post(http, "/api/v1/meetings/items/" + b + "/withdrawal", "{\"reason\":\"当事人撤诉\"}", "president").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM deliberation.agenda_item WHERE case_number = ? AND meeting_id IS NULL AND concluded_at IS NULL""",
                Long.class, first.caseNumber())).as("the deferred case waits again").isEqualTo(1);

        // Scheduling a concluded item is refused and writes no event (issue 10 item 8).
        long events = jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE case_number = ? AND action = 'PUT_ON_AGENDA'", Long.class, first.caseNumber());
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/agenda/" + a, "", "president").status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE case_number = ? AND action = 'PUT_ON_AGENDA'", Long.class, first.caseNumber()))
                .isEqualTo(events);

        assertThat(post(http, "/api/v1/meetings/" + meeting + "/conclusion", "{\"minutes\":\"一件暂缓，一件撤回\"}", "president").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE case_number = ? AND action = 'AGENDA_ITEM_DEFERRED'", Long.class, first.caseNumber())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE case_number = ? AND action = 'AGENDA_ITEM_WITHDRAWN'", Long.class, second.caseNumber())).isEqualTo(1);
    }

    /** Issue 10 item 8: attendance was saved although the answer was 403. The check comes before any write. */
    @Test
    void attendanceByAnyoneButTheChairOrSecretaryIsRefusedBeforeAnythingIsSaved() {
        Http http = new Http(port);
        Committee c = committee();
        long meeting = conveneAsPresident(http);
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/attendance", "{\"present\":" + c.members() + "}", "chief").status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliberation.attendee WHERE meeting_id = ?", Long.class, meeting)).isZero();
        Http.Response saved = post(http, "/api/v1/meetings/" + meeting + "/attendance", "{\"present\":" + c.members() + "}", "president");
        assertThat(saved.status()).as("the chair's attendance answers the page he may read").isEqualTo(200);
    }

    /** 回避 (民诉法 第47条): a recused member does not vote and does not count for the item's quorum. */
    @Test
    void aRecusedMemberNeitherVotesNorCountsForTheQuorum() {
        Http http = new Http(port);
        Committee c = committee();
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9464);
        long meeting = conveneAsPresident(http);
        long item = submitAndSchedule(http, meeting, panel.caseNumber());
        int required = c.members().size() / 2 + 1;
        List<Long> present = new ArrayList<>(List.of(c.president(), c.chief()));
        c.members().stream().filter(m -> !present.contains(m)).limit(required - 2).forEach(present::add);
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/attendance", "{\"present\":" + present + "}", "president").status()).isEqualTo(200);
        assertThat(post(http, "/api/v1/meetings/items/" + item + "/recusals", "{\"staffId\":" + c.chief() + ",\"reason\":\"与当事人有利害关系\"}", "chief").status())
                .isEqualTo(403);
        assertThat(post(http, "/api/v1/meetings/items/" + item + "/recusals", "{\"staffId\":" + c.chief() + ",\"reason\":\"与当事人有利害关系\"}", "president").status())
                .isEqualTo(200);
        Http.Response recused = vote(http, item, c.chief(), "AGREE", "chief");
        assertThat(recused.status()).isEqualTo(409);
        assertThat(recused.body()).as("with the recused member not counted, the item has no quorum").contains("不足法定人数");
    }

    /** 组织法 第38条: a vice-president chairs only when the president has delegated him, on record. */
    @Test
    void aVicePresidentChairsOnlyUnderARecordedDelegation() {
        Http http = new Http(port);
        Long vp = jdbc.queryForObject("""
                SELECT s.id FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉0102' AND 'VICE_PRESIDENT' = ANY(s.posts) ORDER BY s.id LIMIT 1""", Long.class);
        String user = TestCases.account(jdbc, vp);
        String vpNo = jdbc.queryForObject("SELECT staff_no FROM organization.staff WHERE id = ?", String.class, vp);
        String path = "/api/v1/committee/" + Http.encode("吉0102");
        assertThat(post(http, path + "/meetings", "{\"heldOn\":\"2026-03-05\"}", user).status()).isEqualTo(403);
        assertThat(post(http, path + "/delegations", "{\"staffNo\":\"" + vpNo + "\",\"reason\":\"院长出差\"}", "chief").status()).isEqualTo(403);
        assertThat(post(http, path + "/delegations", "{\"staffNo\":\"" + vpNo + "\",\"reason\":\"院长出差\"}", "president").status()).isEqualTo(200);
        long meeting = id(post(http, path + "/meetings", "{\"heldOn\":\"2026-03-05\"}", user));
        assertThat(jdbc.queryForObject("SELECT chair_staff_id FROM deliberation.meeting WHERE id = ?", Long.class, meeting)).isEqualTo(vp);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'COMMITTEE_CHAIR_DELEGATED'", Long.class)).isPositive();
    }

    /**
     * Issue 10 item 4: the filing clerk and the diverter read ballots and votes. Records and meetings are read by the
     * trial organisation, the court's leaders, the committee's members and secretariat — not by another court.
     */
    @Test
    void deliberationRecordsAndCommitteeVotesAreReadOnlyWithinTheirScope() {
        Http http = new Http(port);
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9465);
        long record = id(http.post("/api/v1/deliberations", "application/json", json("{\"caseNumber\":\"" + panel.caseNumber() + "\"}"), "judge", PW));
        for (String user : List.of("filer", "diverter", "highpresident", "assistant")) {
            assertThat(http.get("/api/v1/deliberations/" + record, user, PW).status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("judge", "chief", "president")) {
            assertThat(http.get("/api/v1/deliberations/" + record, user, PW).status()).as(user).isEqualTo(200);
        }
        long meeting = conveneAsPresident(http);
        for (String user : List.of("filer", "diverter", "highpresident", "judge", "assistant")) {
            assertThat(http.get("/api/v1/meetings/" + meeting, user, PW).status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("president", "chief")) {
            assertThat(http.get("/api/v1/meetings/" + meeting, user, PW).status()).as(user + " (a committee member)").isEqualTo(200);
        }
    }

    /** Issue 9: a panel's case was signed and closed without any deliberation record. */
    @Test
    void aPanelsJudgmentIsSignedOnlyAfterItsDeliberationRecordIsSigned() {
        Http http = new Http(port);
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9466);
        String path = "/api/v1/cases/" + Http.encode(panel.caseNumber()) + "/judgment";
        Http.Response refused = http.post(path, "application/json", new byte[0], "judge", PW, caseVersion(http, panel));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("评议笔录");
        long record = id(http.post("/api/v1/deliberations", "application/json", json("{\"caseNumber\":\"" + panel.caseNumber() + "\"}"), "judge", PW));
        jdbc.update("UPDATE deliberation.record SET status = 'SIGNED', signed_at = now() WHERE id = ?", record);
        assertThat(http.post(path, "application/json", new byte[0], "judge", PW, caseVersion(http, panel)).status()).isEqualTo(200);
    }

    /** The case's version as the judge reads it (what the case page sends back as If-Match). */
    private static String caseVersion(Http http, TestCases.Panel panel) {
        Http.Response read = http.get("/api/v1/cases/" + Http.encode(panel.caseNumber()), "judge", PW);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return String.valueOf((Integer) com.jayway.jsonpath.JsonPath.read(read.body(), "$.version"));
    }

    // ---- helpers

    @Test
    void aClosedCaseIsNoLongerSubmittedToTheCommittee() {
        Http http = new Http(port);
        committee();
        long meeting = conveneAsPresident(http);
        TestCases.Panel panel = TestCases.panelCase(jdbc, 9467);
        jdbc.update("UPDATE casefile.case_file SET status = 'ARCHIVED', closed_on = DATE '2026-02-01' WHERE case_number = ?",
                panel.caseNumber());
        Http.Response refused = post(http, "/api/v1/meetings/bodies/" + bodyOf(meeting) + "/submissions",
                "{\"caseNumber\":\"" + panel.caseNumber() + "\",\"report\":\"提请讨论\"}", "judge");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("已结案");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliberation.agenda_item WHERE case_number = ?", Integer.class,
                panel.caseNumber())).isZero();
    }

    /** The committee of 吉0102: its members (each with a login), the president and the chief among them. */
    record Committee(List<Long> members, long president, long chief) {
    }

    private Committee committee() {
        List<Long> members = jdbc.queryForList("""
                SELECT s.id FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉0102' AND s.posts && ARRAY['PRESIDENT','VICE_PRESIDENT','COMMITTEE_MEMBER','FULL_TIME_COMMITTEE_MEMBER']
                ORDER BY s.id""", Long.class);
        members.forEach(m -> TestCases.account(jdbc, m));
        return new Committee(members, staff("president"), staff("chief"));
    }

    private long staff(String user) {
        return jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = ?", Long.class, user);
    }

    private long conveneAsPresident(Http http) {
        return id(post(http, "/api/v1/committee/" + Http.encode("吉0102") + "/meetings", "{\"heldOn\":\"2026-03-01\"}", "president"));
    }

    private long bodyOf(long meeting) {
        return jdbc.queryForObject("SELECT body_id FROM deliberation.meeting WHERE id = ?", Long.class, meeting);
    }

    private long submitAndSchedule(Http http, long meeting, String caseNumber) {
        long item = id(post(http, "/api/v1/meetings/bodies/" + bodyOf(meeting) + "/submissions",
                "{\"caseNumber\":\"" + caseNumber + "\",\"report\":\"提请讨论\"}", "judge"));
        assertThat(post(http, "/api/v1/meetings/" + meeting + "/agenda/" + item, "", "president").status()).isEqualTo(200);
        return item;
    }

    private Http.Response vote(Http http, long item, long voter, String choice, String user) {
        return post(http, "/api/v1/meetings/items/" + item + "/votes",
                "{\"voterStaffId\":" + voter + ",\"choice\":\"" + choice + "\",\"opinion\":\"理由\"}", user);
    }

    private Http.Response post(Http http, String path, String body, String user) {
        return http.post(path, "application/json", json(body), user, PW);
    }
}
