package org.quanze.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.accountability.AccountabilityTestData.PW;
import static org.quanze.accountability.AccountabilityTestData.id;
import static org.quanze.accountability.AccountabilityTestData.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.accountability.AccountabilityTestData.Judge;
import org.quanze.review.ReviewConcluded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A proceeding through the API on a real PostgreSQL: clue → finding → consequence, the rights, confidentiality. */
@QuanzeIntegrationTest
class AccountabilityIntegrationTests {

    @Autowired org.quanze.casefile.internal.CaseAssignment assignment;
    @Autowired org.quanze.casefile.CaseFiles caseFiles;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** Clue recorded and reviewed, proceeding opened on the judge, investigated, every element and exemption answered, reported. */
    private long reportedProceeding(Http http, String caseNumber, Judge judge) {
        Http.Response clue = post(http, "/clues", "supervisor",
                "{\"caseNumber\":\"%s\",\"source\":\"REVIEW\",\"description\":\"评查认为遗漏主要证据\"}".formatted(caseNumber));
        assertThat(clue.status()).as(clue.body()).isEqualTo(200);
        long clueId = id(clue);
        Http.Response early = post(http, "/proceedings", "supervisor",
                "{\"clueId\":%d,\"subjects\":[\"%s\"],\"reasons\":\"立案\"}".formatted(clueId, judge.staffNo()));
        assertThat(early.status()).as("a clue must pass preliminary review first").isEqualTo(409);
        assertThat(early.body()).contains("意见 第34条");
        assertThat(post(http, "/clues/" + clueId + "/preliminary-review", "supervisor",
                "{\"proceed\":true,\"reasons\":\"有证据显示遗漏主要证据\"}").status()).isEqualTo(200);
        Http.Response opened = post(http, "/proceedings", "supervisor",
                "{\"clueId\":%d,\"subjects\":[\"%s\"],\"reasons\":\"评查报告显示承办法官遗漏主要证据，导致改判\"}".formatted(clueId, judge.staffNo()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long id = id(opened);
        String p = "/proceedings/" + id;
        String investigator = jdbc.queryForObject("SELECT s.staff_no FROM organization.staff s JOIN authority.account a ON a.staff_id = s.id WHERE a.username = 'supervisor'", String.class);
        assertThat(post(http, p + "/investigation", "supervisor", "{\"investigators\":[\"" + investigator + "\"]}").status()).isEqualTo(200);
        Http.Response assembled = post(http, p + "/evidence/assemble", "supervisor", null);
        assertThat(assembled.status()).as(assembled.body()).isEqualTo(200);
        assertThat(post(http, p + "/evidence", "supervisor",
                "{\"source\":\"REVIEW_REPORT\",\"reference\":\"评查报告\",\"link\":\"/reviews\",\"summary\":\"遗漏主要证据\"}").status()).isEqualTo(200);
        int last = jdbc.queryForObject("SELECT jsonb_array_length(state->'evidence') FROM accountability.proceeding WHERE id = ?", Integer.class, id);
        assertThat(post(http, p + "/situations", "supervisor", "{\"situation\":\"MISREPORTING\",\"evidence\":[],\"reasons\":\"x\"}").body())
                .contains("意见 第26条第4项");
        assertThat(post(http, p + "/situations", "supervisor",
                "{\"situation\":\"MISREPORTING\",\"evidence\":[%d],\"reasons\":\"汇报时遗漏主要证据\"}".formatted(last)).status()).isEqualTo(200);
        for (String element : List.of("GROSS_NEGLIGENCE", "WRONG_JUDGMENT")) {
            assertThat(post(http, p + "/elements", "supervisor",
                    "{\"element\":\"%s\",\"evidence\":[%d],\"missing\":false,\"reasons\":\"见评查报告\"}".formatted(element, last)).status()).isEqualTo(200);
        }
        assertThat(post(http, p + "/elements", "supervisor",
                "{\"element\":\"SERIOUS_CONSEQUENCE\",\"missing\":true,\"reasons\":\"尚无证据\"}").status()).isEqualTo(200);
        Http.Response early2 = post(http, p + "/report", "supervisor", "{\"report\":\"调查报告\"}");
        assertThat(early2.status()).isEqualTo(409);
        assertThat(early2.body()).contains("意见 第28条第1项");
        for (String e : List.of("LEGAL_INTERPRETATION", "DISPUTED_FACTS", "CLAIM_WAIVED", "PARTY_FAULT_OR_OBJECTIVE_CAUSE",
                "NEW_EVIDENCE", "LAW_OR_POLICY_CHANGED", "UNDERLYING_DOCUMENT_REVOKED", "OTHER_LAWFUL_PERFORMANCE")) {
            assertThat(post(http, p + "/exemptions", "supervisor", "{\"exemption\":\"%s\",\"applies\":false,\"reasons\":\"经审查不适用\"}"
                    .formatted(e)).status()).isEqualTo(200);
        }
        // a clerk's own act (the filing division serves a document) and a leader's recorded supervision step
        Http.Response served = http.post("/api/v1/cases/" + Http.encode(caseNumber) + "/services", "application/json",
                "{\"document\":\"传票\",\"addressee\":\"张三\",\"method\":\"DIRECT\",\"servedOn\":\"2026-01-06\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "filer", PW,
                String.valueOf(jdbc.queryForObject("SELECT version FROM casefile.case_file WHERE case_number = ?", Integer.class, caseNumber)));
        assertThat(served.status()).as(served.body()).isEqualTo(200);
        long filer = jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = 'filer'", Long.class);
        long chief = jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = 'chief'", Long.class);
        jdbc.update("""
                INSERT INTO supervision.supervision_action (case_number, court_id, kind, text, by_staff_id, by_name, by_post)
                SELECT ?, court_id, 'OPINION', '要求合议庭补充说明证据采信理由', ?, '庭长', '庭长' FROM casefile.case_file WHERE case_number = ?""",
                caseNumber, chief, caseNumber);
        Http.Response allocation = post(http, p + "/allocation", "supervisor", "{}");
        assertThat(allocation.status()).as(allocation.body()).isEqualTo(200);
        assertThat(allocation.body()).contains("\"basis\":\"SOLE_JUDGE\"").contains("\"staffId\":" + judge.id())
                .as("the clerk for his own act, cited by its trail entry").contains("\"staffId\":" + filer + ",")
                .contains("\"basis\":\"OWN_ACT\"").contains("SERVICE_RECORDED")
                .as("the leader for his recorded supervision").contains("\"staffId\":" + chief + ",")
                .contains("\"basis\":\"SUPERVISION\"").contains("要求合议庭补充说明证据采信理由");
        assertThat(post(http, p + "/report", "supervisor", "{\"report\":\"调查报告：建议提请惩戒委员会审查\"}").status()).isEqualTo(200);
        Http.Response committee = post(http, p + "/committee", "supervisor", AccountabilityTestData.committeeJson(AccountabilityTestData.committee(jdbc)));
        assertThat(committee.status()).as(committee.body()).isEqualTo(200);
        return id;
    }

    @Test
    void aReviewClueLeadsToAFindingAndTheConsequenceReachesAssignmentSigningAndTheQuota() {
        Http http = new Http(port);
        Judge judge = AccountabilityTestData.judge(jdbc, 0);
        String caseNumber = AccountabilityTestData.caseOf(jdbc, judge, 16601);
        long id = reportedProceeding(http, caseNumber, judge);
        String p = "/proceedings/" + id;

        // 法官法 第47条: suspended while under investigation — no new case, no signing
        assertThat(post(http, p + "/suspensions", "supervisor", "{\"staffNo\":\"" + judge.staffNo() + "\",\"reasons\":\"x\"}").status())
                .as("the president decides a suspension").isEqualTo(403);
        Http.Response suspended = post(http, p + "/suspensions", "president",
                "{\"staffNo\":\"%s\",\"reasons\":\"涉嫌重大过失，不宜继续履行职责\"}".formatted(judge.staffNo()));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        Judge colleague = AccountabilityTestData.judge(jdbc, 1);
        String other = AccountabilityTestData.caseOf(jdbc, colleague, 16602);
        Http.Response reassigned = http.post("/api/v1/cases/" + Http.encode(other) + "/assignment", "application/json",
                "{\"mode\":\"DESIGNATED\",\"staffNo\":\"%s\",\"reason\":\"串案由同一法官审理\"}".formatted(judge.staffNo()).getBytes(StandardCharsets.UTF_8),
                "diverter", PW, "0");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(403);
        assertThat(reassigned.body()).contains("\"rule\":\"N-ACC1\"");
        assertThat(assignment.candidates(caseFiles.find(caseNumber).orElseThrow())).as("nor is he in a random draw")
                .extracting(org.quanze.casefile.internal.CaseAssignment.Candidate::staffNo).doesNotContain(judge.staffNo())
                .isNotEmpty();
        Http.Response signed = http.post("/api/v1/cases/" + Http.encode(caseNumber) + "/judgment", "application/json", new byte[0],
                judge.login(), PW, "0");
        assertThat(signed.status()).as(signed.body()).isEqualTo(403);
        assertThat(signed.body()).contains("\"rule\":\"N-ACC2\"");

        // 法官法 第49条: no finding while the judge has not been heard
        Http.Response unheard = post(http, p + "/findings", "supervisor", "{\"finding\":\"GROSS_NEGLIGENCE\",\"reasons\":\"重大过失\"}");
        assertThat(unheard.status()).isEqualTo(409);
        assertThat(unheard.body()).contains("陈述、举证、辩解").contains("法官法 第49条").contains("\"field\":\"subjects\"");
        assertThat(post(http, p + "/hearing", judge.login(), "{\"statement\":\"我已尽审查义务\",\"evidence\":\"庭审笔录第3页\",\"defence\":\"证据当时未提交\"}").status())
                .isEqualTo(200);
        String secretary = TestLogins.of(jdbc, AccountabilityTestData.committee(jdbc).get(0));
        Http.Response found = post(http, p + "/findings", secretary, "{\"finding\":\"GROSS_NEGLIGENCE\",\"reasons\":\"遗漏主要证据导致改判，存在重大过失\"}");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(post(http, p + "/findings/service", "supervisor", "{}").status()).isEqualTo(200);
        Http.Response tooEarly = post(http, p + "/consequences", "president",
                "{\"decisions\":[{\"staffNo\":\"%s\",\"consequences\":[\"QUOTA_EXIT\"],\"effectiveOn\":\"%s\",\"reasons\":\"x\"}]}".formatted(judge.staffNo(), today));
        assertThat(tooEarly.status()).as("the objection period runs").isEqualTo(409);
        assertThat(tooEarly.body()).contains("法官法 第50条");
        assertThat(post(http, p + "/objections/waiver", judge.login(), null).status()).isEqualTo(200);
        Http.Response decided = post(http, p + "/consequences", "president",
                "{\"decisions\":[{\"staffNo\":\"%s\",\"consequences\":[\"SUSPENSION\",\"QUOTA_EXIT\"],\"sanctions\":[\"DEMERIT\"],\"effectiveOn\":\"%s\",\"reasons\":\"存在重大过失\"}]}"
                        .formatted(judge.staffNo(), today));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        // 退出员额 ends the quota term the day before it takes effect
        assertThat(jdbc.queryForObject("SELECT max(to_date) FROM organization.quota_term WHERE staff_id = ?", LocalDate.class, judge.id()))
                .isEqualTo(today.minusDays(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'QUOTA_TERM_ENDED' AND target_id = ?", Long.class,
                judge.staffNo())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM accountability.duty_suspension WHERE staff_id = ? AND to_date IS NULL",
                Long.class, judge.id())).as("停职 runs on").isEqualTo(1);
        assertThat(post(http, p + "/appeals", judge.login(), "{\"kind\":\"REVIEW\",\"reasons\":\"申请复议\"}").status()).isEqualTo(200);
        assertThat(post(http, p + "/archive", "supervisor", null).status()).isEqualTo(200);
        // every step is on the trail, under the proceeding, never on the case's open timeline
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE target_type = 'ACCOUNTABILITY_PROCEEDING' AND target_id = ?",
                Long.class, String.valueOf(id))).isGreaterThan(20);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action LIKE 'ACCOUNTABILITY%' AND case_number = ?",
                Long.class, caseNumber)).isZero();
    }

    @Test
    void anObjectionIsReviewedByTheCommitteeBeforeTheCourtDecides() {
        Http http = new Http(port);
        Judge judge = AccountabilityTestData.judge(jdbc, 2);
        String caseNumber = AccountabilityTestData.caseOf(jdbc, judge, 16603);
        long id = reportedProceeding(http, caseNumber, judge);
        String p = "/proceedings/" + id;
        assertThat(post(http, p + "/hearing/waiver", judge.login(), "{\"reason\":\"书面材料已足\"}").status()).isEqualTo(200);
        assertThat(post(http, p + "/findings", "supervisor", "{\"finding\":\"GROSS_NEGLIGENCE\",\"reasons\":\"重大过失\"}").status()).isEqualTo(200);
        Http.Response unserved = post(http, p + "/objections", judge.login(), "{\"reasons\":\"不服\"}");
        assertThat(unserved.status()).isEqualTo(409);
        assertThat(unserved.body()).contains("法官法 第50条");
        assertThat(post(http, p + "/findings/service", "supervisor", "{}").status()).isEqualTo(200);
        assertThat(post(http, p + "/objections", "chief", "{\"reasons\":\"不服\"}").status()).as("only the judge concerned objects").isEqualTo(403);
        assertThat(post(http, p + "/objections", judge.login(), "{\"reasons\":\"主要证据系当事人隐瞒\"}").status()).isEqualTo(200);
        Http.Response decidedObjection = post(http, p + "/objections/decision", "supervisor",
                "{\"finding\":\"ORDINARY_NEGLIGENCE\",\"reasons\":\"异议部分成立：证据系当事人隐瞒\"}");
        assertThat(decidedObjection.status()).as(decidedObjection.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT finding FROM accountability.proceeding WHERE id = ?", String.class, id))
                .isEqualTo("ORDINARY_NEGLIGENCE");
        assertThat(post(http, p + "/consequences", "president",
                "{\"decisions\":[{\"staffNo\":\"%s\",\"consequences\":[\"DEFERRED_PROMOTION\"],\"effectiveOn\":\"%s\",\"reasons\":\"一般过失\"}]}"
                        .formatted(judge.staffNo(), today)).status()).isEqualTo(200);
    }

    @Test
    void aFindingOfNoViolationClearsTheJudgesNameAndItsPublicationIsRecorded() {
        Http http = new Http(port);
        Judge judge = AccountabilityTestData.judge(jdbc, 3);
        String caseNumber = AccountabilityTestData.caseOf(jdbc, judge, 16604);
        long id = reportedProceeding(http, caseNumber, judge);
        String p = "/proceedings/" + id;
        assertThat(post(http, p + "/hearing", judge.login(), "{\"statement\":\"依法履职\",\"defence\":\"举报不实\"}").status()).isEqualTo(200);
        assertThat(post(http, p + "/findings", "supervisor", "{\"finding\":\"NO_VIOLATION\",\"reasons\":\"依法履职，举报不实\"}").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM supervision.protection_request WHERE staff_id = ? AND kind = 'FALSE_ACCUSATION' AND status = 'IN_PROGRESS'""",
                Long.class, judge.id())).as("澄清正名 opened with the protection committee").isEqualTo(1);
        assertThat(post(http, p + "/name-clearing", "supervisor", "{\"publication\":\"本院通报：经审查，该法官依法履职\"}").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT closing_note FROM supervision.protection_request WHERE staff_id = ? AND kind = 'FALSE_ACCUSATION'",
                String.class, judge.id())).contains("本院通报");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'NAME_CLEARING_PUBLISHED'", Long.class)).isPositive();
    }

    @Test
    void aProceedingIsSeenOnlyInsideItsCircleAndEveryReadIsOnTheTrail() {
        Http http = new Http(port);
        Judge judge = AccountabilityTestData.judge(jdbc, 4);
        String caseNumber = AccountabilityTestData.caseOf(jdbc, judge, 16605);
        long id = reportedProceeding(http, caseNumber, judge);
        String path = "/api/v1/accountability/proceedings/" + id;
        Http.Response colleague = http.get(path, "judge", PW);
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(http.get("/api/v1/accountability/proceedings/987654321", "judge", PW).status())
                .as("a number that does not exist answers like one outside the circle").isEqualTo(403);
        assertThat(colleague.body()).contains("保密");
        assertThat(http.get(path, "chief", PW).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/accountability/proceedings", "judge", PW).body()).doesNotContain(caseNumber);
        assertThat(http.get(path, judge.login(), PW).status()).as("the judge concerned").isEqualTo(200);
        assertThat(http.get(path, "president", PW).status()).isEqualTo(200);
        assertThat(http.get(path, TestLogins.of(jdbc, AccountabilityTestData.committee(jdbc).get(1)), PW).status()).as("a committee member").isEqualTo(200);
        Http.Response office = http.get(path, "supervisor", PW);
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.body()).contains("\"caseNumber\":\"" + caseNumber + "\"");
        assertThat(http.get("/api/v1/accountability/proceedings", judge.login(), PW).body()).contains(caseNumber);
        assertThat(jdbc.queryForList("SELECT actor FROM trail.event WHERE action = 'ACCOUNTABILITY_READ' AND target_id = ?",
                String.class, String.valueOf(id))).contains("supervisor", "president", judge.login());
        // the trail shows the proceeding's events to the office, not to a colleague
        Http.Response trailOfOffice = http.get("/api/v1/trail?action=ACCOUNTABILITY_OPENED", "tmo", PW);
        assertThat(trailOfOffice.status()).isEqualTo(200);
        assertThat(trailOfOffice.body()).doesNotContain("\"targetId\":\"" + id + "\"");
        assertThat(http.get("/api/v1/trail?action=ACCOUNTABILITY_OPENED", "supervisor", PW).body()).contains("\"targetId\":\"" + id + "\"");
    }

    /** No figure opens a proceeding: a review's suspicion is a clue; only a person with reasons opens one. */
    @Test
    void aJudgeHasNoProceedingWhateverTheReversalsUntilAPersonOpensOneWithReasons() throws Exception {
        Http http = new Http(port);
        Judge judge = AccountabilityTestData.judge(jdbc, 1);
        String caseNumber = AccountabilityTestData.caseOf(jdbc, judge, 16606);
        jdbc.update("UPDATE casefile.case_file SET upper_outcome = 'REVERSED' WHERE case_number = ?", caseNumber);
        long court = jdbc.queryForObject("SELECT court_id FROM casefile.case_file WHERE case_number = ?", Long.class, caseNumber);
        transactions.executeWithoutResult(t -> events.publishEvent(new ReviewConcluded(1, caseNumber, court, "KEY", "UNQUALIFIED", 40,
                today, List.of(judge.id()), "认定事实的主要证据未予采信")));
        Long clue = null;
        for (int i = 0; i < 100 && clue == null; i++) {
            clue = jdbc.query("SELECT id FROM accountability.clue WHERE case_number = ?", rs -> rs.next() ? rs.getLong(1) : null, caseNumber);
            if (clue == null) Thread.sleep(100);
        }
        assertThat(clue).as("the review's suspicion became a clue").isNotNull();
        assertThat(subjectOf(judge, caseNumber)).isZero();
        assertThat(post(http, "/clues/" + clue + "/preliminary-review", "supervisor", "{\"proceed\":true,\"reasons\":\"需调查\"}").status()).isEqualTo(200);
        assertThat(subjectOf(judge, caseNumber)).isZero();
        Http.Response noReasons = post(http, "/proceedings", "supervisor", "{\"clueId\":%d,\"subjects\":[\"%s\"],\"reasons\":\" \"}".formatted(clue, judge.staffNo()));
        assertThat(noReasons.status()).isEqualTo(422);
        assertThat(noReasons.body()).contains("\"field\":\"reasons\"");
        assertThat(subjectOf(judge, caseNumber)).isZero();
        assertThat(post(http, "/proceedings", "supervisor", "{\"clueId\":%d,\"subjects\":[\"%s\"],\"reasons\":\"评查认为主要证据未予采信\"}"
                .formatted(clue, judge.staffNo())).status()).isEqualTo(200);
        assertThat(subjectOf(judge, caseNumber)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedWith409() {
        Http http = new Http(port);
        Judge judge = AccountabilityTestData.judge(jdbc, 1);
        String caseNumber = AccountabilityTestData.caseOf(jdbc, judge, 16607);
        long clue = id(post(http, "/clues", "supervisor", "{\"caseNumber\":\"%s\",\"source\":\"COMPLAINT\",\"description\":\"当事人投诉\"}".formatted(caseNumber)));
        post(http, "/clues/" + clue + "/preliminary-review", "supervisor", "{\"proceed\":true,\"reasons\":\"需调查\"}");
        long id = id(post(http, "/proceedings", "supervisor", "{\"clueId\":%d,\"subjects\":[\"%s\"],\"reasons\":\"投诉\"}".formatted(clue, judge.staffNo())));
        Http.Response stale = http.post("/api/v1/accountability/proceedings/" + id + "/evidence", "application/json",
                "{\"source\":\"OTHER\",\"reference\":\"投诉材料\"}".getBytes(StandardCharsets.UTF_8), "supervisor", PW, "7");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).contains("application/problem+json");
        assertThat(http.post("/api/v1/accountability/proceedings/" + id + "/evidence", "application/json",
                "{\"source\":\"OTHER\",\"reference\":\"投诉材料\"}".getBytes(StandardCharsets.UTF_8), "supervisor", PW, "0").status()).isEqualTo(200);
    }

    private long subjectOf(Judge judge, String caseNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM accountability.proceeding WHERE ? = ANY(subject_ids) AND case_number = ?",
                Long.class, judge.id(), caseNumber);
    }
}
