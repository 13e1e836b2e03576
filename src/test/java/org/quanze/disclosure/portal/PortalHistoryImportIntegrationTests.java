package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A former portal's record imported (审判流程公开历史): a bad file is refused row by row with nothing stored; a good one
 * moves the court's transparency figures of that year by exactly its events, counted by hand; importing it again
 * changes nothing.
 */
@QuanzeIntegrationTest
class PortalHistoryImportIntegrationTests {

    private static final String PATH = "/api/v1/imports/portal-events";
    private static final String HEADER = "case_number,kind,occurred_on,channel,status,live_streamed,count\n";

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void aFormerPortalsRecordMovesTheFiguresByItsEventsAndOnlyOnce() {
        Http http = new Http(port);
        // two cases of a basic court filed last year (the demo's history), not opened to query here
        LocalDate year = LocalDate.now().withDayOfYear(1).minusYears(1);
        List<Map<String, Object>> cases = jdbc.queryForList("""
                SELECT f.case_number, f.court_code, f.filed_on FROM casefile.case_fact f
                WHERE f.court_code = '吉0104' AND f.filed_on BETWEEN ? AND ? AND f.filed_on < ? - 10
                  AND NOT EXISTS (SELECT 1 FROM portal.open_case o WHERE o.case_number = f.case_number)
                  AND NOT EXISTS (SELECT 1 FROM portal.imported_event i WHERE i.case_number = f.case_number)
                ORDER BY f.case_number LIMIT 2""", year, year.plusYears(1).minusDays(1), year.plusYears(1));
        assertThat(cases).hasSize(2);
        String a = (String) cases.get(0).get("case_number");
        String b = (String) cases.get(1).get("case_number");
        LocalDate aFiled = ((java.sql.Date) cases.get(0).get("filed_on")).toLocalDate();
        LocalDate bFiled = ((java.sql.Date) cases.get(1).get("filed_on")).toLocalDate();
        String period = "court=" + Http.encode("吉0104") + "&from=" + year + "&to=" + year.plusYears(1).minusDays(1);
        Map<String, long[]> before = figures(http, period);

        // a bad file: every wrong row named, nothing stored
        String bad = HEADER
                + "（2016）吉0104民初99999号,查询," + aFiled + ",,,,\n"                     // no such case
                + a + ",浏览," + aFiled + ",,,,\n"                                        // no such kind
                + a + ",查询," + LocalDate.now().plusDays(3) + ",,,,\n"                   // in the future
                + a + ",查询," + aFiled.minusDays(1) + ",,,,\n"                           // before filing
                + a + ",通知," + aFiled + ",,已发送,,\n"                                  // a notice without its channel
                + a + ",查询," + aFiled + ",,,,0\n"                                       // a count of nothing
                + a + ",公开查询," + aFiled + ",,,,\n" + a + ",公开查询," + aFiled + ",,,,\n"; // opened twice
        Http.Response refused = http.post(PATH, "text/csv", bad.getBytes(StandardCharsets.UTF_8), "admin",
                QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(JsonPath.<List<Integer>>read(refused.body(), "$.errors[*].row")).containsExactly(1, 2, 3, 4, 5, 6, 8);
        assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[*].field"))
                .containsExactly("case_number", "kind", "occurred_on", "occurred_on", "channel", "count", "kind");
        assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("未保存任何数据");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal.imported_event WHERE case_number IN (?, ?)", Long.class, a, b))
                .isZero();

        // the good file: A and B opened to query on filing; A's party queried 3 times, B's once; A notified by SMS (sent),
        // B by e-mail (failed); A's hearing streamed live, B's not
        String good = HEADER
                + a + ",公开查询," + aFiled + ",,,,\n" + b + ",公开查询," + bFiled + ",,,,\n"
                + a + ",查询," + aFiled.plusDays(5) + ",,,,2\n" + a + ",查询," + aFiled.plusDays(9) + ",,,,\n"
                + b + ",查询," + bFiled.plusDays(2) + ",,,,\n"
                + a + ",通知," + aFiled + ",短信,已发送,,\n" + b + ",通知," + bFiled + ",邮件,失败,,\n"
                + a + ",开庭," + aFiled.plusDays(7) + ",,,是,\n" + b + ",开庭," + bFiled.plusDays(7) + ",,,否,\n";
        for (int time = 1; time <= 2; time++) {
            Http.Response done = http.post(PATH, "text/csv", good.getBytes(StandardCharsets.UTF_8), "admin",
                    QuanzeIntegrationTest.ADMIN_PASSWORD);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat((Integer) JsonPath.read(done.body(), "$.rows")).isEqualTo(9);
            assertThat((Integer) JsonPath.read(done.body(), "$.cases")).isEqualTo(2);
            assertThat(((Number) JsonPath.read(done.body(), "$.events")).longValue()).isEqualTo(10);
            // the second time, the file replaces what the first brought: the figures move once
            assertThat((Integer) JsonPath.read(done.body(), "$.replaced")).isEqualTo(time == 1 ? 0 : 9);
            Map<String, long[]> after = figures(http, period);
            assertThat(delta(before, after, "CASES_OPEN_TO_QUERY")).isEqualTo(new long[] {2, 0});
            assertThat(delta(before, after, "CASES_QUERIED")).isEqualTo(new long[] {2, 0});
            assertThat(delta(before, after, "QUERIES")).isEqualTo(new long[] {4, 0});
            assertThat(delta(before, after, "QUERY_RATE")).isEqualTo(new long[] {2, 2});
            assertThat(delta(before, after, "NOTICES_SMS_SENT")).isEqualTo(new long[] {1, 0});
            assertThat(delta(before, after, "NOTICES_SMS_UNDELIVERED")).isEqualTo(new long[] {0, 0});
            assertThat(delta(before, after, "NOTICES_EMAIL_SENT")).isEqualTo(new long[] {0, 0});
            assertThat(delta(before, after, "NOTICES_EMAIL_UNDELIVERED")).isEqualTo(new long[] {1, 0});
            assertThat(delta(before, after, "HEARINGS_LIVE_STREAMED")).isEqualTo(new long[] {1, 0});
            assertThat(delta(before, after, "HEARING_LIVE_SHARE")).isEqualTo(new long[] {1, 2});
        }
        // and on the public page of the court, the same rows
        Http.Response figures = http.get("/api/v1/public/courts/" + Http.encode("吉0104") + "/transparency?from=" + aFiled
                + "&to=" + aFiled, null, null);
        assertThat(((Number) JsonPath.read(figures.body(), "$.casesOpenToQuery")).longValue()).isPositive();

        // a judge may not import
        assertThat(http.post(PATH, "text/csv", good.getBytes(StandardCharsets.UTF_8), "judge", QuanzeIntegrationTest.DEMO_PASSWORD)
                .status()).isEqualTo(403);
        // the import is on the trail
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.event WHERE action = 'PORTAL_HISTORY_IMPORTED'", Long.class))
                .isGreaterThanOrEqualTo(2);
    }

    /** Each process-disclosure figure's numerator and denominator for the court and period. */
    private Map<String, long[]> figures(Http http, String period) {
        Http.Response r = http.get("/api/v1/statistics?" + period, "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, long[]> out = new java.util.HashMap<>();
        for (org.quanze.statistics.IndicatorDefinition figure : org.quanze.statistics.Indicators.PROCESS_DISCLOSURE) {
            String code = figure.code();
            Number n = JsonPath.read(r.body(), "$.rows[0].indicators." + code + ".numerator");
            Number d = JsonPath.read(r.body(), "$.rows[0].indicators." + code + ".denominator");
            out.put(code, new long[] {n.longValue(), d == null ? 0 : d.longValue()});
        }
        return out;
    }

    private static long[] delta(Map<String, long[]> before, Map<String, long[]> after, String code) {
        return new long[] {after.get(code)[0] - before.get(code)[0], after.get(code)[1] - before.get(code)[1]};
    }
}
