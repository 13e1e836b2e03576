package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.evaluation.EvaluationCalls.decimal;
import static org.quanze.evaluation.EvaluationCalls.id;
import static org.quanze.evaluation.TestProvince.YEAR;

import com.jayway.jsonpath.DocumentContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of 审判流程公开 feed an evaluation like the other indicators (issue 15, item 4): a draft of the
 * intermediate courts' scheme with a 查询率 item scores 琼02 on its parties' queries in 2020 and explains the points
 * by the cases queried and the cases opened to query.
 */
@QuanzeIntegrationTest
class ProcessDisclosureEvaluationIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired Clock clock;
    @LocalServerPort int port;

    @Test
    void anIntermediateCourtsQueryRateIsScoredAndExplainedByItsCases() {
        TestProvince.ensure(port, jdbc, accounts);
        EvaluationCalls office = new EvaluationCalls(port, TestProvince.OFFICE, TestProvince.PASSWORD);
        TestProvince.importing(port, "/api/v1/imports/cases", TestProvince.courtCases(200, 0, 14, 3));
        // the portal in 2020 (Asia/Shanghai noon): 琼02民初1–10 opened to query; the parties of 1–4 queried, of 1 twice;
        // of 5 only in 2021 — outside the year
        long court = jdbc.queryForObject("SELECT id FROM organization.court WHERE code = '琼02'", Long.class);
        for (String number : TestProvince.caseNumbers("琼02民初", 1, 10)) {
            jdbc.update("INSERT INTO portal.open_case (case_number, court_id, opened_at) VALUES (?, ?, '2020-03-02 12:00+08') "
                    + "ON CONFLICT (case_number) DO NOTHING", number, court);
        }
        jdbc.update("DELETE FROM portal.case_query WHERE case_number LIKE '（2020）琼02民初%'");
        for (String number : TestProvince.caseNumbers("琼02民初", 1, 4)) {
            jdbc.update("INSERT INTO portal.case_query (case_number, court_id, queried_at) VALUES (?, ?, '2020-04-01 12:00+08')", number, court);
        }
        jdbc.update("INSERT INTO portal.case_query (case_number, court_id, queried_at) VALUES (?, ?, '2020-05-01 12:00+08')",
                TestProvince.caseNumbers("琼02民初", 1, 1).get(0), court);
        jdbc.update("INSERT INTO portal.case_query (case_number, court_id, queried_at) VALUES (?, ?, '2021-01-04 12:00+08')",
                TestProvince.caseNumbers("琼02民初", 5, 5).get(0), court);

        int draftYear = LocalDate.now(clock).getYear() + 5;
        List<Number> ids = office.get("/schemes").read("$[?(@.kind == 'INTERMEDIATE_COURT' && @.year == 2017 && @.latest == true)].id");
        long current = ids.get(0).longValue();
        DocumentContext copied = EvaluationCalls.ok(office.post("/schemes/" + current + "/copies", "{\"year\":" + draftYear + "}",
                (Integer) office.get("/schemes/" + current).read("$.version")), "copy");
        long draft = id(EvaluationCalls.ok(office.post("/schemes/" + id(copied.read("$.id")) + "/items", """
                {"code":"QUERY_RATE","name":"查询率达30%以上","measure":"COURT_INDICATOR","indicator":"QUERY_RATE","points":"1",
                 "ruleType":"THRESHOLD","rule":{"atLeast":true,"threshold":0.3,"otherwiseShare":0}}""",
                (Integer) copied.read("$.version")), "add the query-rate item").read("$.id"));

        Map<String, Map<String, Object>> results = office.results(id(office.compute("琼02", YEAR, "INTERMEDIATE_COURT", draft).read("$.id")));
        long result = id(results.get("琼02").get("id"));
        Map<String, Object> item = office.items(result).get("QUERY_RATE");
        // 4 cases queried ÷ 10 opened to query = 0.4 ≥ 0.3 → the full point
        assertThat(decimal(item.get("numerator"))).isEqualByComparingTo("4");
        assertThat(decimal(item.get("denominator"))).isEqualByComparingTo("10");
        assertThat(decimal(item.get("points"))).isEqualByComparingTo("1");
        List<List<String>> cases = office.cases(result, "QUERY_RATE");
        assertThat(cases.get(0)).containsExactlyInAnyOrderElementsOf(TestProvince.caseNumbers("琼02民初", 1, 4));
        assertThat(cases.get(1)).containsExactlyInAnyOrderElementsOf(TestProvince.caseNumbers("琼02民初", 1, 10));
    }
}
