package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every indicator of the catalogue counted by hand: 吉林省长春市中级人民法院 (吉01), where no other test imports cases
 * and live filings are of the current year, for 2018 against 2017, from the file below (loaded through the history
 * import; the {@code ref} column, which the import ignores, names each case for the counts). J is a quota judge
 * without a post, L a 庭长 (院庭长). The file holds the period edges: B filed on the last day of 2017 and closed on
 * the first of 2018; C and N filed on the last day of 2018; D closed and P2 filed on the first day of 2019; E closed
 * after its statutory deadline (2018-09-01) but within it once its 30 suspended days are added (the import computes
 * 2018-10-01); X closed in December, its appeal transferred in January. And re-opened cases: the enforcement case R
 * closed in 2017 and resumed in 2018 as S (执恢), the judgment I remanded on appeal in 2017 and re-tried in 2018 as T —
 * each counts once, in its own period. And 发改指 by the right court: Y, K and L2 are 吉01's own 民终 that remanded
 * basic courts' judgments (their own result, stated by the close method 发回重审); a remand by 吉01 is not a remand of
 * 吉01, so they count in 发回重审案件平均移送天数 but not in 被发回重审案件数 or 生效案件发回重审率 — only I, a 吉01 民初
 * that the high court remanded (upper_outcome), does. A new indicator fails {@link #theTableCoversTheWholeCatalogue}
 * until its hand count is added here.
 */
@QuanzeIntegrationTest
class StatisticsHandComputedIntegrationTests {

    private static final String COURT = "吉01";
    private static final String PERIOD = "&from=2018-01-01&to=2018-12-31";

    /** The cases; 日期 are YYYY-MM-DD, {@code %1$s} is J and {@code %2$s} is L. */
    private static final String CSV = """
            ref,case_number,court_code,case_type,procedure,cause,filed_on,closed_on,close_method,handler_staff_no,deadline_on,suspended_days,extended,appealed,upper_outcome,hearing_live_streamed,judgment_published,archived_on,retrial_applied,appeal_on,transferred_on,original_case_number
            A,（2016）吉01民初801号,吉01,民初,普通程序,买卖合同纠纷,2016-06-01,2017-03-01,判决,%1$s,2017-06-01,0,Y,Y,维持,N,公开,2017-04-01,N,2017-03-10,2017-03-14,
            B,（2017）吉01民初801号,吉01,民初,普通程序,民间借贷纠纷,2017-12-31,2018-01-01,判决,%2$s,2018-06-30,0,N,Y,,N,不公开已公示,2018-02-01,N,2018-01-10,2018-01-20,
            C,（2018）吉01民初801号,吉01,民初,普通程序,离婚纠纷,2018-12-31,,,%1$s,2019-06-30,0,N,N,,N,,,N,,,
            D,（2018）吉01民初802号,吉01,民初,普通程序,建设工程施工合同纠纷,2018-03-01,2019-01-01,判决,%1$s,2019-03-01,0,Y,N,,N,公开,,N,,,
            E,（2018）吉01民初803号,吉01,民初,普通程序,劳动争议,2018-03-01,2018-09-20,调解,%1$s,,30,N,N,,N,,2018-10-15,N,,,
            F,（2018）吉01民初804号,吉01,民初,简易程序,民间借贷纠纷,2018-02-01,2018-06-15,判决,%1$s,2018-05-01,0,N,N,,Y,公开,2018-07-01,Y,,,
            G,（2018）吉01民初805号,吉01,民初,简易程序,物业服务合同纠纷,2018-04-01,2018-05-01,撤诉,%1$s,2018-07-01,0,N,N,,N,,,N,,,
            X,（2018）吉01民初807号,吉01,民初,普通程序,买卖合同纠纷,2018-08-01,2018-12-20,判决,%1$s,2019-02-01,0,N,Y,,N,公开,,N,2018-12-28,2019-01-07,
            H,（2017）吉01民初802号,吉01,民初,普通程序,金融借款合同纠纷,2017-01-15,,,%1$s,2017-07-15,0,N,N,,N,,,N,,,
            I,（2017）吉01民初803号,吉01,民初,普通程序,买卖合同纠纷,2017-05-01,2017-11-01,判决,%2$s,2017-11-01,0,N,Y,发回重审,N,公开,2017-12-01,N,2017-11-10,2017-11-17,
            T,（2018）吉01民初806号,吉01,民初,普通程序,买卖合同纠纷,2018-01-15,2018-06-30,判决,%2$s,2018-07-15,0,N,N,,N,不公开,2019-01-10,N,,,（2017）吉01民初803号
            V,（2017）吉01民初804号,吉01,民初,简易程序,离婚纠纷,2017-02-01,2017-06-01,调解,%1$s,2017-05-01,0,N,N,,N,,2017-06-20,Y,,,
            W,（2017）吉01刑初801号,吉01,刑初,普通程序,盗窃罪,2017-04-01,2017-05-15,判决,%1$s,2017-06-01,0,N,N,,N,公开,,N,,,
            U,（2018）吉01刑初801号,吉01,刑初,普通程序,盗窃罪,2018-03-01,2018-05-01,判决,%2$s,2018-05-01,0,N,Y,改判,N,未处理,,N,,,
            Y,（2017）吉01民终801号,吉01,民终,,民间借贷纠纷,2017-09-01,2017-10-10,发回重审,%1$s,2017-12-01,0,N,N,,N,,,N,,2017-10-18,（2017）吉0104民初8号
            K,（2018）吉01民终801号,吉01,民终,,民间借贷纠纷,2018-02-01,2018-04-01,发回重审,%1$s,2018-05-01,0,N,N,,N,,2018-04-20,N,,2018-04-06,（2018）吉0104民初9号
            L2,（2018）吉01民终802号,吉01,民终,,劳动争议,2018-05-01,2018-06-01,发回重审,%2$s,2018-08-01,0,N,N,,N,,,N,,2018-06-16,（2018）吉0104民初10号
            O,（2017）吉01民申801号,吉01,民申,,买卖合同纠纷,2017-06-01,2017-08-01,裁定,%1$s,2017-09-01,0,N,N,,N,,,N,,,
            M,（2018）吉01民申801号,吉01,民申,,民间借贷纠纷,2018-07-01,2018-09-01,裁定,%1$s,2018-10-01,0,N,N,,N,,,N,,,（2017）吉01民终9号
            N,（2018）吉01民申802号,吉01,民申,,离婚纠纷,2018-12-31,,,%1$s,2019-03-31,0,N,N,,N,,,N,,,
            P2,（2019）吉01民申801号,吉01,民申,,买卖合同纠纷,2019-01-01,,,%1$s,2019-04-01,0,N,N,,N,,,N,,,
            R,（2017）吉01执801号,吉01,执,,,2017-03-01,2017-12-01,终结本次执行,%1$s,2017-09-01,0,N,N,,N,,,N,,,
            S,（2018）吉01执恢801号,吉01,执恢,,,2018-02-01,2018-08-01,执行完毕,%1$s,2018-08-01,0,N,N,,N,,2018-09-01,N,,,（2017）吉01执801号
            """;

    /*
     * Which case is where (2018 | 2017):
     *   旧存 (filed before, open at the start)  B H            | A
     *   新收                                   C D E F G X T U K L2 M N S (13) | B H I V W Y O R (8)
     *   受理 = 旧存 + 新收                      15             | 9
     *   审结                                   B E F G X T U K L2 M S (11) | A I V W Y O R (7)
     *   未结 at the end                        C D H N        | B H
     *   first instance (初) closed             B E F G X T U (7) | A I V W (4)
     *   judgments (判决) closed                B F X T U (5)  | A I W (3)
     *   litigation (not 执) closed             all closed but S (10) | all closed but R (6)
     *   litigation (not 执) accepted           all accepted but S (14) | all accepted but R (8)
     * Days in trial (结案 − 立案), litigation: B 1, E 203, F 134, G 30, X 141, T 166, U 61, K 59, L2 31, M 62 = 888 |
     * A 273, I 184, V 120, W 44, Y 39, O 61 = 721; the enforcement cases S 181 and R 275 are not counted.
     */

    /**
     * code, value, numerator, denominator (null for counts; "judges" for 员额法官 on the last day, where the previous
     * column holds last year's cases), previous year's value (values rounded as the API rounds: rates to 4 places, days
     * to 2), the numerator's cases by ref.
     */
    private static final String[][] EXPECTED = {
            {"OLD_PENDING", "2", "2", null, "1", "B H"},
            {"NEWLY_FILED", "13", "13", null, "8", "C D E F G X T U K L2 M N S"},          // not P2 (2019-01-01)
            {"ACCEPTED", "15", "15", null, "9", "B H C D E F G X T U K L2 M N S"},
            {"CLOSED", "11", "11", null, "7", "B E F G X T U K L2 M S"},                  // not D (2019-01-01)
            {"PENDING", "4", "4", null, "2", "C D H N"},
            {"CLOSURE_RATE", "0.7333", "11", "15", "0.7778", "B E F G X T U K L2 M S"},   // 11/15 | 7/9
            {"PER_JUDGE_ACCEPTED", null, "15", "judges", "9", "B H C D E F G X T U K L2 M N S"},      // 受理 ÷ judges
            {"PER_JUDGE_CLOSED", null, "11", "judges", "7", "B E F G X T U K L2 M S"},              // 审结 ÷ judges
            // F closed 2018-06-15 after its deadline 2018-05-01; E within its suspended deadline | V and R late: 5/7
            {"CLOSED_WITHIN_DEADLINE_RATE", "0.9091", "10", "11", "0.7143", "B E G X T U K L2 M S"},
            // litigation only (the enforcement cases S and R are not trials): 888/10 | 721/6
            {"AVERAGE_TRIAL_DAYS", "88.8", "888", "10", "120.17", "B E F G X T U K L2 M"},
            // H open since 2017-01-15, more than 12 months before 2018-12-31; C D N are younger | none in 2017
            {"LONG_PENDING", "1", "1", null, "0", "H"},
            {"LONG_PENDING_SHARE", "0.25", "1", "4", "0.0", "H"},                        // 1/4 | 0/2
            {"EXTENDED_PENDING_SHARE", "0.25", "1", "4", "0.0", "D"},                    // D extended, open at the end
            {"FIRST_INSTANCE_APPEAL_RATE", "0.4286", "3", "7", "0.5", "B X U"},          // 3/7 | A I: 2/4
            {"FIRST_INSTANCE_REVERSAL_RATE", "0.1429", "1", "7", "0.0", "U"},            // 1/7 | 0/4
            {"FIRST_INSTANCE_REMAND_RATE", "0.0", "0", "7", "0.25", ""},                 // 0/7 | I: 1/4
            {"REVERSED", "1", "1", null, "0", "U"},
            // none in 2018: K and L2 are 民终 of 吉01 that remanded the court below (their own result, review_result),
            // not cases of 吉01 that a higher court remanded (upper_outcome) | I, remanded on appeal
            {"REMANDED", "0", "0", null, "1", ""},
            {"RETRIAL_ORDERED", "0", "0", null, "0", ""},
            {"MEDIATION_WITHDRAWAL_RATE", "0.1818", "2", "11", "0.1429", "E G"},         // 2/11 | V: 1/7
            {"FIRST_INSTANCE_SETTLED_RATE", "0.5714", "4", "7", "0.5", "E F G T"},       // 4/7 | V W: 2/4
            {"SIMPLE_PROCEDURE_RATE", "0.3333", "2", "6", "0.3333", "F G"},              // civil B E F G X T | A I V
            // 公开文书 ÷ (结案 − 调解 − 离婚 − 涉未成年人) (RULES.md §6; 法释〔2016〕19号 第3、4条): closed less E (调解) —
            // every document, not only judgments: F X of B F G X T U K L2 M S = 2/10 | A I W of A I W Y O R (not V,
            // 调解 of a 离婚纠纷) = 3/6
            {"JUDGMENT_ONLINE_RATE", "0.2", "2", "10", "0.5", "F X"},
            // of the litigation cases accepted (吉林 2018: 不低于受理诉讼案件总数的7%), not S | not R: 1/14 | 0/8
            {"LIVE_STREAMED_SHARE", "0.0714", "1", "14", "0.0", "F"},
            // archived by 2018-12-31: T only in 2019 | A I V: 3/7
            {"ARCHIVED_RATE", "0.4545", "5", "11", "0.4286", "B E F K S"},
            {"COMMITTEE_DECIDED", "1", "1", null, "0", "T"},                             // recorded below, not imported
            {"LEADER_CLOSED", "4", "4", null, "1", "B T U L2"},                          // L's cases | I
            {"LEADER_CLOSED_SHARE", "0.3636", "4", "11", "0.1429", "B T U L2"},          // 4/11 | 1/7
            {"EFFECTIVE_REVERSAL_RATE", "0.0909", "1", "11", "0.0", "U"},                // 1/11 | 0/7
            {"EFFECTIVE_REMAND_RATE", "0.0", "0", "11", "0.1429", ""},                   // 0/11, not K L2 | I: 1/7
            // 双百: B announced (不公开已公示), F X published; T not published, U not handled | A I W published: 3/3
            {"DOUBLE_HUNDRED_RATE", "0.6", "3", "5", "1.0", "B F X"},
            // sent up in 2018: B 01-10 → 01-20 = 10; not X, sent on 2019-01-07 | A 4, I 7: 11/2; U has no dates
            {"APPEAL_TRANSFER_DAYS", "10.0", "10", "1", "5.5", "B"},
            // 民终 whose own result is 发回重审 (the close method): K 04-01 → 04-06 = 5, L2 06-01 → 06-16 = 15 | Y 10-10 → 10-18 = 8
            {"REMAND_TRANSFER_DAYS", "10.0", "20", "2", "8.0", "K L2"},
            // F petitioned, of the 10 litigation cases closed (S is enforcement) | V of 6 (R is enforcement)
            {"RETRIAL_APPLICATION_RATE", "0.1", "1", "10", "0.1667", "F"},
            {"RETRIAL_APPLICATIONS", "2", "2", null, "1", "M N"},                        // not P2 | O
    };

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private static boolean loaded;
    private static Map<String, String> numbers; // ref -> case number

    @BeforeEach
    void loadCases() {
        if (loaded) return;
        String judge = judge("NOT (s.posts && ARRAY['PRESIDENT','VICE_PRESIDENT','DIVISION_CHIEF','DEPUTY_DIVISION_CHIEF'])");
        String leader = judge("'DIVISION_CHIEF' = ANY(s.posts)");
        String csv = CSV.formatted(judge, leader);
        numbers = new LinkedHashMap<>();
        csv.lines().skip(1).map(line -> line.split(",", -1)).forEach(f -> numbers.put(f[0], f[1]));
        Http.Response response = new Http(port).post("/api/v1/imports/cases", "text/csv", csv.getBytes(StandardCharsets.UTF_8),
                "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":23", "\"ignoredColumns\":[\"ref\"]");
        // 审判委员会讨论决定 comes from the committee's decision, not from the import
        jdbc.update("UPDATE casefile.case_file SET committee_decided = true WHERE case_number = ?", numbers.get("T"));
        loaded = true;
    }

    /** A quota judge of 吉01, in quota through both years, chosen by the posts they hold. */
    private String judge(String posts) {
        return jdbc.queryForObject("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                JOIN organization.quota_term q ON q.staff_id = s.id
                WHERE c.code = '吉01' AND s.role = 'QUOTA_JUDGE' AND q.from_date <= DATE '2016-12-31' AND q.to_date IS NULL
                  AND %s
                ORDER BY s.staff_no LIMIT 1""".formatted(posts), String.class);
    }

    private DocumentContext get(String path) {
        Http.Response response = new Http(port).get(path, "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private static Double number(DocumentContext json, String path) {
        Object value = json.read(path);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private List<String> cases(String refs) {
        return refs.isBlank() ? List.of() : Arrays.stream(refs.split(" ")).map(numbers::get).toList();
    }

    private long quotaJudges(String day) {
        return jdbc.queryForObject("""
                SELECT count(DISTINCT s.id) FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                JOIN organization.quota_term q ON q.staff_id = s.id
                WHERE c.code = ? AND q.from_date <= ?::date AND (q.to_date IS NULL OR q.to_date >= ?::date)""",
                Long.class, COURT, day, day);
    }

    @Test
    void theTableCoversTheWholeCatalogue() {
        // the figures over the portal's events (审判流程公开) are counted by hand in TransparencyIntegrationTests
        assertThat(Arrays.stream(EXPECTED).map(e -> e[0]))
                .containsExactlyElementsOf(Indicators.CASE_FACTS.stream().map(IndicatorDefinition::code).toList());
    }

    @Test
    void everyIndicatorIsWhatTheHandCountSays() {
        DocumentContext json = get("/api/v1/statistics?court=" + Http.encode(COURT) + PERIOD);
        assertThat((List<String>) json.read("$.rows[*].key")).containsExactly(COURT);
        long judgesNow = quotaJudges("2018-12-31");
        long judgesBefore = quotaJudges("2017-12-31");
        for (String[] e : EXPECTED) {
            String f = "$.rows[0].indicators." + e[0] + ".";
            assertThat(number(json, f + "numerator")).as(e[0] + " numerator").isEqualTo(Double.parseDouble(e[2]));
            if ("judges".equals(e[3])) {
                // 人均: the cases ÷ quota judges in post on the period's last day, now and a year before
                assertThat(number(json, f + "denominator")).as(e[0]).isEqualTo((double) judgesNow);
                assertThat(number(json, f + "value")).as(e[0]).isCloseTo(Double.parseDouble(e[2]) / judgesNow, within(0.005));
                assertThat(number(json, f + "previous")).as(e[0]).isCloseTo(Double.parseDouble(e[4]) / judgesBefore,
                        within(0.005));
                continue;
            }
            assertThat(number(json, f + "denominator")).as(e[0] + " denominator")
                    .isEqualTo(e[3] == null ? null : Double.parseDouble(e[3]));
            assertThat(number(json, f + "value")).as(e[0] + " value").isEqualTo(Double.parseDouble(e[1]));
            assertThat(number(json, f + "previous")).as(e[0] + " previous").isEqualTo(Double.parseDouble(e[4]));
        }
        // 同比 of a few: counts relative, rates in points, averages relative
        assertThat(number(json, "$.rows[0].indicators.RETRIAL_APPLICATIONS.change")).isEqualTo(1.0);           // 2 against 1
        assertThat(number(json, "$.rows[0].indicators.DOUBLE_HUNDRED_RATE.change")).isEqualTo(-0.4);          // 60% against 100%
        assertThat(number(json, "$.rows[0].indicators.APPEAL_TRANSFER_DAYS.change")).isEqualTo(0.8182);       // 10 against 5.5
        assertThat(number(json, "$.rows[0].indicators.RETRIAL_APPLICATION_RATE.change")).isEqualTo(-0.0667);  // 10% against 16.67%
    }

    @Test
    void eachFigureListsExactlyTheCasesItCounts() {
        for (String[] e : EXPECTED) {
            DocumentContext listed = get("/api/v1/statistics/indicators/" + e[0] + "/cases?court=" + Http.encode(COURT) + PERIOD
                    + "&part=numerator&size=100");
            assertThat((List<String>) listed.read("$.cases[*].caseNumber")).as(e[0])
                    .containsExactlyInAnyOrderElementsOf(cases(e[5]));
            assertThat(number(listed, "$.total")).as(e[0] + " total").isEqualTo((double) cases(e[5]).size());
            if (e[3] != null && !"judges".equals(e[3])) {
                // an average lists the cases it averages over; a rate's denominator lists as many cases as it counts
                DocumentContext base = get("/api/v1/statistics/indicators/" + e[0] + "/cases?court=" + Http.encode(COURT)
                        + PERIOD + "&part=denominator&size=100");
                assertThat(number(base, "$.total")).as(e[0] + " denominator").isEqualTo(Double.parseDouble(e[3]));
            }
        }
    }

    @Test
    void reopenedAndRetriedCasesCountOnceEachInTheirOwnPeriod() {
        String lastYear = "?court=" + Http.encode(COURT) + "&from=2017-01-01&to=2017-12-31&part=numerator&size=100";
        DocumentContext closedBefore = get("/api/v1/statistics/indicators/CLOSED/cases" + lastYear);
        assertThat((List<String>) closedBefore.read("$.cases[*].caseNumber"))
                .containsExactlyInAnyOrderElementsOf(cases("A I V W Y O R"));
        DocumentContext filedBefore = get("/api/v1/statistics/indicators/NEWLY_FILED/cases" + lastYear);
        assertThat((List<String>) filedBefore.read("$.cases[*].caseNumber"))
                .containsExactlyInAnyOrderElementsOf(cases("B H I V W Y O R"));
        // the 执 closed in 2017 and its 执恢 of 2018; the judgment remanded in 2017 and its re-trial of 2018
        DocumentContext filedNow = get("/api/v1/statistics/indicators/NEWLY_FILED/cases?court=" + Http.encode(COURT) + PERIOD
                + "&part=numerator&size=100");
        assertThat((List<String>) filedNow.read("$.cases[*].caseNumber")).contains(numbers.get("S"), numbers.get("T"))
                .doesNotContain(numbers.get("R"), numbers.get("I"));
        assertThat(jdbc.queryForObject("SELECT original_case_number FROM casefile.case_file WHERE case_number = ?", String.class,
                numbers.get("S"))).isEqualTo(numbers.get("R"));
    }

    @Test
    void aSecondInstanceCaseThatRemandedKeepsItAsItsOwnResultNotAsARemandOfItself() {
        // the import reads a reviewing case's own result from its close method; upper_outcome stays for a higher court
        for (String ref : List.of("K", "L2", "Y")) {
            assertThat(jdbc.queryForMap("SELECT review_result, upper_outcome FROM casefile.case_fact WHERE case_number = ?",
                    numbers.get(ref))).as(ref).containsEntry("review_result", "REMANDED").containsEntry("upper_outcome", null);
        }
        assertThat(jdbc.queryForMap("SELECT review_result, upper_outcome FROM casefile.case_fact WHERE case_number = ?",
                numbers.get("I"))).containsEntry("review_result", null).containsEntry("upper_outcome", "REMANDED");
    }

    @Test
    void transferDaysCountInTheMonthTheCaseClosed() {
        DocumentContext byMonth = get("/api/v1/statistics?court=" + Http.encode(COURT) + PERIOD
                + "&groupBy=month&codes=APPEAL_TRANSFER_DAYS,REMAND_TRANSFER_DAYS,RETRIAL_APPLICATIONS");
        assertThat((List<String>) byMonth.read("$.rows[*].key")).hasSize(12);
        // B closed and appealed in January; X closed in December, its file sent in January 2019
        assertThat(number(byMonth, "$.rows[0].indicators.APPEAL_TRANSFER_DAYS.value")).isEqualTo(10.0);
        assertThat(number(byMonth, "$.rows[11].indicators.APPEAL_TRANSFER_DAYS.value")).isNull();
        assertThat(number(byMonth, "$.rows[10].indicators.APPEAL_TRANSFER_DAYS.value")).isNull();
        // K remanded in April (5 days), L2 in June (15 days)
        assertThat(number(byMonth, "$.rows[3].indicators.REMAND_TRANSFER_DAYS.value")).isEqualTo(5.0);
        assertThat(number(byMonth, "$.rows[5].indicators.REMAND_TRANSFER_DAYS.value")).isEqualTo(15.0);
        // M filed in July, N on the last day of December
        assertThat(number(byMonth, "$.rows[6].indicators.RETRIAL_APPLICATIONS.value")).isEqualTo(1.0);
        assertThat(number(byMonth, "$.rows[11].indicators.RETRIAL_APPLICATIONS.value")).isEqualTo(1.0);
    }
}
