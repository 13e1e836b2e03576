package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.evaluation.EvaluationCalls.decimal;
import static org.quanze.evaluation.EvaluationCalls.id;
import static org.quanze.evaluation.EvaluationCalls.ok;

import com.jayway.jsonpath.DocumentContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 评查结果用于考核: review results as evaluation deductions, on the test province ({@link TestProvince}) in 2016, a year
 * no other test uses. Three 2016 cases of 琼0101 — 民初1–2 handled by J1, 民初3 by J2 — are reviewed per the ledger
 * (imported through the API): 1 不合格 (2016-05-10), 2 合格, 3 不合格 (2016-06-01), and 1 again 不合格 but concluded
 * on 2017-01-05 (another year). The routine checks find 民初3 not archived (R-01). Each figure is derived by hand in the
 * comments, and each names the reviews behind it.
 */
@QuanzeIntegrationTest
class ReviewDeductionIntegrationTests {

    static final int YEAR = 2016;

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @LocalServerPort int port;

    private EvaluationCalls office;

    @BeforeEach
    void province() {
        TestProvince.ensure(port, jdbc, accounts);
        office = new EvaluationCalls(port, TestProvince.OFFICE, TestProvince.PASSWORD);
        TestProvince.importing(port, "/api/v1/imports/cases", TestProvince.CASE_COLUMNS + """
                （2016）琼0101民初1号,琼0101,民初,普通程序,2016-02-01,2016-03-01,判决,KH-J1,2016-08-01,N,,N,公开,2016-04-01
                （2016）琼0101民初2号,琼0101,民初,普通程序,2016-02-01,2016-03-01,判决,KH-J1,2016-08-01,N,,N,公开,2016-04-01
                （2016）琼0101民初3号,琼0101,民初,普通程序,2016-02-01,2016-03-01,判决,KH-J2,2016-08-01,N,,N,公开,
                """);
        Http.Response ledger = new Http(port).post("/api/v1/imports/reviews", "text/csv", """
                case_number,kind,reviewing_court_code,enrolled_on,concluded_on,result
                （2016）琼0101民初1号,专项,琼,2016-04-01,2016-05-10,不合格
                （2016）琼0101民初2号,专项,琼,2016-04-01,2016-05-12,合格
                （2016）琼0101民初3号,专项,琼,2016-04-01,2016-06-01,不合格
                （2016）琼0101民初1号,文书,琼,2016-12-01,2017-01-05,不合格
                """.getBytes(StandardCharsets.UTF_8), TestProvince.OFFICE, TestProvince.PASSWORD);
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
    }

    @Test
    void unqualifiedReviewsAndUnfixedRoutineFindingsAreDeductedAndNameTheReviewsBehindThem() {
        Http.Response run = new Http(port).post("/api/v1/reviews/routine-checks?court=" + Http.encode("琼0101"), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), TestProvince.OFFICE, TestProvince.PASSWORD);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        long finding = jdbc.queryForObject("""
                SELECT id FROM review.routine_finding WHERE case_number = '（2016）琼0101民初3号' AND rule_code = 'R-01'""", Long.class);
        // the handler lets its time pass: the shared test context's clock cannot move back to 2016, so the finding is
        // dated as a run in May 2016 would have dated it (found 2016-05-01, to be fixed by 2016-05-31)
        jdbc.update("UPDATE review.routine_finding SET found_on = '2016-05-01', due_on = '2016-05-31' WHERE id = ?", finding);

        // the judges' scheme of 2016 with two deduction items of 0 points: 2 per 不合格, 0.5 per unfixed finding
        long scheme = office.schemeForYear("JUDGE", YEAR);
        scheme = addItem(scheme, """
                {"code":"REVIEW_UNQUALIFIED","name":"评查不合格","measure":"UNQUALIFIED_REVIEWS","points":0,
                 "ruleType":"DEDUCTION","rule":{"perCase":2,"floor":-10}}""");
        scheme = addItem(scheme, """
                {"code":"ROUTINE_UNFIXED","name":"常规评查逾期未整改","measure":"UNFIXED_ROUTINE_FINDINGS","points":0,
                 "ruleType":"DEDUCTION","rule":{"perCase":0.5}}""");
        Map<String, Map<String, Object>> results = office.results(id(office.compute("琼0101", YEAR, "JUDGE", scheme).read("$.id")));

