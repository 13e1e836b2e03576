package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quanze.evaluation.EvaluationCalls.decimal;
import static org.quanze.evaluation.EvaluationCalls.id;
import static org.quanze.evaluation.TestProvince.YEAR;

import com.jayway.jsonpath.DocumentContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assistant, department and intermediate-court schemes (2017 v1, copied as 2020's) on the test province's 2020
 * cases ({@link TestProvince}), each figure computed by hand in the comments. The 审管办 of the province's high court
 * runs them through the API.
 */
@QuanzeIntegrationTest
class EvaluationKindsIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private EvaluationCalls office;

    @BeforeEach
    void province() {
        TestProvince.ensure(port, jdbc, accounts);
        office = new EvaluationCalls(port, TestProvince.OFFICE, TestProvince.PASSWORD);
    }

    /** A JSON number as a double (JsonPath reads long decimals as BigDecimal). */
    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static BigDecimal points(Map<String, Object> item) {
        return decimal(item.get("points"));
    }

    private static BigDecimal sum(Map<String, Map<String, Object>> items, String field) {
        return items.values().stream().map(i -> decimal(i.get(field))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal total(long resultId) {
        return decimal(office.get("/results/" + resultId).read("$.result.total"));
    }

    @Test
    void anAssistantScoresTheTeamsWorkAndTheSupervisorsScoreEnteredWithinItsSixteen() {
        DocumentContext computed = office.compute("琼0101", YEAR, "ASSISTANT");
        long run = id(computed.read("$.id"));
        int computedVersion = computed.read("$.version");
        Map<String, Map<String, Object>> results = office.results(run);
        assertThat(results.keySet()).containsExactlyInAnyOrder("KH-A1", "KH-A2", "KH-A3", "KH-A4");
        long a1 = id(results.get("KH-A1").get("id"));
        long a2 = id(results.get("KH-A2").get("id"));
        long a3 = id(results.get("KH-A3").get("id"));
        long a4 = id(results.get("KH-A4").get("id"));

        // the base of 80 is the items' full points, 48 + 16 + 16; the total starts at 0
        Map<String, Map<String, Object>> items = office.items(a1);
        assertThat(items.keySet()).containsExactly("ASSIST_WORKLOAD", "QUALITY_EFFICIENCY", "SUBJECTIVE");
        assertThat(items.values()).extracting(i -> decimal(i.get("fullPoints")))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("48"), new BigDecimal("16"), new BigDecimal("16"));
        assertThat(sum(items, "fullPoints")).isEqualByComparingTo("80");
        assertThat(decimal(office.get("/results/" + a1).read("$.startScore"))).isEqualByComparingTo("0");

        // 协助办案数量 = Σ 案件权重系数 of the team's judges: A1 (J1) 4 民初 × 1.0 = 4.0; A2 (J2, J3) 2 + 2 = 4.0;
        // A3 (no team) 0; A4 (J4) 2 刑初 × 1.2 = 2.4. The court's four assistants average 10.4 ÷ 4 = 2.6, and each
        // scores 48 × min(1, value ÷ 2.6): A1 48, A2 48, A3 0, A4 48 × 2.4 ÷ 2.6 = 44.307… → 44.31.
        assertThat(number(items.get("ASSIST_WORKLOAD").get("value"))).isCloseTo(4.0, within(1e-9));
        assertThat(number(items.get("ASSIST_WORKLOAD").get("peersAverage"))).isCloseTo(2.6, within(1e-9));
        assertThat(points(items.get("ASSIST_WORKLOAD"))).isEqualByComparingTo("48");
        assertThat(points(office.items(a2).get("ASSIST_WORKLOAD"))).isEqualByComparingTo("48");
        assertThat(points(office.items(a3).get("ASSIST_WORKLOAD"))).isEqualByComparingTo("0");
        assertThat(points(office.items(a4).get("ASSIST_WORKLOAD"))).isEqualByComparingTo("44.31");
        // the cases behind it are the team's judges' cases
        assertThat(office.cases(a1, "ASSIST_WORKLOAD").get(0)).containsExactlyInAnyOrderElementsOf(
                TestProvince.caseNumbers("琼0101民初", 1, 4));
        assertThat(office.cases(a2, "ASSIST_WORKLOAD").get(0)).containsExactlyInAnyOrderElementsOf(
                TestProvince.caseNumbers("琼0101民初", 5, 8));
        assertThat(office.cases(a3, "ASSIST_WORKLOAD").get(0)).isEmpty();

        // 团队审限内结案率, linear from 0.80 (0) to 1.00 (16): A1 4/4 → 16; A2 3/4 = 0.75 (民初8 closed a month late) → 0;
        // A3 has no cases → no value, 0; A4 2/2 → 16
        assertThat(points(items.get("QUALITY_EFFICIENCY"))).isEqualByComparingTo("16");
        Map<String, Object> a2Quality = office.items(a2).get("QUALITY_EFFICIENCY");
        assertThat(number(a2Quality.get("value"))).isCloseTo(0.75, within(1e-9));
        assertThat(points(a2Quality)).isEqualByComparingTo("0");
        assertThat(office.cases(a2, "QUALITY_EFFICIENCY")).containsExactly(
                TestProvince.caseNumbers("琼0101民初", 5, 7), TestProvince.caseNumbers("琼0101民初", 5, 8));
        Map<String, Object> a3Quality = office.items(a3).get("QUALITY_EFFICIENCY");
        assertThat(a3Quality.get("value")).isNull();
        assertThat((String) a3Quality.get("note")).isEqualTo("无可计算的案件");
        assertThat(points(office.items(a4).get("QUALITY_EFFICIENCY"))).isEqualByComparingTo("16");

        // before entry the supervisors' score is 0: A1 48 + 16 + 0
        assertThat(total(a1)).isEqualByComparingTo("64");
        // 主观评价 entered through the API lands in the total, kept within 0 and the item's 16
        DocumentContext entered = office.enter(a1, "SUBJECTIVE", "14.5");
        assertThat(decimal(entered.read("$.result.total"))).as("48 + 16 + 14.5").isEqualByComparingTo("78.5");
        assertThat(decimal(office.enter(a2, "SUBJECTIVE", "20").read("$.result.total"))).as("48 + 0 + 16 (capped)")
                .isEqualByComparingTo("64");
        assertThat(points(office.items(a2).get("SUBJECTIVE"))).isEqualByComparingTo("16");
        assertThat(decimal(office.enter(a4, "SUBJECTIVE", "12.25").read("$.result.total"))).as("44.31 + 16 + 12.25")
                .isEqualByComparingTo("72.56");
        assertThat(decimal(office.enter(a3, "SUBJECTIVE", "-2").read("$.result.total"))).as("0 + 0 + 0 (floor)")
                .isEqualByComparingTo("0");

        // every total is its items' points, and the ranking and grades (72 / 60 / 48) follow; A3 (no team) has no case
        // behind any item: 未评定 and unranked, however its supervisor scored it
        for (long result : List.of(a1, a2, a3, a4)) {
            assertThat(total(result)).isEqualByComparingTo(sum(office.items(result), "points"));
        }
        results = office.results(run);
        assertThat(results.values()).extracting(r -> r.get("key"), r -> r.get("rank"), r -> r.get("gradeLabel"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KH-A1", 1, "优秀"),
                        org.assertj.core.groups.Tuple.tuple("KH-A4", 2, "优秀"),
                        org.assertj.core.groups.Tuple.tuple("KH-A2", 3, "称职"),
                        org.assertj.core.groups.Tuple.tuple("KH-A3", 0, "未评定"));

        // an entry on what the office saw before another entry is refused, naming both versions
        int seen = office.get("/results/" + a1).read("$.result.version");
        office.enter(a1, "SUBJECTIVE", "15");
        DocumentContext stale = EvaluationCalls.problem(office.post("/results/" + a1 + "/inputs",
                "{\"item\":\"SUBJECTIVE\",\"value\":10}", seen), 409);
        assertThat((String) stale.read("$.type")).endsWith("evaluation.stale-result");
        assertThat((String) stale.read("$.detail")).contains("#" + a1).contains("第 " + seen + " 版").contains("第 " + (seen + 1) + " 版");
        assertThat(total(a1)).as("the stale entry changed nothing").isEqualByComparingTo("79");
        // and one without any version is asked for it
        assertThat(office.post("/results/" + a1 + "/inputs", "{\"item\":\"SUBJECTIVE\",\"value\":10}").status()).isEqualTo(428);

        // the entries moved the run on: publishing the ranking as it was computed is refused; as it is now, done
        DocumentContext stalePublish = EvaluationCalls.problem(office.post("/runs/" + run + "/publish", "{}", computedVersion), 409);
        assertThat((String) stalePublish.read("$.type")).endsWith("evaluation.stale-run");
        int now = office.get("/runs/" + run).read("$.version");
        assertThat(now).isEqualTo(computedVersion + 5);
        assertThat((String) EvaluationCalls.ok(office.post("/runs/" + run + "/publish", "{}", now), "publish").read("$.status"))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void aDepartmentsFortyEightIsTheAverageOfItsJudgesScoresScaledToIt() {
        // The judges first, on the judge scheme (2020's, a copy of 2017 v1):
        //   办案数量 Σ weights J1 4.0, J2 2.0, J3 2.0, J4 2 × 1.2 = 2.4; average 2.6 → 48, 36.92, 36.92, 44.31
        //   质量 (改判发回率, 0.10 → 0): J2 1/2 → 0, others 0/n → 12
        //   效率 (审限内结案率, 0.80 → 1.00): J3 1/2 → 0, others 8
        //   效果 (调撤率 ÷ average 0.25): J1 0.5, J3 0.5 → 4 (capped); J2, J4 0 → 0
        //   流程 (归档率 ≥ 0.90, else half): J2 1/2 → 4, others 8
        //   totals: J1 48+12+8+4+8 = 80; J2 36.92+0+8+0+4 = 48.92; J3 36.92+12+0+4+8 = 60.92; J4 44.31+12+8+0+8 = 72.31
        long judgesRun = id(office.compute("琼0101", YEAR, "JUDGE").read("$.id"));
        Map<String, Map<String, Object>> judges = office.results(judgesRun);
        Map<String, String> expected = Map.of("KH-J1", "80", "KH-J2", "48.92", "KH-J3", "60.92", "KH-J4", "72.31");
        expected.forEach((judge, total) -> assertThat(decimal(judges.get(judge).get("total"))).as(judge).isEqualByComparingTo(total));

        long run = id(office.compute("琼0101", YEAR, "DEPARTMENT").read("$.id"));
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        office.results(run).values().forEach(r -> byName.put((String) r.get("name"), r));
        assertThat(byName.keySet()).containsExactlyInAnyOrder("民一庭", "刑事审判庭");
        long civil = id(byName.get("民一庭").get("id"));
        long criminal = id(byName.get("刑事审判庭").get("id"));

        Map<String, Map<String, Object>> items = office.items(civil);
        assertThat(items.keySet()).containsExactly("JUDGES_AVERAGE", "RESEARCH", "DEPT_QUALITY", "DEPT_PROCESS");
        assertThat(sum(items, "fullPoints")).as("48 + 16 + 8 + 8").isEqualByComparingTo("80");

        // 部门法官平均得分: the judges' totals over their 80, averaged, on the linear rule 0 → 1 over 48:
        // 民一庭 (80 + 48.92 + 60.92) ÷ 80 ÷ 3 = 0.791 → 48 × 0.791 = 37.968 → 37.97; 刑事审判庭 72.31 ÷ 80 = 0.903875 → 43.386 → 43.39
        Map<String, Object> average = items.get("JUDGES_AVERAGE");
        assertThat(number(average.get("value"))).isCloseTo(0.791, within(1e-9));
        assertThat(points(average)).isEqualByComparingTo("37.97");
        assertThat((String) average.get("note")).contains("3 人").contains("甲法官 80").contains("乙法官 48.92").contains("丙法官 60.92");
        BigDecimal fromJudgesRun = decimal(judges.get("KH-J1").get("total")).add(decimal(judges.get("KH-J2").get("total")))
                .add(decimal(judges.get("KH-J3").get("total"))).divide(new BigDecimal("240"), 10, RoundingMode.HALF_UP)
                .multiply(new BigDecimal("48")).setScale(2, RoundingMode.HALF_UP);
        assertThat(points(average)).as("the same judges' run, scaled").isEqualByComparingTo(fromJudgesRun);
        assertThat(points(office.items(criminal).get("JUDGES_AVERAGE"))).isEqualByComparingTo("43.39");

        // 部门质量指标 (改判发回率 0.10 → 0): 民一庭 1 of 8 first-instance cases reversed (民初5) = 0.125 → 0; 刑事 0/2 → 8
        assertThat(points(items.get("DEPT_QUALITY"))).isEqualByComparingTo("0");
        assertThat(office.cases(civil, "DEPT_QUALITY")).containsExactly(TestProvince.caseNumbers("琼0101民初", 5, 5),
                TestProvince.caseNumbers("琼0101民初", 1, 8));
        assertThat(points(office.items(criminal).get("DEPT_QUALITY"))).isEqualByComparingTo("8");
        // 流程管理 (归档率 ≥ 0.90, else half of 8): 民一庭 7/8 (民初6 not archived) = 0.875 → 4; 刑事 2/2 → 8
        assertThat(points(items.get("DEPT_PROCESS"))).isEqualByComparingTo("4");
        List<String> archived = new java.util.ArrayList<>(TestProvince.caseNumbers("琼0101民初", 1, 8));
        archived.remove("（2020）琼0101民初6号");
        assertThat(office.cases(civil, "DEPT_PROCESS").get(0)).containsExactlyInAnyOrderElementsOf(archived);

        // 调研指导 is entered: 民一庭 37.97 + 12 + 0 + 4 = 53.97; 刑事审判庭 without it 43.39 + 0 + 8 + 8 = 59.39
        assertThat(total(civil)).isEqualByComparingTo("41.97");
        assertThat(decimal(office.enter(civil, "RESEARCH", "12").read("$.result.total"))).isEqualByComparingTo("53.97");
        assertThat(total(criminal)).isEqualByComparingTo("59.39");
        assertThat(total(criminal)).isEqualByComparingTo(sum(office.items(criminal), "points"));
    }

    /**
     * One sequence of data states of 琼02 (imports only add or update cases, so the states build on each other): the
     * court alone, the high court's ranking of its intermediate courts, a trial with a bonus item beyond the cap of 10,
     * then the live-streaming and disclosure rules at and around their edges.
     */
    @Test
    void anIntermediateCourtStartsAt100AddsAtMost10AndLosesACentPerUndisclosedJudgment() {
        // State A: 200 cases accepted and closed in 2020; 14 live-streamed; 100 judgments of which 3 unpublished;
        // 20 of 200 first-instance cases appealed.
        TestProvince.importing(port, "/api/v1/imports/cases", TestProvince.courtCases(200, 0, 14, 3));
        long runA = id(office.compute("琼02", YEAR, "INTERMEDIATE_COURT").read("$.id"));
        Map<String, Map<String, Object>> results = office.results(runA);
        assertThat(results.keySet()).as("a court's run covers just that intermediate court").containsExactly("琼02");
        long a = id(results.get("琼02").get("id"));
        Map<String, Map<String, Object>> items = office.items(a);
        assertThat(items.keySet()).containsExactly("CLOSED_WITHIN_DEADLINE", "MEDIATION", "SETTLED", "LIVE_STREAMED",
                "ARCHIVED", "UNDISCLOSED", "LONG_PENDING");
        assertThat(decimal(office.get("/results/" + a).read("$.startScore"))).isEqualByComparingTo("100");
        assertThat(sum(items, "fullPoints")).as("five bonus items of 2, deductions of 0 points").isEqualByComparingTo("10");
        // 法定审限内结案率 200/200 → 2; 调撤率 0.5, alone in its run so its own average → 2;
        // 服判息诉率 180/200 = 0.90 on 0.80 → 0.95 → 2 × 0.6667 = 1.33; 庭审直播 14/200 = 7% exactly → 2;
        // 归档率 200/200 → 2; 未公开 100 − 97 = 3 judgments × 0.01 → −0.03; 长期未结 0 → 0
        assertThat(items.values()).extracting(EvaluationKindsIntegrationTests::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("1.33"), new BigDecimal("2"),
                        new BigDecimal("2"), new BigDecimal("-0.03"), new BigDecimal("0"));
        // 100 + (2 + 2 + 1.33 + 2 + 2 = 9.33, within the 10) − 0.03
        assertThat(total(a)).isEqualByComparingTo("109.30");
        assertThat(number(items.get("LIVE_STREAMED").get("value"))).isEqualTo(0.07);
        // the contribution of each item lists its cases: the live-streamed of the accepted, the unpublished judgments
        assertThat(office.cases(a, "LIVE_STREAMED").get(0)).containsExactlyInAnyOrderElementsOf(
                TestProvince.caseNumbers("琼02民初", 1, 14));
        assertThat(office.cases(a, "LIVE_STREAMED").get(1)).hasSize(200);
        assertThat(office.cases(a, "UNDISCLOSED").get(0)).containsExactlyInAnyOrderElementsOf(
                TestProvince.caseNumbers("琼02民初", 198, 200));
        assertThat(office.cases(a, "UNDISCLOSED").get(1)).containsExactlyInAnyOrderElementsOf(
                TestProvince.caseNumbers("琼02民初", 101, 200));
        assertThat((String) items.get("UNDISCLOSED").get("note")).contains("未达成 3 件");
        assertThat(office.cases(a, "SETTLED").get(0)).hasSize(180);
        assertThat(office.cases(a, "LONG_PENDING").get(0)).isEmpty();

        // The high court's run ranks 琼01 (with 琼0101's ten judges' cases under it) and 琼02. 琼01's 调撤率 3/10 = 0.3
        // against the two courts' average (0.3 + 0.5) ÷ 2 = 0.4 → 2 × 0.75 = 1.5; 琼02's 0.5 ÷ 0.4 is capped at 2.
        // 琼01: 审限内 9/10 = 0.90 → 0; 服判息诉 9/10 → 1.33; 直播 0/10 → 0; 归档 9/10 = 0.90 → 2;
        // 未公开 7 judgments, 2 published → −0.05: 100 + (0 + 1.5 + 1.33 + 0 + 2) − 0.05 = 104.78
        Map<String, Map<String, Object>> province = office.results(id(office.compute("琼", YEAR, "INTERMEDIATE_COURT").read("$.id")));
        assertThat(province.keySet()).containsExactly("琼02", "琼01");
        long first = id(province.get("琼01").get("id"));
        assertThat(points(office.items(first).get("MEDIATION"))).isEqualByComparingTo("1.5");
        assertThat(number(office.items(first).get("MEDIATION").get("peersAverage"))).isCloseTo(0.4, within(1e-9));
        assertThat(total(first)).isEqualByComparingTo("104.78");
        assertThat(total(id(province.get("琼02").get("id")))).isEqualByComparingTo("109.30");

        // A trial of a draft with a bonus item of 3 points on top: 9.33 + 3 = 12.33 is capped at 10. (Only this test
        // copies the intermediate-court scheme, to a year three years on, so no run of another test uses the draft.)
        int draftYear = LocalDate.now(clock).getYear() + 3;
        List<Number> ids = office.get("/schemes").read("$[?(@.kind == 'INTERMEDIATE_COURT' && @.year == 2017 && @.latest == true)].id");
        long current = ids.get(0).longValue();
        int version = office.get("/schemes/" + current).read("$.version");
        com.jayway.jsonpath.DocumentContext copied = EvaluationCalls.ok(office.post("/schemes/" + current + "/copies",
                "{\"year\":" + draftYear + "}", version), "copy");
        long draft = id(copied.read("$.id"));
        long withBonus = id(EvaluationCalls.ok(office.post("/schemes/" + draft + "/items", """
                {"code":"SPECIAL","name":"特色工作加分","measure":"INPUT","points":"3","ruleType":"BOUNDED","rule":{"floor":0}}""",
                (Integer) copied.read("$.version")), "add bonus item").read("$.id"));
        long trial = id(office.results(id(office.compute("琼02", YEAR, "INTERMEDIATE_COURT", withBonus).read("$.id")))
                .get("琼02").get("id"));
        assertThat(total(trial)).as("before the entry, as A").isEqualByComparingTo("109.30");
        assertThat(decimal(office.enter(trial, "SPECIAL", "3").read("$.result.total"))).as("100 + min(10, 12.33) − 0.03")
                .isEqualByComparingTo("109.97");

        // State B: one live-streamed fewer (13/200 = 6.5%) → 0; one unpublished judgment → −0.01.
        // 100 + (9.33 − 2) − 0.01 = 107.32
        TestProvince.importing(port, "/api/v1/imports/cases", TestProvince.courtCases(200, 0, 13, 1));
        long b = courtResult();
        assertThat(points(office.items(b).get("LIVE_STREAMED"))).isEqualByComparingTo("0");
        assertThat(points(office.items(b).get("UNDISCLOSED"))).isEqualByComparingTo("-0.01");
        assertThat(office.cases(b, "UNDISCLOSED").get(0)).containsExactly("（2020）琼02民初200号");
        assertThat(total(b)).isEqualByComparingTo("107.32");

        // State C: every judgment published → no deduction at all; 14 live again → 100 + 9.33 = 109.33
        TestProvince.importing(port, "/api/v1/imports/cases", TestProvince.courtCases(200, 0, 14, 0));
        long c = courtResult();
        assertThat(points(office.items(c).get("UNDISCLOSED"))).isEqualByComparingTo("0");
        assertThat(office.cases(c, "UNDISCLOSED").get(0)).isEmpty();
        assertThat(total(c)).isEqualByComparingTo("109.33");

        // State D: 43 more accepted cases still open at the year's end → 243 accepted; 17 live-streamed is
        // 6.9959%, which the statistics print rounded as 7.00% — the rule is not met → 0, 100 + 7.33 = 107.33
        TestProvince.importing(port, "/api/v1/imports/cases", TestProvince.courtCases(200, 43, 17, 0));
        long d = courtResult();
        Map<String, Object> live = office.items(d).get("LIVE_STREAMED");
        assertThat(number(live.get("value"))).isEqualTo(17.0 / 243).isLessThan(0.07);
        assertThat(decimal(live.get("numerator"))).isEqualByComparingTo("17");
        assertThat(decimal(live.get("denominator"))).isEqualByComparingTo("243");
        assertThat(points(live)).isEqualByComparingTo("0");
        assertThat(total(d)).isEqualByComparingTo("107.33");
        // State E: 18 of 243 = 7.41% → 2 again
        TestProvince.importing(port, "/api/v1/imports/cases", TestProvince.courtCases(200, 43, 18, 0));
        long e = courtResult();
        assertThat(points(office.items(e).get("LIVE_STREAMED"))).isEqualByComparingTo("2");
        assertThat(total(e)).isEqualByComparingTo("109.33");
        // A's explanation is as it was computed, whatever the data did since
        assertThat(total(a)).isEqualByComparingTo("109.30");
    }

    /** A fresh run of 琼02 alone on the in-force scheme; its one result. */
    private long courtResult() {
        return id(office.results(id(office.compute("琼02", YEAR, "INTERMEDIATE_COURT").read("$.id"))).get("琼02").get("id"));
    }
}
