package org.quanze.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.quanze.demo.CaseYearGenerator;
import org.quanze.statistics.Figure;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;

/**
 * Issue 11, national scale: two generated provinces, each on a platform of its own (its own process and embedded
 * PostgreSQL, so their case, court and staff ids overlap as two real provinces' do), each exported to Parquet; Spark
 * computes the whole catalogue with 同比 for every court of both at once, and every figure — value, numerator,
 * denominator, the year before and the change — equals what each province's API answers for its own courts. The
 * national row equals the two provinces' totals added up.
 * <p>
 * 吉 is the demo province (93 courts) at a small scale; 辽 is six courts whose courts, staff (leaders, a quota term
 * ended between the two period ends) and cases (the demo's case generator) go in through the import API.
 */
class NationalStatisticsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sparkOverTwoProvincesGivesTheFiguresEachProvinceGivesForItsOwnCourts() throws Exception {
        int year = LocalDate.now().getYear(); // the demo loads last year and this year to date, by the system clock
        LocalDate from = LocalDate.of(year - 1, 7, 1);
        LocalDate to = LocalDate.of(year, 6, 30);
        // under target/: the warehouse stays for bin/bench-national; the provinces' databases are removed at the end
        Path work = Path.of("target", "national-it").toAbsolutePath();
        ProvinceInstance.delete(work);
        Warehouse warehouse = new Warehouse(work.resolve("warehouse").toString());
        Map<String, JsonNode> byCourt = new java.util.LinkedHashMap<>();
        Map<String, JsonNode> total = new java.util.LinkedHashMap<>();

