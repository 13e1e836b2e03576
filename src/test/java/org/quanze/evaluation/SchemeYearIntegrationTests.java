package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.evaluation.EvaluationCalls.id;

import com.jayway.jsonpath.DocumentContext;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which rules score a year, and who gets a grade: a year is scored only by its own scheme (never silently by an
 * earlier year's), and a judge with no case in the year is 未评定, not 不称职 (法官法 第42条 grades performance; a year
 * without cases shows none). The test province ({@link TestProvince}) has cases only in 2020; 2018 and 2019 are used
 * by this class alone.
 */
@QuanzeIntegrationTest
class SchemeYearIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @LocalServerPort int port;

    private EvaluationCalls office;

    @BeforeEach
    void province() {
        TestProvince.ensure(port, jdbc, accounts);
        office = new EvaluationCalls(port, TestProvince.OFFICE, TestProvince.PASSWORD);
    }

    @Test
    void aYearWithoutItsOwnSchemeIsRefusedNamingTheSchemeToCopy() {
        // 2018 has no judge scheme of its own; the 2017 one must not be used for it
        DocumentContext refused = EvaluationCalls.problem(office.post("/runs",
                "{\"court\":\"琼0101\",\"year\":2018,\"kind\":\"JUDGE\"}"), 404);
        assertThat((String) refused.read("$.type")).endsWith("evaluation.no-scheme-for-year");
        assertThat((String) refused.read("$.detail")).contains("2018 年度没有员额法官考核方案").contains("2017 年度方案");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM evaluation.run WHERE year = 2018", Long.class)).isZero();
    }

    @Test
    void judgesWithNoCaseInTheYearAreNotRatedAndNotRanked() {
        long scheme = office.schemeForYear("JUDGE", 2019);
        DocumentContext run = office.compute("琼0101", 2019, "JUDGE");
        assertThat((String) run.read("$.scheme")).contains("2019");
        Map<String, Map<String, Object>> results = office.results(id(run.read("$.id")));
        // J1–J4 of 琼0101 had cases in 2020 only: in 2019 there is nothing to grade them on
        assertThat(results).containsKeys("KH-J1", "KH-J2", "KH-J3", "KH-J4");
        for (Map<String, Object> r : results.values()) {
            assertThat(r.get("grade")).as(r.toString()).isEqualTo("NOT_RATED");
            assertThat(r.get("gradeLabel")).isEqualTo("未评定");
            assertThat(((Number) r.get("rank")).intValue()).isZero();
        }
        assertThat(scheme).isPositive();
    }
}
