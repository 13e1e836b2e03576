package org.quanze.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.authority.Accounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 考核测试省 — a province of its own for the evaluation tests, loaded through the import API, so its figures are the
 * tests' own and no other test's data (the demo province 吉) moves them. Its codes use 琼, a real provincial
 * abbreviation (case numbers accept no other), which no other test uses. Its high court's 审管办 is {@link #OFFICE}.
 * <ul>
 * <li>琼0101 (basic, under 琼01): 民一庭 with judges J1 (team 1), J2 and J3 (team 2) and assistants A1 (team 1), A2
 * (team 2), A3 (no team); 刑事审判庭 with judge J4 and assistant A4 (team 3); 2020 cases in {@link #JUDGES_CASES}.</li>
 * <li>琼02 (intermediate): judge J5 handling the court cases of {@link #courtCases}.</li>
 * </ul>
 * Each kind's scheme for 2020 is the 2017 one copied when the province is loaded.
 */
final class TestProvince {

    static final String OFFICE = "kh-tmo";
    /** The 审管办 of the basic court 琼0101: it runs that court's evaluations but does not set schemes. */
    static final String BASIC_OFFICE = "kh-tmo-basic";
    static final String PASSWORD = "kh-pass-1";
    static final int YEAR = 2020;

    private static boolean loaded;

    private TestProvince() {
    }

    static final String COURTS = """
            code,name,level,parent_code
            琼,考核测试省高级人民法院,高级,
            琼01,考核测试省第一中级人民法院,中级,琼
            琼02,考核测试省第二中级人民法院,中级,琼
            琼0101,考核测试省甲区人民法院,基层,琼01
            """;

    static final String STAFF = """
            staff_no,name,court_code,department,role,posts,quota_from,quota_to,team
            KH-TMO,考核审管员,琼,审判管理办公室,司法行政人员,,,,
            KH-TMO2,基层审管员,琼0101,审判管理办公室,司法行政人员,,,,
            KH-J1,甲法官,琼0101,民一庭,员额法官,,2016-01-01,,民一庭第1团队
            KH-J2,乙法官,琼0101,民一庭,员额法官,,2016-01-01,,民一庭第2团队
            KH-J3,丙法官,琼0101,民一庭,员额法官,,2016-01-01,,民一庭第2团队
            KH-J4,丁法官,琼0101,刑事审判庭,员额法官,,2016-01-01,,刑事审判庭第1团队
            KH-A1,甲助理,琼0101,民一庭,法官助理,,,,民一庭第1团队
            KH-A2,乙助理,琼0101,民一庭,法官助理,,,,民一庭第2团队
            KH-A3,丙助理,琼0101,民一庭,法官助理,,,,
            KH-A4,丁助理,琼0101,刑事审判庭,法官助理,,,,刑事审判庭第1团队
            KH-J5,戊法官,琼02,民一庭,员额法官,,2016-01-01,,
            """;

    static final String CASE_COLUMNS = "case_number,court_code,case_type,procedure,filed_on,closed_on,close_method,"
            + "handler_staff_no,deadline_on,appealed,upper_outcome,hearing_live_streamed,judgment_published,archived_on\n";

    /**
     * The judges' cases of 琼0101 in 2020, all first instance, ordinary procedure (案件权重系数 民初 1.0, 刑初 1.2):
     * <pre>
     * J1 民初1–4   closed in time; 1–2 调解, 3–4 判决 (published); all archived
     * J2 民初5–6   closed in time, 判决; 5 appealed and 改判; 5 archived, 6 not
     * J3 民初7–8   7 调解 in time, 8 判决 a month after its deadline; both archived
     * J4 刑初1–2   closed in time, 判决; both archived
     * </pre>
     */
    static final String JUDGES_CASES = CASE_COLUMNS + """
            （2020）琼0101民初1号,琼0101,民初,普通程序,2020-02-01,2020-05-01,调解,KH-J1,2020-08-01,N,,N,,2020-06-01
            （2020）琼0101民初2号,琼0101,民初,普通程序,2020-02-01,2020-05-01,调解,KH-J1,2020-08-01,N,,N,,2020-06-01
            （2020）琼0101民初3号,琼0101,民初,普通程序,2020-02-01,2020-05-01,判决,KH-J1,2020-08-01,N,,N,公开,2020-06-01
            （2020）琼0101民初4号,琼0101,民初,普通程序,2020-02-01,2020-05-01,判决,KH-J1,2020-08-01,N,,N,公开,2020-06-01
            （2020）琼0101民初5号,琼0101,民初,普通程序,2020-02-01,2020-05-01,判决,KH-J2,2020-08-01,Y,改判,N,未处理,2020-06-01
            （2020）琼0101民初6号,琼0101,民初,普通程序,2020-02-01,2020-05-01,判决,KH-J2,2020-08-01,N,,N,未处理,
            （2020）琼0101民初7号,琼0101,民初,普通程序,2020-02-01,2020-05-01,调解,KH-J3,2020-08-01,N,,N,,2020-10-01
            （2020）琼0101民初8号,琼0101,民初,普通程序,2020-02-01,2020-09-01,判决,KH-J3,2020-08-01,N,,N,未处理,2020-10-01
            （2020）琼0101刑初1号,琼0101,刑初,普通程序,2020-02-01,2020-05-01,判决,KH-J4,2020-08-01,N,,N,未处理,2020-06-01
            （2020）琼0101刑初2号,琼0101,刑初,普通程序,2020-02-01,2020-05-01,判决,KH-J4,2020-08-01,N,,N,未处理,2020-06-01
            """;

    /**
     * 琼02's cases of 2020, handled by J5: {@code closed} 民初 cases filed on 2020-01-10 and closed in time on 2020-06-30,
     * all archived — 1–100 调解, 101–200 判决 with the last {@code undisclosed} of them not published, 101–120 appealed
     * (affirmed) — the first {@code live} of all with a live-streamed hearing; then {@code open} cases filed on
     * 2020-12-01 and still open at the year's end (accepted, not closed).
     */
    static String courtCases(int closed, int open, int live, int undisclosed) {
        StringBuilder csv = new StringBuilder(CASE_COLUMNS);
        for (int n = 1; n <= closed + open; n++) {
            boolean isClosed = n <= closed;
            boolean judgment = isClosed && n > 100;
            csv.append("（2020）琼02民初").append(n).append("号,琼02,民初,普通程序,")
                    .append(isClosed ? "2020-01-10,2020-06-30," : "2020-12-01,,")
                    .append(!isClosed ? "" : judgment ? "判决" : "调解").append(",KH-J5,")
                    .append(isClosed ? "2020-07-10" : "").append(',')
                    .append(n > 100 && n <= 120 ? "Y,维持," : "N,,")
                    .append(n <= live ? "Y," : "N,")
                    .append(!judgment ? "" : n > closed - undisclosed ? "未处理" : "公开").append(',')
                    .append(isClosed ? "2020-07-15" : "").append('\n');
        }
        return csv.toString();
    }

    /** Loads the province once per test JVM (the imports are idempotent in any case). */
    static synchronized void ensure(int port, JdbcTemplate jdbc, Accounts accounts) {
        if (loaded) return;
        importing(port, "/api/v1/imports/courts", COURTS);
        importing(port, "/api/v1/imports/staff", STAFF);
        importing(port, "/api/v1/imports/cases", JUDGES_CASES);
        Long office = jdbc.queryForObject("SELECT id FROM organization.staff WHERE staff_no = 'KH-TMO'", Long.class);
        if (!accounts.exists(OFFICE)) accounts.create(OFFICE, office, PASSWORD);
        Long basic = jdbc.queryForObject("SELECT id FROM organization.staff WHERE staff_no = 'KH-TMO2'", Long.class);
        if (!accounts.exists(BASIC_OFFICE)) accounts.create(BASIC_OFFICE, basic, PASSWORD);
        // a year is scored only by its own scheme: 2020's are the 2017 ones copied
        EvaluationCalls schemes = new EvaluationCalls(port, OFFICE, PASSWORD);
        for (String kind : List.of("JUDGE", "ASSISTANT", "DEPARTMENT", "INTERMEDIATE_COURT")) schemes.schemeForYear(kind, YEAR);
        loaded = true;
    }

    /** Imports a CSV as the administrator; the import must succeed. */
    static void importing(int port, String path, String csv) {
        Http.Response response = new Http(port).post(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8), "admin",
                QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
    }

    static List<String> caseNumbers(String prefix, int from, int to) {
        List<String> numbers = new ArrayList<>();
        for (int n = from; n <= to; n++) numbers.add("（2020）" + prefix + n + "号");
        return numbers;
    }
}
