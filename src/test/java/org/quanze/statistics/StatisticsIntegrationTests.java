package org.quanze.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statistics on a small hand-made set of cases, loaded through the history import: 吉0103 (which no other integration
 * test files cases in) for 2017 against 2016, with the period edges — a case filed on the last day of 2016 and closed
 * on the first day of 2017, one closed on the last day, one open for more than a year — and two 行初 cases in 吉0102
 * (whose other case types other tests use). Every figure below is counted by hand from the file.
 */
@QuanzeIntegrationTest
class StatisticsIntegrationTests {

    private static final String PERIOD = "&from=2017-01-01&to=2017-12-31";

    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;
    @LocalServerPort int port;

    private static boolean loaded;
    private String judge1;
    private String judge2;

    @BeforeEach
    void loadCases() {
        List<String> judges = jdbc.queryForList("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                JOIN organization.quota_term q ON q.staff_id = s.id
                WHERE c.code = '吉0103' AND s.role = 'QUOTA_JUDGE' AND q.from_date <= DATE '2015-12-31' AND q.to_date IS NULL
                ORDER BY s.staff_no LIMIT 2""", String.class);
        judge1 = judges.get(0);
        judge2 = judges.get(1);
        if (loaded) return;
        String nanguanJudge = jdbc.queryForObject("""
                SELECT s.staff_no FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                WHERE c.code = '吉0102' AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no DESC LIMIT 1""", String.class);
        String csv = """
                case_number,court_code,case_type,procedure,cause,filed_on,closed_on,close_method,handler_staff_no,deadline_on,appealed,upper_outcome,hearing_live_streamed,judgment_published,archived_on
                （2015）吉0103民初801号,吉0103,民初,普通程序,民间借贷纠纷,2015-06-01,2016-03-01,判决,%1$s,2016-06-01,N,,N,公开,2016-04-01
                （2016）吉0103民初801号,吉0103,民初,普通程序,离婚纠纷,2016-02-01,2016-12-31,调解,%1$s,2016-08-01,N,,N,,
                （2016）吉0103民初802号,吉0103,民初,普通程序,买卖合同纠纷,2016-12-31,2017-01-01,判决,%2$s,2017-06-30,Y,改判,N,公开,2017-01-10
                （2016）吉0103民初803号,吉0103,民初,普通程序,买卖合同纠纷,2016-05-01,,,%2$s,2016-11-01,N,,N,,
                （2017）吉0103民初801号,吉0103,民初,简易程序,民间借贷纠纷,2017-03-01,2017-05-01,判决,%1$s,2017-06-01,N,,Y,公开,2017-05-20
                （2017）吉0103民初802号,吉0103,民初,普通程序,劳动争议,2017-04-01,2017-10-01,撤诉,%1$s,2017-09-30,N,,N,,
                （2017）吉0103刑初801号,吉0103,刑初,普通程序,盗窃罪,2017-06-01,2017-07-01,判决,%2$s,2017-08-31,Y,发回重审,N,不公开,
                （2017）吉0103执801号,吉0103,执,,,2017-11-01,,,%2$s,,N,,N,,
                （2017）吉0102行初801号,吉0102,行初,普通程序,行政处罚,2017-02-01,2017-08-01,判决,%3$s,2017-08-01,N,,N,公开,
                （2017）吉0102行初802号,吉0102,行初,普通程序,行政处罚,2017-09-01,,,%3$s,,N,,N,,
                """.formatted(judge1, judge2, nanguanJudge);
        Http.Response response = new Http(port).post("/api/v1/imports/cases", "text/csv", csv.getBytes(StandardCharsets.UTF_8),
                "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        loaded = true;
    }

    private DocumentContext get(String path, String user) {
        Http.Response response = new Http(port).get(path, user, user.equals("admin") ? QuanzeIntegrationTest.ADMIN_PASSWORD
                : QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private long quotaJudges(String court, String day) {
        return jdbc.queryForObject("""
                SELECT count(DISTINCT s.id) FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                JOIN organization.quota_term q ON q.staff_id = s.id
                WHERE c.code = ? AND q.from_date <= ?::date AND (q.to_date IS NULL OR q.to_date >= ?::date)""",
                Long.class, court, day, day);
    }

    private static double byKey(DocumentContext json, String rows, String key, String code, String field) {
        List<Object> found = json.read(rows + "[?(@.key == '" + key + "')].indicators." + code + "." + field);
        assertThat(found).as(key + " " + code).hasSize(1);
        return ((Number) found.get(0)).doubleValue();
    }

    private static double value(DocumentContext json, String row, String code, String field) {
        return ((Number) json.read("$.rows[" + row + "].indicators." + code + "." + field)).doubleValue();
    }

    @Test
    void theCaliberOfOneCourtWithTheYearBeforeAndThePeriodEdges() {
        DocumentContext json = get("/api/v1/statistics/caliber?court=" + Http.encode("吉0103") + PERIOD, "tmo");
        assertThat((String) json.read("$.court")).isEqualTo("吉0103");
        assertThat((String) json.read("$.rows[0].key")).isEqualTo("吉0103");
        // 旧存: filed on 2016-12-31 and closed on 2017-01-01, and the case open since 2016-05-01; the one closed on
        // 2016-12-31 is not.
        String[][] expected = {
                // code, value, previous, change
                {"OLD_PENDING", "2", "1", "1.0"},
                {"NEWLY_FILED", "4", "3", "0.3333"},
                {"ACCEPTED", "6", "4", "0.5"},
                {"CLOSED", "4", "2", "1.0"},
                {"PENDING", "2", "2", "0.0"},
                {"CLOSURE_RATE", "0.6667", "0.5", "0.1667"}};
        for (String[] e : expected) {
            assertThat(value(json, "0", e[0], "value")).as(e[0]).isEqualTo(Double.parseDouble(e[1]));
            assertThat(value(json, "0", e[0], "previous")).as(e[0] + " previous").isEqualTo(Double.parseDouble(e[2]));
            assertThat(value(json, "0", e[0], "change")).as(e[0] + " change").isEqualTo(Double.parseDouble(e[3]));
        }
        assertThat((String) json.read("$.definitions.CLOSURE_RATE.changeRule")).isEqualTo("PERCENTAGE_POINTS");
        assertThat((String) json.read("$.definitions.ACCEPTED.changeRule")).isEqualTo("RELATIVE");

        long judgesNow = quotaJudges("吉0103", "2017-12-31");
        long judgesBefore = quotaJudges("吉0103", "2016-12-31");
        assertThat(value(json, "0", "PER_JUDGE_ACCEPTED", "denominator")).isEqualTo(judgesNow);
        assertThat(value(json, "0", "PER_JUDGE_ACCEPTED", "value")).isCloseTo(6.0 / judgesNow, within(0.005));
        assertThat(value(json, "0", "PER_JUDGE_CLOSED", "value")).isCloseTo(4.0 / judgesNow, within(0.005));
        assertThat(value(json, "0", "PER_JUDGE_CLOSED", "previous")).isCloseTo(2.0 / judgesBefore, within(0.005));
    }

    @Test
    void theKeyIndicatorsCountedByHand() {
        DocumentContext json = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD, "tmo");
        String[][] expected = {
                // code, value, numerator, denominator
                {"CLOSED_WITHIN_DEADLINE_RATE", "0.75", "3", "4"}, // the 撤诉 case closed a day after its deadline
                {"AVERAGE_TRIAL_DAYS", "68.75", "275", "4"},       // 1 + 61 + 183 + 30 days
                {"LONG_PENDING", "1", "1", null},                  // open since 2016-05-01; the enforcement case is not litigation
                {"LONG_PENDING_SHARE", "1.0", "1", "1"},
                {"FIRST_INSTANCE_APPEAL_RATE", "0.5", "2", "4"},
                {"FIRST_INSTANCE_REVERSAL_RATE", "0.25", "1", "4"},
                {"FIRST_INSTANCE_REMAND_RATE", "0.25", "1", "4"},
                {"REVERSED", "1", "1", null},
                {"REMANDED", "1", "1", null},
                {"RETRIAL_ORDERED", "0", "0", null},
                {"MEDIATION_WITHDRAWAL_RATE", "0.25", "1", "4"},
                {"FIRST_INSTANCE_SETTLED_RATE", "0.5", "2", "4"},
                {"SIMPLE_PROCEDURE_RATE", "0.3333", "1", "3"},      // civil first instance only
                // 公开文书 ÷ (结案 − 调解 − 离婚 − 涉未成年人) (RULES.md §6): the 撤诉 ruling counts, not only judgments
                {"JUDGMENT_ONLINE_RATE", "0.5", "2", "4"},
                // of the litigation cases accepted: not the enforcement case (吉林 2018: 受理诉讼案件总数)
                {"LIVE_STREAMED_SHARE", "0.2", "1", "5"},
                {"ARCHIVED_RATE", "0.5", "2", "4"},
                {"EFFECTIVE_REVERSAL_RATE", "0.25", "1", "4"},     // closed cases taken as effective
                {"EFFECTIVE_REMAND_RATE", "0.25", "1", "4"}};
        for (String[] e : expected) {
            assertThat(value(json, "0", e[0], "value")).as(e[0]).isEqualTo(Double.parseDouble(e[1]));
            assertThat(value(json, "0", e[0], "numerator")).as(e[0] + " numerator").isEqualTo(Double.parseDouble(e[2]));
            if (e[3] != null) {
                assertThat(value(json, "0", e[0], "denominator")).as(e[0] + " denominator").isEqualTo(Double.parseDouble(e[3]));
            }
        }
        // rates change in points: 调撤率 25% against 50% (the 2016 mediation) is −25 points
        assertThat(value(json, "0", "MEDIATION_WITHDRAWAL_RATE", "change")).isEqualTo(-0.25);
        assertThat(value(json, "0", "LONG_PENDING_SHARE", "previous")).isEqualTo(0.0);
    }

    @Test
    void everyFigureListsTheCasesOfItsNumeratorAndDenominator() {
        String base = "/api/v1/statistics/indicators/CLOSURE_RATE/cases?court=" + Http.encode("吉0103") + PERIOD;
        DocumentContext numerator = get(base + "&part=numerator", "tmo");
        assertThat(((Number) numerator.read("$.total")).longValue()).isEqualTo(4);
        assertThat((List<String>) numerator.read("$.cases[*].caseNumber")).containsExactly("（2016）吉0103民初802号",
                "（2017）吉0103民初801号", "（2017）吉0103民初802号", "（2017）吉0103刑初801号");
        DocumentContext denominator = get(base + "&part=denominator", "tmo");
        assertThat((List<String>) denominator.read("$.cases[*].caseNumber")).containsExactly("（2016）吉0103民初803号",
                "（2016）吉0103民初802号", "（2017）吉0103民初801号", "（2017）吉0103民初802号", "（2017）吉0103刑初801号",
                "（2017）吉0103执801号");
        assertThat((List<String>) denominator.read("$.cases[0:1].handlerStaffNo")).containsExactly(judge2);
        DocumentContext paged = get(base + "&part=denominator&size=4&page=1", "tmo");
        assertThat((List<String>) paged.read("$.cases[*].caseNumber")).containsExactly("（2017）吉0103刑初801号",
                "（2017）吉0103执801号");
        DocumentContext byJudge = get("/api/v1/statistics/indicators/CLOSED/cases?court=" + Http.encode("吉0103") + PERIOD
                + "&groupBy=judge&key=" + Http.encode(judge1), "tmo");
        assertThat((List<String>) byJudge.read("$.cases[*].caseNumber")).containsExactly("（2017）吉0103民初801号",
                "（2017）吉0103民初802号");
    }

    @Test
    void groupsByCourtCaseTypeJudgeAndMonth() {
        DocumentContext byCourt = get("/api/v1/statistics/groups?court=" + Http.encode("吉01") + PERIOD
                + "&groupBy=court&codes=ACCEPTED,CLOSED,PER_JUDGE_ACCEPTED", "tmo");
        assertThat(byKey(byCourt, "$.report.rows", "吉0103", "ACCEPTED", "value")).isEqualTo(6.0);
        assertThat((List<String>) byCourt.read("$.report.rows[*].key")).contains("吉0102", "吉0103");
        assertThat(((Number) byCourt.read("$.spread.courts")).intValue()).isGreaterThanOrEqualTo(2);

        DocumentContext byType = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD + "&groupBy=caseType", "tmo");
        assertThat((List<String>) byType.read("$.rows[*].key")).containsExactly("刑初", "执", "民初");
        assertThat(byKey(byType, "$.rows", "民初", "ACCEPTED", "value")).isEqualTo(4.0);
        DocumentContext nanguan = get("/api/v1/statistics?court=" + Http.encode("吉0102") + PERIOD + "&groupBy=caseType", "tmo");
        assertThat(byKey(nanguan, "$.rows", "行初", "ACCEPTED", "value")).isEqualTo(2.0);
        assertThat(byKey(nanguan, "$.rows", "行初", "CLOSURE_RATE", "value")).isEqualTo(0.5);

        DocumentContext byJudge = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD + "&groupBy=judge", "tmo");
        assertThat((List<String>) byJudge.read("$.rows[*].key")).containsExactly(judge1, judge2);
        assertThat(byKey(byJudge, "$.rows", judge1, "CLOSED", "value")).isEqualTo(2.0);
        assertThat(byKey(byJudge, "$.rows", judge1, "PER_JUDGE_CLOSED", "value")).isEqualTo(2.0);
        assertThat((String) byJudge.read("$.rows[0].label")).isNotBlank().isNotEqualTo(judge1);

        DocumentContext byMonth = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD + "&groupBy=month", "tmo");
        assertThat((List<String>) byMonth.read("$.rows[*].key")).hasSize(12).startsWith("2017-01").endsWith("2017-12");
        assertThat(value(byMonth, "0", "CLOSED", "value")).isEqualTo(1.0);      // closed on 2017-01-01
        assertThat(value(byMonth, "0", "OLD_PENDING", "value")).isEqualTo(2.0);
        assertThat(value(byMonth, "10", "NEWLY_FILED", "value")).isEqualTo(1.0); // the enforcement case, November
    }

    @Test
    void groupsByDepartmentAndProcedure() {
        // the history import leaves 庭室 empty: the 吉0103 cases get their handler's department here
        jdbc.update("""
                UPDATE casefile.case_file f SET department_id = s.department_id FROM organization.staff s
                WHERE s.id = f.handler_id AND f.court_code = '吉0103' AND f.case_number LIKE '%吉0103%80_号'""");
        Long dept1 = jdbc.queryForObject("SELECT department_id FROM organization.staff WHERE staff_no = ?", Long.class, judge1);
        Long dept2 = jdbc.queryForObject("SELECT department_id FROM organization.staff WHERE staff_no = ?", Long.class, judge2);
        String name1 = jdbc.queryForObject("SELECT name FROM organization.department WHERE id = ?", String.class, dept1);
        DocumentContext byDepartment = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD
                + "&groupBy=department&codes=ACCEPTED,CLOSED,PER_JUDGE_ACCEPTED", "tmo");
        long inPost = jdbc.queryForObject("""
                SELECT count(DISTINCT s.id) FROM organization.staff s JOIN organization.quota_term q ON q.staff_id = s.id
                WHERE s.department_id = ? AND q.from_date <= DATE '2017-12-31' AND (q.to_date IS NULL OR q.to_date >= DATE '2017-12-31')""",
                Long.class, dept1);
        assertThat(byKey(byDepartment, "$.rows", String.valueOf(dept1), "PER_JUDGE_ACCEPTED", "denominator")).isEqualTo(inPost);
        // judge1 has the two 2017 civil cases in the period, judge2 the other four
        assertThat(byKey(byDepartment, "$.rows", String.valueOf(dept1), "ACCEPTED", "value"))
                .isEqualTo(dept1.equals(dept2) ? 6.0 : 2.0);
        assertThat((List<String>) byDepartment.read("$.rows[?(@.key == '" + dept1 + "')].label")).containsExactly(name1);

        DocumentContext byProcedure = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD
                + "&groupBy=procedure&codes=ACCEPTED,CLOSED", "tmo");
        assertThat(byKey(byProcedure, "$.rows", "ORDINARY", "ACCEPTED", "value")).isEqualTo(4.0);
        assertThat(byKey(byProcedure, "$.rows", "SIMPLE", "CLOSED", "value")).isEqualTo(1.0);
        assertThat((List<String>) byProcedure.read("$.rows[?(@.key == 'SIMPLE')].label")).containsExactly("简易程序");
    }

    @Test
    void groupsByTrialTeamSummingItsMembersCases() {
        // a team of the two judges (they may also sit in demo teams: a team's row is its members' cases either way)
        Long court = jdbc.queryForObject("SELECT id FROM organization.court WHERE code = '吉0103'", Long.class);
        Long team = jdbc.queryForObject("""
                INSERT INTO organization.trial_team (court_id, name) VALUES (?, '统计测试团队')
                ON CONFLICT (court_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id""", Long.class, court);
        for (String judge : List.of(judge1, judge2)) {
            jdbc.update("""
                    INSERT INTO organization.team_member (team_id, staff_id) SELECT ?, id FROM organization.staff WHERE staff_no = ?
                    ON CONFLICT DO NOTHING""", team, judge);
        }
        DocumentContext byTeam = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD
                + "&groupBy=team&codes=ACCEPTED,CLOSED,PER_JUDGE_ACCEPTED", "tmo");
        String key = String.valueOf(team);
        // judge1: two 2017 civil cases; judge2: the two 2016 cases still open in 2017, the criminal and the enforcement case
        assertThat(byKey(byTeam, "$.rows", key, "ACCEPTED", "value")).isEqualTo(6.0);
        assertThat(byKey(byTeam, "$.rows", key, "CLOSED", "value")).isEqualTo(4.0);
        // both in quota on the period's last day
        assertThat(byKey(byTeam, "$.rows", key, "PER_JUDGE_ACCEPTED", "denominator")).isEqualTo(2.0);
        assertThat(byKey(byTeam, "$.rows", key, "PER_JUDGE_ACCEPTED", "value")).isEqualTo(3.0);
        assertThat((List<String>) byTeam.read("$.rows[?(@.key == '" + key + "')].label")).containsExactly("统计测试团队");
        DocumentContext cases = get("/api/v1/statistics/indicators/CLOSED/cases?court=" + Http.encode("吉0103") + PERIOD
                + "&groupBy=team&key=" + key, "tmo");
        assertThat(((Number) cases.read("$.total")).longValue()).isEqualTo(4);
    }

    /**
     * 院庭长审结案件: the test makes its own leader — judge2 a 庭长, judge1 no leader post — rather than depending on the
     * posts the demo drew for them (with none drawn, the count would be 0 whatever the engine did); the demo posts are
     * put back afterwards.
     */
    @Test
    void casesClosedByCourtLeaders() {
        String leaderPosts = "ARRAY['PRESIDENT','VICE_PRESIDENT','DIVISION_CHIEF','DEPUTY_DIVISION_CHIEF']";
        Map<String, String> drawn = new java.util.HashMap<>();
        for (String judge : List.of(judge1, judge2)) {
            drawn.put(judge, jdbc.queryForObject("SELECT posts::text FROM organization.staff WHERE staff_no = ?", String.class, judge));
        }
        jdbc.update("UPDATE organization.staff SET posts = array(SELECT unnest(posts) EXCEPT SELECT unnest(" + leaderPosts
                + ")) WHERE staff_no = ?", judge1);
        jdbc.update("UPDATE organization.staff SET posts = array(SELECT DISTINCT unnest(posts || ARRAY['DIVISION_CHIEF'])) "
                + "WHERE staff_no = ?", judge2);
        try {
            // each judge closed two cases of 吉0103 in 2017: the 庭长's two count, the other judge's do not
            DocumentContext json = get("/api/v1/statistics?court=" + Http.encode("吉0103") + PERIOD
                    + "&codes=LEADER_CLOSED,LEADER_CLOSED_SHARE", "tmo");
            assertThat(value(json, "0", "LEADER_CLOSED", "value")).isEqualTo(2.0);
            assertThat(value(json, "0", "LEADER_CLOSED_SHARE", "numerator")).isEqualTo(2.0);
            assertThat(value(json, "0", "LEADER_CLOSED_SHARE", "denominator")).isEqualTo(4.0);
            DocumentContext cases = get("/api/v1/statistics/indicators/LEADER_CLOSED/cases?court=" + Http.encode("吉0103")
                    + PERIOD + "&size=100", "tmo");
            assertThat(((Number) cases.read("$.total")).longValue()).isEqualTo(2);
            assertThat((List<String>) cases.read("$.cases[*].handlerStaffNo")).containsExactly(judge2, judge2);
        } finally {
            drawn.forEach((judge, posts) -> jdbc.update("UPDATE organization.staff SET posts = ?::text[] WHERE staff_no = ?",
                    posts, judge));
        }
    }

    @Test
    void theSituationReportIsAPdfWithChartsPageNumbersAndTheIssuingCourt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of(
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")), "the CJK font (fonts-noto-cjk) is installed");
        Http.Response response = new Http(port).get("/api/v1/statistics/report.pdf?court=" + Http.encode("吉01")
                + "&subordinates=true" + PERIOD, "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        byte[] pdf = response.bytes();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).as("tables, two charts and the findings").isGreaterThan(1);
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        String today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai")).toString();
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            String text = extractor.getTextFromPage(page);
            all.append(text);
            // every page: numbered, with the issuing court (the high court's office asks) and the date of issue
            assertThat(text).contains("第 " + page + " 页 共 " + pages + " 页", "吉林省高级人民法院", "印发日期：" + today);
        }
        String courtName = jdbc.queryForObject("SELECT name FROM organization.court WHERE code = '吉01'", String.class);
        // the charts' titles and axis names are text in the PDF, not pictures
        assertThat(all.toString()).contains(courtName, "审判运行态势分析报告", "按月趋势", "累计结案率", "案件数（件）",
                "法院排名", "审判流程公开", "查询率");
        reader.close();
    }

    @Test
    void aBasicCourtJudgeMayNotSeeTheIntermediateCourt() {
        Http.Response refused = new Http(port).get("/api/v1/statistics/caliber?court=" + Http.encode("吉01") + PERIOD,
                "judge", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("权力清单不允许「查看统计」");
        get("/api/v1/statistics/caliber?court=" + Http.encode("吉0102") + PERIOD, "judge");
    }

    @Test
    void theWorkbookHasASheetPerTableWithNumbersAsNumbersAndChineseHeaders() throws Exception {
        Http.Response response = new Http(port).get("/api/v1/statistics/export.xlsx?court=" + Http.encode("吉0103") + PERIOD,
                "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
            // one court: no ranking
            assertThat(sheetNames(book)).containsExactly("基本情况", "按月", "发现的问题", "指标定义");
            Sheet sheet = book.getSheet("基本情况");
            assertThat(cells(sheet.getRow(2))).containsExactly("项目", "本期", "去年同期", "同比", "全省", "全国标杆", "分子", "分母");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("旧存");
            assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("结案率");
            Cell rate = sheet.getRow(8).getCell(1);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isCloseTo(0.6667, within(0.00001));
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(new DataFormatter(java.util.Locale.ROOT).formatCellValue(rate)).isEqualTo("66.67%");
            // 同比 of a rate in percentage points, still a number
            Cell change = sheet.getRow(8).getCell(3);
            assertThat(change.getNumericCellValue()).isCloseTo(16.67, within(0.00001));
            assertThat(new DataFormatter(java.util.Locale.ROOT).formatCellValue(change)).isEqualTo("+16.67个百分点");
            // no code column in Chinese
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) assertThat(cell.getStringCellValue()).doesNotMatch("[A-Z_]{4,}");
                }
            }
            Sheet months = book.getSheet("按月");
            assertThat(cells(months.getRow(2))).containsExactly("月份", "新收", "审结", "累计结案率");
            assertThat(months.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2017-01");
            assertThat(months.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            // December's cumulative closure rate is the year's: 4 closed of 6 accepted
            assertThat(months.getRow(14).getCell(3).getNumericCellValue()).isCloseTo(0.6667, within(0.00001));
            assertThat(book.getSheet("指标定义").getRow(1).getCell(0).getStringCellValue()).isEqualTo("旧存");
        }
        Http.Response province = new Http(port).get("/api/v1/statistics/export.xlsx?court=" + Http.encode("吉01")
                + "&subordinates=true" + PERIOD, "tmo", QuanzeIntegrationTest.DEMO_PASSWORD);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(province.bytes()))) {
            assertThat(sheetNames(book)).containsExactly("基本情况", "法院排名", "按月", "发现的问题", "指标定义");
            Sheet ranking = book.getSheet("法院排名");
            assertThat(cells(ranking.getRow(2))).startsWith("#", "法院", "法院代码", "受理", "审结", "结案率");
            assertThat(ranking.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(ranking.getRow(3).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < book.getNumberOfSheets(); i++) names.add(book.getSheetName(i));
        return names;
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Row row) {
        List<String> texts = new java.util.ArrayList<>();
        for (Cell cell : row) texts.add(cell.getStringCellValue());
        return texts;
    }
}