        // J1: 民初1 不合格 concluded 2016-05-10 counts; its review concluded in 2017 and 民初2's 合格 do not → 1, −2
        long j1 = id(results.get("KH-J1").get("id"));
        Map<String, Object> j1Review = office.items(j1).get("REVIEW_UNQUALIFIED");
        assertThat(((Number) j1Review.get("value")).doubleValue()).isEqualTo(1.0);
        assertThat(decimal(j1Review.get("points"))).isEqualByComparingTo("-2");
        assertThat((String) j1Review.get("note")).contains("评查#" + review("（2016）琼0101民初1号", "SPECIAL"))
                .doesNotContain("评查#" + review("（2016）琼0101民初1号", "DOCUMENT"));
        assertThat(office.cases(j1, "REVIEW_UNQUALIFIED").get(0)).containsExactly("（2016）琼0101民初1号");
        assertThat(decimal(office.items(j1).get("ROUTINE_UNFIXED").get("points"))).isEqualByComparingTo("0");

        // J2: 民初3 不合格 → −2; its R-01 finding due 2016-05-31 still open at the year's end → 1 × 0.5 = −0.5
        long j2 = id(results.get("KH-J2").get("id"));
        Map<String, Map<String, Object>> j2Items = office.items(j2);
        assertThat(decimal(j2Items.get("REVIEW_UNQUALIFIED").get("points"))).isEqualByComparingTo("-2");
        assertThat((String) j2Items.get("REVIEW_UNQUALIFIED").get("note")).contains("评查#" + review("（2016）琼0101民初3号", "SPECIAL"));
        assertThat(decimal(j2Items.get("ROUTINE_UNFIXED").get("points"))).isEqualByComparingTo("-0.5");
        assertThat((String) j2Items.get("ROUTINE_UNFIXED").get("note")).contains("常规评查#" + finding).contains("R-01");
        assertThat(office.cases(j2, "ROUTINE_UNFIXED").get(0)).containsExactly("（2016）琼0101民初3号");

        // J3 had nothing reviewed: 0 and 0
        Map<String, Map<String, Object>> j3Items = office.items(id(results.get("KH-J3").get("id")));
        assertThat(decimal(j3Items.get("REVIEW_UNQUALIFIED").get("points"))).isEqualByComparingTo("0");
        assertThat(decimal(j3Items.get("ROUTINE_UNFIXED").get("points"))).isEqualByComparingTo("0");

        // fixed (late) on 2016-12-01, it is no longer open at the year's end: the measure counts what is left unfixed
        jdbc.update("UPDATE review.routine_finding SET fixed_on = '2016-12-01' WHERE id = ?", finding);
        Map<String, Map<String, Object>> again = office.results(id(office.compute("琼0101", YEAR, "JUDGE", scheme).read("$.id")));
        assertThat(decimal(office.items(id(again.get("KH-J2").get("id"))).get("ROUTINE_UNFIXED").get("points"))).isEqualByComparingTo("0");
        jdbc.update("UPDATE review.routine_finding SET fixed_on = NULL WHERE id = ?", finding);

        // a court of another province does not read these results
        assertThat(new EvaluationCalls(port, "tmo", QuanzeIntegrationTest.DEMO_PASSWORD).raw("/results/" + j1).status())
                .isIn(403, 404);
    }

    @Test
    void anIntermediateCourtIsDeductedForTheUnqualifiedReviewsOfItsCourts() {
        long scheme = office.schemeForYear("INTERMEDIATE_COURT", YEAR);
        scheme = addItem(scheme, """
                {"code":"REVIEW_UNQUALIFIED","name":"辖区评查不合格","measure":"UNQUALIFIED_REVIEWS","points":0,
                 "ruleType":"DEDUCTION","rule":{"perCase":1}}""");
        Map<String, Map<String, Object>> results = office.results(id(office.compute("琼", YEAR, "INTERMEDIATE_COURT", scheme).read("$.id")));
        // 琼01 with 琼0101 under it: 民初1 and 民初3 不合格 in 2016 → 2, −2; 琼02 none
        Map<String, Object> first = office.items(id(results.get("琼01").get("id"))).get("REVIEW_UNQUALIFIED");
        assertThat(((Number) first.get("value")).doubleValue()).isEqualTo(2.0);
        assertThat(decimal(first.get("points"))).isEqualByComparingTo("-2");
        assertThat((String) first.get("note")).contains("评查#" + review("（2016）琼0101民初1号", "SPECIAL"),
                "评查#" + review("（2016）琼0101民初3号", "SPECIAL"));
        assertThat(decimal(office.items(id(results.get("琼02").get("id"))).get("REVIEW_UNQUALIFIED").get("points")))
                .isEqualByComparingTo("0");
    }

    /** Adds an item to the scheme as its current version; the new version's id. */
    private long addItem(long scheme, String item) {
        int version = office.get("/schemes/" + scheme).read("$.version");
        DocumentContext added = ok(office.post("/schemes/" + scheme + "/items", item, version), "add " + item);
        return id(added.read("$.id"));
    }

    private long review(String caseNumber, String kind) {
        return jdbc.queryForObject("SELECT id FROM review.review WHERE case_number = ? AND kind = ?", Long.class, caseNumber, kind);
    }
}