        try (ProvinceInstance jilin = new ProvinceInstance("吉", work.resolve("jilin"), "QUANZE_DEMO", "province",
                "QUANZE_DEMO_SCALE", "0.1", "QUANZE_DEMO_CASES", "2000");
                ProvinceInstance liaoning = new ProvinceInstance("辽", work.resolve("liaoning"), "QUANZE_DEMO", "none");
                SparkSession spark = session()) {
            liaoning.awaitReady(null, Duration.ofMinutes(5));
            loadLiaoning(liaoning, work, year);
            jilin.awaitReady("Demo province loaded", Duration.ofMinutes(8));
            for (ProvinceInstance p : List.of(jilin, liaoning)) {
                byCourt.put(p.province, JSON.readTree(p.statistics(from.toString(), to.toString(), "court")));
                total.put(p.province, JSON.readTree(p.statistics(from.toString(), to.toString(), "none")));
                ProvinceExport.Exported e = new ProvinceExport(spark, warehouse).export(p.province, p.jdbcUrl(), null, null, 2);
                System.out.printf(java.util.Locale.ROOT, "exported %s: %d cases, %d courts in %.1f s%n", e.province(),
                        e.cases(), e.courts(), e.seconds());
                assertThat(e.cases()).as("cases exported from " + p.province).isGreaterThan(1000);
                assertThat(e.leaders()).as("leaders exported from " + p.province).isPositive();
            }
            jilin.close();
            liaoning.close();
            ProvinceInstance.delete(work.resolve("jilin"));
            ProvinceInstance.delete(work.resolve("liaoning"));

            NationalFigures.Result national = new NationalFigures(spark, warehouse).compute(from, to);
            System.out.printf(java.util.Locale.ROOT, "national figures: %d cases, %d courts in %.1f s%n", national.cases(),
                    national.courts().size() - 1, national.seconds());

            List<String> mismatches = new ArrayList<>();
            Set<String> apiCourts = new TreeSet<>();
            for (Map.Entry<String, JsonNode> province : byCourt.entrySet()) {
                for (JsonNode row : province.getValue().get("rows")) {
                    String court = row.get("key").asText();
                    apiCourts.add(court);
                    NationalFigures.CourtFigures computed = national.courts().get(court);
                    if (computed == null) {
                        mismatches.add(court + ": no row from Spark");
                        continue;
                    }
                    compare(court, row.get("indicators"), computed.figures(), mismatches);
                }
            }
            Set<String> sparkCourts = new TreeSet<>(national.courts().keySet());
            sparkCourts.remove(NationalFigures.NATIONAL);
            assertThat(sparkCourts).as("Spark's courts are the provinces' courts").isEqualTo(apiCourts);
            assertThat(apiCourts).hasSizeGreaterThan(90);

            // the nation: each count the sum of the two provinces' own totals
            Map<String, Figure> nation = national.courts().get(NationalFigures.NATIONAL).figures();
            for (IndicatorDefinition d : Indicators.CASE_FACTS) {
                long numerator = 0;
                long denominator = 0;
                for (JsonNode t : total.values()) {
                    JsonNode f = t.get("rows").get(0).get("indicators").get(d.code());
                    numerator += f.get("numerator").asLong();
                    denominator += f.path("denominator").asLong(0);
                }
                if (nation.get(d.code()).numerator() != numerator) mismatches.add("全国 " + d.code() + " numerator");
                if (d.base() != org.quanze.statistics.Base.NONE && nation.get(d.code()).denominator() != denominator) {
                    mismatches.add("全国 " + d.code() + " denominator");
                }
            }
            assertThat(mismatches).as("figures where Spark and the provinces' APIs differ").isEmpty();
            assertThat(nation.get("CLOSED").numerator()).isPositive();
            assertThat(nation.get("CLOSED").previous()).isPositive();
        }
    }

    /** Every indicator over the case facts in a row of the API against Spark's figure: all five numbers equal. */
    private static void compare(String court, JsonNode api, Map<String, Figure> spark, List<String> mismatches) {
        // the API's row has the whole catalogue; Spark computes those over the case facts (not the portal's events)
        assertThat(api.size()).as("indicators in the API's row " + court).isEqualTo(Indicators.ALL.size());
        for (IndicatorDefinition d : Indicators.CASE_FACTS) {
            String code = d.code();
            JsonNode a = api.get(code);
            Figure s = spark.get(code);
            Object[][] pairs = {{"value", number(a, "value"), s.value()}, {"numerator", whole(a, "numerator"), s.numerator()},
                    {"denominator", whole(a, "denominator"), s.denominator()}, {"previous", number(a, "previous"), s.previous()},
                    {"change", number(a, "change"), s.change()}};
            for (Object[] p : pairs) {
                if (!Objects.equals(p[1], p[2])) mismatches.add(court + " " + code + " " + p[0] + ": API " + p[1] + ", Spark " + p[2]);
            }
        }
    }

    private static Double number(JsonNode figure, String field) {
        JsonNode v = figure.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static Long whole(JsonNode figure, String field) {
        JsonNode v = figure.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    /** Spark in this JVM on two cores, small shuffles, no UI. */
    private static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("national-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.warehouse.dir", Path.of("target", "spark-warehouse").toAbsolutePath().toString())
                .getOrCreate();
    }

    /**
     * 辽: a high court, two intermediate and three basic courts through the court import; in each, five quota judges
     * (one 院长, one 庭长), an assistant and a judge whose quota ended between the two period ends; then last year's
     * and this year's cases from the demo's own generator over the judges in quota, through the history import.
     */
    private static void loadLiaoning(ProvinceInstance liaoning, Path work, int year) throws Exception {
        String[][] courts = {{"辽", "辽宁省高级人民法院", "高级", ""}, {"辽01", "辽宁省沈阳市中级人民法院", "中级", "辽"},
                {"辽0102", "辽宁省沈阳市和平区人民法院", "基层", "辽01"}, {"辽0103", "辽宁省沈阳市沈河区人民法院", "基层", "辽01"},
                {"辽02", "辽宁省大连市中级人民法院", "中级", "辽"}, {"辽0202", "辽宁省大连市中山区人民法院", "基层", "辽02"}};
        StringBuilder courtCsv = new StringBuilder("code,name,level,parent_code,special\n");
        StringBuilder staffCsv = new StringBuilder("staff_no,name,court_code,department,role,posts,quota_from,quota_to,team\n");
        String[] names = {"赵明", "钱芳", "孙伟", "李娜", "周强", "吴静", "郑磊"};
        for (String[] c : courts) {
            courtCsv.append(String.join(",", c)).append(",\n");
            for (int i = 0; i < names.length; i++) {
                String posts = i == 0 ? "院长" : i == 1 ? "庭长" : "";
                String department = i % 2 == 0 ? "民一庭" : "刑事审判庭";
                String role = i == 5 ? "法官助理" : "员额法官";
                String quotaFrom = i == 5 ? "" : "2016-01-01";
                String quotaTo = i == 6 ? (year - 1) + "-09-30" : "";
                staffCsv.append(String.join(",", c[0] + "-" + String.format("%04d", i + 1), c[1].substring(2, 4) + names[i],
                        c[0], department, role, posts, quotaFrom, quotaTo, "")).append('\n');
            }
        }
        liaoning.postCsv("/api/v1/imports/courts", courtCsv.toString().getBytes(StandardCharsets.UTF_8));
        liaoning.postCsv("/api/v1/imports/staff", staffCsv.toString().getBytes(StandardCharsets.UTF_8));
        Path staff = work.resolve("liaoning-staff.csv");
        Files.writeString(staff, liaoning.get("/api/v1/exports/staff.csv").body());
        String today = LocalDate.now().toString();
        for (int y : new int[] {year - 1, year}) {
            Path cases = work.resolve("liaoning-cases-" + y + ".csv");
            CaseYearGenerator.main(new String[] {staff.toString(), cases.toString(), "1500", String.valueOf(y), today});
            liaoning.postCsv("/api/v1/imports/cases", Files.readAllBytes(cases));
        }
    }
}
