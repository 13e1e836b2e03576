package org.quanze.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The review tables (图表 3.1 and 3.2) counted by hand. A ledger for 2019 (no other test enrols anything in 2019):
 * <pre>
 * case                     court   upper outcome     ledger row                                      counts in 2019
 * A1 （2019）吉0102民初9801号 吉0102  REVERSED          重点 2019-03-01, 合格 2019-05-01, 审委会, 双向    吉01: key, committee, qualified, basic→intermediate
 * A2 （2019）吉0102民初9802号 吉0102  REMANDED          重点 2019-04-01, in progress                    吉01: key, in progress
 * A3 （2019）吉01民初9803号   吉01    REVERSED          重点 2019-06-01, 不合格 2019-07-01, 双向          吉01: key, unqualified, intermediate→high
 * A4 （2019）吉01民初9804号   吉01    REVERSED          重点 2018-12-01, 优秀 2019-01-10                 nothing (enrolled in 2018)
 * B1 （2019）吉0202民初9805号 吉0202  RETRIAL_ORDERED   重点 2019-02-01, 瑕疵 2019-03-01                 吉02: key, qualified (瑕疵 passes)
 * B2 （2019）吉02民初9806号   吉02    REVERSED          — (a candidate on 2019-08-01, never enrolled)    吉02: should enrol, not enrolled
 * D1 （2019）吉0102民初9807号 吉0102  —                 文书 互查 by 吉02, 2019-05-05                      documents: intermediate cross 1
 * D2 （2019）吉01民初9808号   吉01    —                 文书 自查 by 吉01, 2019-05-06                      documents: intermediate self 1
 * </pre>
 * Each 重点 row of a 发改指 case registers the case as a candidate on its enrolment date, so REVERSED = SHOULD_ENROL:
 * 吉01 A1 A2 A3 = 3 (A4 is 2018), 吉02 B1 B2 = 2. NOT_ENROLLED: B2 alone.
 */
@QuanzeIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewTablesIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @BeforeAll
    void ledger() {
        if (jdbc.queryForObject("SELECT count(*) FROM review.review WHERE case_number LIKE '（2019）%980_号'", Long.class) > 0) return;
        long j0102 = ReviewTestCases.judge(jdbc, "吉0102", 6);
        long j01 = ReviewTestCases.judge(jdbc, "吉01", 6);
        long j0202 = ReviewTestCases.judge(jdbc, "吉0202", 0);
        long j02 = ReviewTestCases.judge(jdbc, "吉02", 6);
        String a1 = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2019, 9801, j0102, "REVERSED", false);
        String a2 = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2019, 9802, j0102, "REMANDED", false);
        String a3 = ReviewTestCases.insert(jdbc, "吉01", "民初", 2019, 9803, j01, "REVERSED", false);
        String a4 = ReviewTestCases.insert(jdbc, "吉01", "民初", 2019, 9804, j01, "REVERSED", false);
        String b1 = ReviewTestCases.insert(jdbc, "吉0202", "民初", 2019, 9805, j0202, "RETRIAL_ORDERED", false);
        String b2 = ReviewTestCases.insert(jdbc, "吉02", "民初", 2019, 9806, j02, "REVERSED", false);
        String d1 = ReviewTestCases.insert(jdbc, "吉0102", "民初", 2019, 9807, j0102, null, false);
        String d2 = ReviewTestCases.insert(jdbc, "吉01", "民初", 2019, 9808, j01, null, false);
        // B2: the higher court's outcome recorded on 2019-08-01 (as the enrolment listener would have), never enrolled
        jdbc.update("""
                INSERT INTO review.key_candidate (case_number, case_court_id, reason, recorded_on)
                SELECT ?, id, 'REVERSED', DATE '2019-08-01' FROM organization.court WHERE code = '吉02'""", b2);
        String csv = """
                case_number,kind,reviewing_court_code,enrolled_on,concluded_on,result,committee_studied,two_way_applied,self_or_cross
                %s,重点,吉01,2019-03-01,2019-05-01,合格,是,是,
                %s,重点,吉01,2019-04-01,,,否,否,
                %s,重点,吉,2019-06-01,2019-07-01,不合格,否,是,
                %s,重点,吉,2018-12-01,2019-01-10,优秀,否,否,
                %s,重点,吉02,2019-02-01,2019-03-01,瑕疵,否,否,
                %s,文书,吉02,2019-05-05,2019-05-20,合格,否,否,互查
                %s,文书,吉01,2019-05-06,,,否,否,自查
                """.formatted(a1, a2, a3, a4, b1, d1, d2);
        Http.Response imported = new Http(port).post("/api/v1/imports/reviews", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "tmo", PW);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void bothTablesAsCountedByHand() {
        JsonNode rows = new ObjectMapper().readTree(new Http(port)
                .get("/api/v1/reviews/statistics?court=" + Http.encode("吉") + "&from=2019-01-01&to=2019-12-31", "tmo", PW).body()).get("rows");
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.get("key").asString(), r));
        assertThat(rows.get(0).get("key").asString()).as("the total row on top, keyed by the requested court").isEqualTo("吉");
        assertThat(byKey.get("吉01").get("label").asString()).isEqualTo(
                jdbc.queryForObject("SELECT name FROM organization.court WHERE code = '吉01'", String.class) + "及下辖法院");
        //                          KEY COM QUA UNQ INP B2I I2H REV SHO ENR NOT
        expect(byKey.get("吉01"),    3,  1,  1,  1,  1,  1,  1,  3,  3,  3,  0);
        expect(byKey.get("吉02"),    1,  0,  1,  0,  0,  0,  0,  2,  2,  1,  1);
        expect(byKey.get("吉"),      4,  1,  2,  1,  1,  1,  1,  5,  5,  4,  1);
        byKey.forEach((key, row) -> {
            if (!Set.of("吉", "吉01", "吉02").contains(key)) {
                row.get("figures").properties().forEach(f -> assertThat(f.getValue().asLong()).as(key + " " + f.getKey()).isZero());
            }
        });
        assertThat(byKey.get("吉01").get("reversedByYear").get("2019").asLong()).isEqualTo(3);
    }

    @Test
    void publishedDocumentsBySelfAndCrossReviewPerLevel() {
        JsonNode rows = new ObjectMapper().readTree(new Http(port)
                .get("/api/v1/reviews/statistics/documents?court=" + Http.encode("吉") + "&from=2019-01-01&to=2019-12-31", "tmo", PW).body());
        Map<String, long[]> byLevel = new LinkedHashMap<>();
        rows.forEach(r -> byLevel.put(r.get("level").asString(), new long[] {r.get("self").asLong(), r.get("cross").asLong()}));
        assertThat(byLevel.get("INTERMEDIATE")).containsExactly(1, 1);
        assertThat(byLevel.get("BASIC")).containsExactly(0, 0);
        assertThat(byLevel.get("HIGH")).containsExactly(0, 0);
    }

    @Test
    void anIntermediateCourtSeesItsOwnTableAndNotTheProvince() {
        Http http = new Http(port);
        assertThat(http.get("/api/v1/reviews/statistics?court=" + Http.encode("吉") + "&from=2019-01-01&to=2019-12-31", "president", PW).status())
                .as("a basic court's president may not read the province's table").isEqualTo(403);
        JsonNode rows = new ObjectMapper().readTree(http
                .get("/api/v1/reviews/statistics?court=" + Http.encode("吉0102") + "&from=2019-01-01&to=2019-12-31", "president", PW).body()).get("rows");
        assertThat(rows.get(0).get("figures").get("KEY_REVIEWS").asLong()).as("A1 and A2").isEqualTo(2);
    }

    private static void expect(JsonNode row, long... figures) {
        String[] names = {"KEY_REVIEWS", "COMMITTEE_STUDIED", "QUALIFIED", "UNQUALIFIED", "IN_PROGRESS", "TWO_WAY_BASIC_TO_INTERMEDIATE",
                "TWO_WAY_INTERMEDIATE_TO_HIGH", "REVERSED", "SHOULD_ENROL", "ENROLLED", "NOT_ENROLLED"};
        Map<String, Long> actual = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            actual.put(names[i], row.get("figures").get(names[i]).asLong());
            expected.put(names[i], figures[i]);
        }
        assertThat(actual).as(row.get("key").asString()).isEqualTo(expected);
    }
}
