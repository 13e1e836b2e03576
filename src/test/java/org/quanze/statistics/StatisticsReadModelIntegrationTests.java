package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.organization.Organization;
import org.quanze.shared.Post;
import org.quanze.statistics.internal.IndicatorEngine;
import org.quanze.statistics.internal.IndicatorEngine.Period;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The in-memory read model of the case facts gives exactly the figures PostgreSQL gives, on the demo province: the
 * whole catalogue with 同比 for every grouping, a year and a monthly grid; and a change committed to a case is in the
 * very next answer (the change log, V13), with no wait.
 */
@QuanzeIntegrationTest
class StatisticsReadModelIntegrationTests {

    @Autowired IndicatorEngine engine;
    @Autowired Organization organization;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private Set<Long> courts;
    private Set<Long> leaders;

    @BeforeEach
    void waitForTheModel() throws InterruptedException {
        long province = organization.court("吉").orElseThrow().id();
        courts = organization.courtAndBelow(province);
        leaders = organization.holdersOf(courts, Post.LEADERS);
        for (int i = 0; i < 600 && engine.computeInMemory(courts, leaders, List.of(year(2017)), GroupBy.NONE,
                Indicators.CASE_FACTS).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(engine.readModel().ready()).as("the read model is built").isTrue();
    }

    private static Period year(int y) {
        return new Period(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /** Differences, retried once: the demo province may still be loading cases between the two computations. */
    private List<String> differences(List<Period> periods, GroupBy groupBy) {
        List<String> d = engine.compare(courts, leaders, periods, groupBy, Indicators.CASE_FACTS).orElseThrow();
        return d.isEmpty() ? d : engine.compare(courts, leaders, periods, groupBy, Indicators.CASE_FACTS).orElseThrow();
    }

    @Test
    void everyFigureOfEveryGroupingEqualsTheDatabases() {
        int thisYear = LocalDate.now().getYear();
        for (int y : List.of(2017, thisYear - 1, thisYear)) {
            for (GroupBy g : GroupBy.values()) {
                if (g == GroupBy.MONTH) continue;
                assertThat(differences(List.of(year(y)), g)).as(y + " by " + g).isEmpty();
            }
        }
        assertThat(differences(Statistics.months(LocalDate.of(thisYear - 1, 1, 1), LocalDate.of(thisYear - 1, 12, 31)),
                GroupBy.MONTH)).isEmpty();
        // the figures are not all zero: the demo province has cases last year
        Optional<List<IndicatorEngine.Raw>> raws = engine.computeInMemory(courts, leaders, List.of(year(thisYear - 1)),
                GroupBy.NONE, List.of(Indicators.ACCEPTED));
        assertThat(raws.orElseThrow().get(0).current().get("ACCEPTED")[0]).isPositive();
    }

    @Test
    void aCommittedChangeIsInTheNextAnswer() {
        int lastYear = LocalDate.now().getYear() - 1;
        Long caseId = jdbc.queryForObject("""
                SELECT id FROM casefile.case_file WHERE closed_on BETWEEN ? AND ? AND NOT committee_decided
                ORDER BY id LIMIT 1""", Long.class, LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31));
        long before = committeeDecided(lastYear);
        jdbc.update("UPDATE casefile.case_file SET committee_decided = true WHERE id = ?", caseId);
        try {
            assertThat(committeeDecided(lastYear)).isEqualTo(before + 1);
            assertThat(differences(List.of(year(lastYear)), GroupBy.COURT)).isEmpty();
        } finally {
            jdbc.update("UPDATE casefile.case_file SET committee_decided = false WHERE id = ?", caseId);
        }
        assertThat(committeeDecided(lastYear)).isEqualTo(before);
    }

    private long committeeDecided(int y) {
        return engine.computeInMemory(courts, leaders, List.of(year(y)), GroupBy.NONE, List.of(Indicators.COMMITTEE_DECIDED))
                .orElseThrow().get(0).current().get("COMMITTEE_DECIDED")[0];
    }

    @Test
    void operationsCanAskTheModelsStateAndCompareItWithTheDatabase() {
        Http http = new Http(port);
        Http.Response state = http.get("/api/v1/statistics/read-model", "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(state.status()).as(state.body()).isEqualTo(200);
        assertThat((Boolean) JsonPath.parse(state.body()).read("$.ready")).isTrue();
        Http.Response check = http.get("/api/v1/statistics/read-model/check?court=吉&from=2017-01-01&to=2017-12-31", "admin",
                QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(check.body());
        assertThat((Boolean) json.read("$.agrees")).as(check.body()).isTrue();
        assertThat((Integer) json.read("$.groupings")).isEqualTo(5);
    }
}
