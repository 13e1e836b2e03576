package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Before publication (公示) a score is the evaluated person's and the evaluators' (issue 10 item 4): a judge — one
 * in quota and one whose quota ended — reads only their own result of a computed run, and no colleague's by id; the
 * president and the 审管办 read the whole ranking.
 */
@QuanzeIntegrationTest
class EvaluationDraftReadsIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    @Test
    void aJudgeReadsOnlyTheirOwnUnpublishedScore() {
        Http http = new Http(port);
        int year = LocalDate.now(clock).getYear() - 1;
        new EvaluationCalls(port, "tmo", PW).schemeForYear("JUDGE", year); // a year is scored only by its own scheme
        Http.Response run = http.post("/api/v1/evaluations/runs", "application/json",
                ("{\"court\":\"吉0102\",\"year\":" + year + ",\"kind\":\"JUDGE\"}").getBytes(StandardCharsets.UTF_8), "tmo", PW);
        assertThat(run.status()).as(run.body()).isBetween(200, 201);
        long runId = ((Number) JsonPath.read(run.body(), "$.id")).longValue();
        assertThat((String) JsonPath.read(run.body(), "$.status")).isEqualTo("COMPUTED");
        String results = "/api/v1/evaluations/runs/" + runId + "/results";

        List<Number> all = JsonPath.read(http.get(results, "tmo", PW).body(), "$[*].id");
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(JsonPath.<List<Number>>read(http.get(results, "president", PW).body(), "$[*].id")).hasSameSizeAs(all);

        for (String judge : new String[] {"judge", "exjudge"}) {
            Long me = jdbc.queryForObject("SELECT staff_id FROM authority.account WHERE username = ?", Long.class, judge);
            Http.Response seen = http.get(results, judge, PW);
            assertThat(seen.status()).as(judge + " " + seen.body()).isEqualTo(200);
            List<Number> staff = JsonPath.read(seen.body(), "$[*].staffId");
            assertThat(staff).as(judge).allMatch(id -> id.longValue() == me);
            Number colleague = JsonPath.<List<Number>>read(http.get(results, "tmo", PW).body(),
                    "$[?(@.staffId != " + me + ")].id").get(0);
            assertThat(http.get("/api/v1/evaluations/results/" + colleague, judge, PW).status()).as(judge).isEqualTo(404);
        }
    }
}
