package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A judge of 吉0102 evaluated on last year's demo cases, through the API: the total is the items' points plus the
 * scheme's start, every item lists its cases; the judge objects, the 审管办 of the high court (whose scope covers
 * 吉0102) accepts with a changed score, locks, and the archive then resists both later case changes and the database's
 * own UPDATE. Every step carries the version the office read; a step on a version someone changed since is refused.
 */
@QuanzeIntegrationTest
class EvaluationIntegrationTests {

    private static final String PW = "eval-pass-1";
    private static final String TMO = "tmo";

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private Http.Response post(String path, String json, String user, String password) {
        return new Http(port).post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), user, password);
    }

    /** A step carrying the version the caller read, as If-Match. */
    private Http.Response post(String path, String json, String user, String password, int version) {
        return new Http(port).post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), user, password,
                String.valueOf(version));
    }

    private DocumentContext ok(Http.Response response, String what) {
        assertThat(response.status()).as(what + " " + response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private DocumentContext get(String path, String user, String password) {
        return ok(new Http(port).get(path, user, password), path);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJudgeIsScoredExplainedObjectsAndTheLockedArchiveStaysAsItWas() {
        int year = LocalDate.now(clock).getYear() - 1;
        // the judge of 吉0102 with the most first-instance cases closed last year, who has no login yet
        Long staffId = jdbc.queryForObject("""
                SELECT f.handler_id FROM casefile.case_fact f JOIN organization.staff s ON s.id = f.handler_id
                WHERE f.court_code = '吉0102' AND f.closed_on BETWEEN ? AND ? AND f.case_type LIKE '%初'
                  AND s.role = 'QUOTA_JUDGE'
                  AND NOT EXISTS (SELECT 1 FROM authority.account a WHERE a.staff_id = f.handler_id)
                GROUP BY f.handler_id ORDER BY count(*) DESC, f.handler_id LIMIT 1""", Long.class,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        String judge = "eval-judge-" + staffId;
        accounts.create(judge, staffId, PW);
        String tmoPw = QuanzeIntegrationTest.DEMO_PASSWORD;

        // last year is scored by its own scheme: the 2017 one copied (by whichever test comes first)
        new EvaluationCalls(port, TMO, tmoPw).schemeForYear("JUDGE", year);
        DocumentContext run = ok(post("/api/v1/evaluations/runs",
                "{\"court\":\"吉0102\",\"year\":" + year + ",\"kind\":\"JUDGE\"}", TMO, tmoPw), "compute");
        long runId = ((Number) run.read("$.id")).longValue();
        assertThat((String) run.read("$.status")).isEqualTo("COMPUTED");

        DocumentContext results = get("/api/v1/evaluations/runs/" + runId + "/results", TMO, tmoPw);
        List<Number> ids = results.read("$[?(@.staffId == " + staffId + ")].id");
        assertThat(ids).hasSize(1);
        long resultId = ids.get(0).longValue();
        // a judge may not see the ranking of the whole court's run unless the power list lets him see statistics, but
        // always his own result
        DocumentContext mine = get("/api/v1/evaluations/results/" + resultId, judge, PW);
        BigDecimal total = new BigDecimal(mine.read("$.result.total").toString());
        BigDecimal start = new BigDecimal(mine.read("$.startScore").toString());
        List<Map<String, Object>> items = mine.read("$.items");
        assertThat(items).extracting(i -> i.get("code"))
                .containsExactly("WORKLOAD", "QUALITY", "EFFICIENCY", "EFFECT", "PROCESS");
        BigDecimal sum = items.stream().map(i -> new BigDecimal(i.get("points").toString())).reduce(start, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(sum);
        assertThat(start).as("judges' items make up the base of 80; the total starts at 0").isEqualByComparingTo("0");
        assertThat(total).isBetween(BigDecimal.ZERO, new BigDecimal("80"));

        // every item lists the cases behind it, and they are this judge's cases closed in the year
        for (Map<String, Object> item : items) {
            DocumentContext cases = get("/api/v1/evaluations/results/" + resultId + "/items/" + item.get("code") + "/cases", judge, PW);
            List<String> counted = cases.read("$.cases");
            List<String> base = cases.read("$.baseCases");
            assertThat(counted.size() + base.size()).as(item.get("code") + " lists cases").isPositive();
            String any = counted.isEmpty() ? base.get(0) : counted.get(0);
            assertThat(jdbc.queryForObject("SELECT handler_id FROM casefile.case_fact WHERE case_number = ?", Long.class, any))
                    .isEqualTo(staffId);
        }
        List<String> workload = get("/api/v1/evaluations/results/" + resultId + "/items/WORKLOAD/cases", judge, PW).read("$.cases");
        BigDecimal weights = jdbc.queryForObject("""
                SELECT sum(weight) FROM casefile.case_fact WHERE handler_id = ? AND court_code = '吉0102'
                AND closed_on BETWEEN ? AND ?""", BigDecimal.class, staffId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        assertThat(new BigDecimal(items.get(0).get("value").toString())).isEqualByComparingTo(weights);
        assertThat(workload).hasSize(jdbc.queryForObject("""
                SELECT count(*) FROM casefile.case_fact WHERE handler_id = ? AND court_code = '吉0102'
                AND closed_on BETWEEN ? AND ?""", Integer.class, staffId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));

        // objections only while the draft is published, and only by the person evaluated
        assertThat(post("/api/v1/evaluations/results/" + resultId + "/objections", "{\"item\":\"QUALITY\",\"reasons\":\"x\"}",
                judge, PW).status()).isEqualTo(409);
        // publishing carries the run's version the office read; without one it is asked for (428)
        int computed = run.read("$.version");
        assertThat(post("/api/v1/evaluations/runs/" + runId + "/publish", "{}", TMO, tmoPw).status()).isEqualTo(428);
        DocumentContext published = ok(post("/api/v1/evaluations/runs/" + runId + "/publish", "{}", TMO, tmoPw, computed), "publish");
        assertThat((Integer) published.read("$.version")).isEqualTo(computed + 1);
        assertThat(post("/api/v1/evaluations/results/" + resultId + "/objections", "{\"item\":\"QUALITY\",\"reasons\":\"x\"}",
                TMO, tmoPw).status()).isEqualTo(403);
        assertThat(post("/api/v1/evaluations/runs/" + runId + "/publish", "{}", judge, PW, computed + 1).status()).isEqualTo(403);
        long objection = ((Number) ok(post("/api/v1/evaluations/results/" + resultId + "/objections",
                "{\"item\":\"QUALITY\",\"reasons\":\"被发回的案件系因新证据发回，不应计入质量扣分\"}", judge, PW), "object")
                .read("$.id")).longValue();
        List<Number> queue = get("/api/v1/evaluations/objections", TMO, tmoPw).read("$[*].id");
        assertThat(queue).extracting(Number::longValue).contains(objection);
        // cannot lock while an objection is open
        int seenRun = published.read("$.version");
        Http.Response early = post("/api/v1/evaluations/runs/" + runId + "/lock", "{}", TMO, tmoPw, seenRun);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("evaluation.open-objections");
        // the answer carries the version of the result the office read in the queue
        int seenResult = ((List<Integer>) get("/api/v1/evaluations/objections", TMO, tmoPw)
                .read("$[?(@.id == " + objection + ")].resultVersion")).get(0);
        ok(post("/api/v1/evaluations/objections/" + objection + "/answer",
                "{\"accept\":true,\"points\":12,\"reason\":\"经核实，发回系因当事人提交新证据\"}", TMO, tmoPw, seenResult), "answer");
        // a second answer on the result as it was before the first is refused, naming both versions
        Http.Response again = post("/api/v1/evaluations/objections/" + objection + "/answer",
                "{\"accept\":false,\"reason\":\"另一位审管办人员的答复\"}", TMO, tmoPw, seenResult);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body()).contains("evaluation.stale-result").contains("第 " + seenResult + " 版").contains("第 " + (seenResult + 1) + " 版");
        DocumentContext answered = get("/api/v1/evaluations/results/" + resultId, judge, PW);
        List<Object> quality = answered.read("$.items[?(@.code == 'QUALITY')].points");
        assertThat(new BigDecimal(quality.get(0).toString())).isEqualByComparingTo("12");
        BigDecimal newTotal = new BigDecimal(answered.read("$.result.total").toString());
        List<Map<String, Object>> after = answered.read("$.items");
        assertThat(newTotal).isEqualByComparingTo(after.stream().map(i -> new BigDecimal(i.get("points").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat((String) answered.read("$.objections[0].status")).isEqualTo("ACCEPTED");

        // the answer changed the ranking: a lock on the run as read before it is refused (409 naming the versions);
        // the office reads the run again and locks what it now sees
        Http.Response stale = post("/api/v1/evaluations/runs/" + runId + "/lock", "{}", TMO, tmoPw, seenRun);
        assertThat(stale.status()).isEqualTo(409);
        DocumentContext problem = JsonPath.parse(stale.body());
        assertThat((String) problem.read("$.type")).endsWith("evaluation.stale-run");
        assertThat((String) problem.read("$.detail")).contains("#" + runId).contains("第 " + seenRun + " 版")
                .contains("第 " + (seenRun + 1) + " 版");
        int current = get("/api/v1/evaluations/runs/" + runId, TMO, tmoPw).read("$.version");
        ok(post("/api/v1/evaluations/runs/" + runId + "/lock", "{}", TMO, tmoPw, current), "lock");
        String archived = new Http(port).get("/api/v1/evaluations/archive/" + resultId, judge, PW).body();
        DocumentContext archive = JsonPath.parse(archived);
        assertThat(new BigDecimal(archive.read("$.total").toString())).isEqualByComparingTo(newTotal);
        assertThat((List<?>) archive.read("$.items[0].cases")).hasSize(workload.size());
        // locked: no more objections
        assertThat(post("/api/v1/evaluations/results/" + resultId + "/objections", "{\"reasons\":\"再议\"}", judge, PW).status())
                .isEqualTo(409);

        // later changes of the case data leave the archive as it was
        jdbc.update("UPDATE casefile.case_file SET close_method = '调解', archived_on = NULL WHERE case_number = ?", workload.get(0));
        jdbc.update("UPDATE casefile.case_file SET upper_outcome = 'REVERSED', appealed = true WHERE case_number = ?", workload.get(workload.size() - 1));
        assertThat(new Http(port).get("/api/v1/evaluations/archive/" + resultId, judge, PW).body()).isEqualTo(archived);
        // and the database itself refuses to change or remove an archived row
        assertThatThrownBy(() -> jdbc.update("UPDATE evaluation.archive SET total = 80 WHERE result_id = ?", resultId))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("evaluation.archive is frozen");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM evaluation.archive WHERE result_id = ?", resultId))
                .isInstanceOf(DataAccessException.class);
    }
}
