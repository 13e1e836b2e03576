package org.quanze.statistics.bench;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.quanze.statistics.Base;
import org.quanze.statistics.Figure;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.shared.Post;
import org.quanze.statistics.internal.PgQueryTimer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Benchmark only (issue 4, "Speed"; run by bin/bench-duckdb, not a test): the figures of
 * {@code GET /api/v1/statistics?court=吉&subordinates=true&from=2017-01-01&to=2017-12-31&groupBy=court|judge} — every
 * indicator of {@link Indicators#CASE_FACTS} with its previous-year value and 同比 — computed by an in-process DuckDB over the
 * same case facts.
 * <p>
 * Loading (not timed): {@code casefile.case_fact}, the courts, staff and quota terms are copied out of the running
 * app's PostgreSQL with COPY into CSV files under the bench directory and read into DuckDB tables with read_csv.
 * <p>
 * Computing (timed, per round): for each grouping one query written as an expert in DuckDB writes it ({@link #query}):
 * one scan computing each case's period bits for both years and its condition bits once, a GROUP BY (group, bits)
 * with four aggregates, and a fold of that small result per group; plus the quota-judge headcount per court on both
 * period ends when a figure is per judge; then the figures (value, previous, 同比) with the app's own
 * {@link Figure#of}. Twice: the whole catalogue, and the four flow figures alone ({@link #FLOW}: 旧存, 新收, 审结, 受理).
 * <p>
 * For the split of the API's time, the engine's own query ({@link PgQueryTimer}) is also timed straight on PostgreSQL
 * through JDBC ("pgsql-…-ms" lines).
 * <p>
 * Checking: the DuckDB figures are compared with the API's JSON answers (every numerator and denominator of every
 * row, and a few named figures printed OK/MISMATCH).
 * <p>
 * Arguments: pgJdbcUrl benchDir rounds [apiCourtJson apiJudgeJson apiFlowCourtJson apiFlowJudgeJson]. Prints
 * "duckdb-court-ms", "duckdb-judge-ms", "duckdb-flow-court-ms", "duckdb-flow-judge-ms" lines per round that
 * bin/bench-duckdb reads.
 */
public final class DuckDbBench {

    static final String PROVINCE = "吉";
    static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    static final LocalDate TO = LocalDate.of(2017, 12, 31);

    private static final Pattern NAMED = Pattern.compile("\\{([a-z_]+)\\}");

    public static void main(String[] args) throws Exception {
        String pgUrl = args[0];
        Path bench = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Files.createDirectories(bench);
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            long t0 = System.nanoTime();
            long rows = load(pgUrl, bench, duck);
            System.out.printf(Locale.ROOT, "loaded %d case facts into DuckDB %s in %.1f s (not timed)%n", rows,
                    version(duck), (System.nanoTime() - t0) / 1e9);
            Map<String, Map<String, Map<String, Figure>>> last = new LinkedHashMap<>();
            for (String label : List.of("court", "judge", "flow-court", "flow-judge")) {
                String groupBy = label.replace("flow-", "");
                List<IndicatorDefinition> definitions = label.startsWith("flow") ? FLOW : Indicators.CASE_FACTS;
                compute(duck, groupBy, definitions); // warm-up, as the API gets one
                for (int r = 0; r < rounds; r++) {
                    long s = System.nanoTime();
                    last.put(label, compute(duck, groupBy, definitions));
                    System.out.printf(Locale.ROOT, "duckdb-%s-ms %.1f%n", label, (System.nanoTime() - s) / 1e6);
                }
            }
            Map<String, Map<String, Figure>> byCourt = last.get("court");
            Map<String, Map<String, Figure>> byJudge = last.get("judge");
            // the API's own SQL straight on PostgreSQL (JDBC, no HTTP/JSON): how much of the API's time is the query
            try (Connection pg = DriverManager.getConnection(pgUrl)) {
                long[] n = new long[1];
                for (GroupBy g : List.of(GroupBy.COURT, GroupBy.JUDGE)) PgQueryTimer.time(pg, PROVINCE, g, FROM, TO, n);
                for (int r = 0; r < rounds; r++) {
                    for (GroupBy g : List.of(GroupBy.COURT, GroupBy.JUDGE)) {
                        double ms = PgQueryTimer.time(pg, PROVINCE, g, FROM, TO, n);
                        System.out.printf(Locale.ROOT, "pgsql-%s-ms %.1f (%d rows)%n", g.name().toLowerCase(Locale.ROOT), ms, n[0]);
                    }
                }
            }
            System.out.printf("rows: %d courts, %d judges (incl. unassigned), %d indicators each%n", byCourt.size(),
                    byJudge.size(), Indicators.CASE_FACTS.size());
            if (args.length >= 7) {
                boolean ok = verify("court", Indicators.CASE_FACTS, byCourt, new File(args[3]));
                ok &= verify("judge", Indicators.CASE_FACTS, byJudge, new File(args[4]));
                ok &= verify("court", FLOW, last.get("flow-court"), new File(args[5]));
                ok &= verify("judge", FLOW, last.get("flow-judge"), new File(args[6]));
                System.out.println(ok ? "VERIFY OK" : "VERIFY MISMATCH");
            }
        }
    }

    static String version(Connection duck) throws Exception {
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ---------------------------------------------------------------------------------------------- loading (untimed)

    static long load(String pgUrl, Path bench, Connection duck) throws Exception {
        try (Connection pg = DriverManager.getConnection(pgUrl)) {
            copy(pg, duck, bench, "case_fact", "casefile.case_fact");
            copy(pg, duck, bench, "court", "organization.court");
            copy(pg, duck, bench, "staff", "(SELECT id, staff_no, court_id, role FROM organization.staff) s");
            copy(pg, duck, bench, "quota_term", "organization.quota_term");
            // 院庭长: staff holding a leader post, as the API takes them for {leader}
            copy(pg, duck, bench, "leader", "(SELECT id FROM organization.staff WHERE posts && ARRAY['"
                    + String.join("', '", Post.LEADERS.stream().map(Enum::name).toList()) + "']) l");
        }
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM case_fact")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** COPY a relation out of PostgreSQL to CSV, then read_csv it into a DuckDB table with the same column types. */
    static void copy(Connection pg, Connection duck, Path bench, String table, String relation) throws Exception {
        StringBuilder columns = new StringBuilder();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + relation + " LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (i > 1) columns.append(", ");
                columns.append('\'').append(md.getColumnName(i)).append("': '").append(duckType(md, i)).append('\'');
            }
        }
        Path csv = bench.resolve("duck-" + table + ".csv").toAbsolutePath();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            pg.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (SELECT * FROM " + relation + ") TO STDOUT WITH (FORMAT csv, HEADER)", out);
        }
        try (Statement st = duck.createStatement()) {
            st.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv('" + csv + "', header = true, "
                    + "nullstr = '', columns = {" + columns + "})");
        }
    }

    static String duckType(ResultSetMetaData md, int i) throws Exception {
        String t = md.getColumnTypeName(i);
        return switch (t) {
            case "int8", "bigserial" -> "BIGINT";
            case "int4", "serial" -> "INTEGER";
            case "int2" -> "SMALLINT";
            case "bool" -> "BOOLEAN";
            case "date" -> "DATE";
            case "numeric" -> md.getPrecision(i) > 0 && md.getPrecision(i) <= 38
                    ? "DECIMAL(" + md.getPrecision(i) + "," + md.getScale(i) + ")" : "DOUBLE";
            case "text", "varchar", "bpchar" -> "VARCHAR";
            case "timestamptz" -> "TIMESTAMPTZ";
            case "timestamp" -> "TIMESTAMP";
            default -> "VARCHAR";
        };
    }

    // ------------------------------------------------------------------------------------------------ computing (timed)

    /**
     * The query for one grouping and some definitions, as a DuckDB expert writes it, from the catalogue's SQL text
     * (nothing copied): one scan of the case facts computes per case, once, two small integers — {@code p}, a bit per
     * named period predicate per year (2017 and 2016 in the same scan), and {@code m}, a bit per distinct condition on
     * the case — and the summed days. The cases are then grouped by (group, p, m) with four aggregates, and that small
     * result folded per group: each figure is a {@code sum … FILTER} on two bit masks over a few rows per group, not a
     * predicate over every case.
     */
    static Query query(String groupBy, List<IndicatorDefinition> definitions) {
        String group = groupBy.equals("court") ? "c.court_code" : "coalesce(CAST(c.handler_id AS VARCHAR), '')";
        String[][] bounds = {{lit(FROM), lit(TO)}, {lit(FROM.minusYears(1)), lit(TO.minusYears(1))}};
        List<String> names = new ArrayList<>();      // named period predicates, a bit per year each
        List<String> conditions = new ArrayList<>(); // distinct conditions on the case, a bit each
        List<String> sums = new ArrayList<>();       // distinct summed expressions
        Map<String, String> columns = new LinkedHashMap<>(); // fold aggregate -> alias
        Map<String, String[]> aliases = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            String[] a = new String[4];
            for (int w = 0; w < 2; w++) {
                a[2 * w] = columns.computeIfAbsent(fold(d.numerator(), d.sumOf(), w, names, conditions, sums), k -> "a" + columns.size());
                if (d.base() == Base.CASES) {
                    a[2 * w + 1] = columns.computeIfAbsent(fold(d.denominator(), null, w, names, conditions, sums), k -> "a" + columns.size());
                }
            }
            aliases.put(d.code(), a);
        }
        StringBuilder p = new StringBuilder("0");
        for (int i = 0; i < names.size(); i++) {
            // 院庭长: a hash join with the leader table rather than a subquery per case
            String sql = Indicators.PERIOD_PREDICATES.get(names.get(i)).sql().replace("handler_id = ANY({leaders})", "l.id IS NOT NULL");
            for (int w = 0; w < 2; w++) {
                p.append("\n    + CASE WHEN ").append(sql.replace("{from}", bounds[w][0]).replace("{to}", bounds[w][1]))
                        .append(" THEN ").append(1L << (2 * i + w)).append(" ELSE 0 END");
            }
        }
        StringBuilder m = new StringBuilder("0");
        for (int k = 0; k < conditions.size(); k++) {
            m.append("\n    + CASE WHEN ").append(conditions.get(k)).append(" THEN ").append(1L << k).append(" ELSE 0 END");
        }
        StringBuilder perCase = new StringBuilder();
        StringBuilder cells = new StringBuilder();
        for (int k = 0; k < sums.size(); k++) {
            perCase.append(",\n    ").append(sums.get(k)).append(" AS s").append(k);
            cells.append(", sum(s").append(k).append(") AS s").append(k);
        }
        StringBuilder sql = new StringBuilder("""
                WITH RECURSIVE sub(id) AS (
                  SELECT id FROM court WHERE code = '%s'
                  UNION ALL SELECT c.id FROM court c JOIN sub ON c.parent_id = sub.id),
                facts AS (
                  SELECT %s AS g,
                    CAST(%s AS BIGINT) AS p,
                    CAST(%s AS BIGINT) AS m%s
                  FROM case_fact c LEFT JOIN leader l ON l.id = c.handler_id
                  WHERE c.court_id IN (SELECT id FROM sub) AND (c.filed_on <= %s AND (c.closed_on IS NULL OR c.closed_on >= %s)
                    OR c.transferred_on BETWEEN %s AND %s)),
                cells AS (SELECT g, p, m, count(*) AS n%s FROM facts GROUP BY g, p, m)
                SELECT g""".formatted(PROVINCE, group, p, m, perCase, lit(TO), lit(FROM.minusYears(1)), lit(FROM.minusYears(1)),
                lit(TO), cells));
        columns.forEach((agg, alias) -> sql.append(",\n  ").append(agg).append(" AS ").append(alias));
        sql.append("\nFROM cells GROUP BY g");
        return new Query(sql.toString(), aliases);
    }

    /**
     * A numerator or denominator of year {@code w} as a fold over the cells: its named period predicates become bits of
     * {@code p}, the rest of its text (a condition on the case) a bit of {@code m}.
     */
    static String fold(String predicate, String sumOf, int w, List<String> names, List<String> conditions, List<String> sums) {
        long pMask = 0;
        String rest = predicate;
        Matcher matcher = NAMED.matcher(predicate);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!Indicators.PERIOD_PREDICATES.containsKey(name)) continue;
            if (!names.contains(name)) names.add(name);
            pMask |= 1L << (2 * names.indexOf(name) + w);
            String token = "{" + name + "}";
            rest = rest.replace(token + " AND ", "").replace(" AND " + token, "").replace(token, "");
        }
        long mMask = 0;
        if (!rest.isBlank()) {
            if (!conditions.contains(rest.trim())) conditions.add(rest.trim());
            mMask = 1L << conditions.indexOf(rest.trim());
        }
        String value = "n";
        if (sumOf != null) {
            if (!sums.contains(sumOf)) sums.add(sumOf);
            value = "s" + sums.indexOf(sumOf);
        }
        String filter = "(p & " + pMask + ") = " + pMask + (mMask == 0 ? "" : " AND (m & " + mMask + ") = " + mMask);
        return "coalesce(sum(" + value + ") FILTER (WHERE " + filter + "), 0)";
    }

    record Query(String sql, Map<String, String[]> aliases) {
    }

    static String lit(LocalDate d) {
        return "DATE '" + d + "'";
    }

    private static final Map<List<Object>, Query> QUERIES = new HashMap<>();

    /** The four flow figures (旧存, 新收, 审结, 受理), the second comparison. */
    static final List<IndicatorDefinition> FLOW = List.of(Indicators.OLD_PENDING, Indicators.NEWLY_FILED, Indicators.CLOSED,
            Indicators.ACCEPTED);

    /** The indicators with 同比 for every group: one query, one headcount query when a figure is per judge, the figures in Java. */
    static Map<String, Map<String, Figure>> compute(Connection duck, String groupBy, List<IndicatorDefinition> definitions)
            throws Exception {
        Query q = QUERIES.computeIfAbsent(List.of(groupBy, definitions), k -> query(groupBy, definitions));
        boolean perJudge = definitions.stream().anyMatch(d -> d.base() == Base.QUOTA_JUDGES);
        Map<String, long[]> judges = new HashMap<>(); // court code -> {now, a year earlier}
        Map<String, String> staffNo = new HashMap<>();
        try (Statement st = duck.createStatement()) {
            if (groupBy.equals("court") && perJudge) {
                try (ResultSet rs = st.executeQuery("""
                        WITH RECURSIVE sub(id) AS (
                          SELECT id FROM court WHERE code = '%s'
                          UNION ALL SELECT c.id FROM court c JOIN sub ON c.parent_id = sub.id)
                        SELECT c.code,
                          count(DISTINCT s.id) FILTER (WHERE q.from_date <= %s AND (q.to_date IS NULL OR q.to_date >= %s)),
                          count(DISTINCT s.id) FILTER (WHERE q.from_date <= %s AND (q.to_date IS NULL OR q.to_date >= %s))
                        FROM court c JOIN staff s ON s.court_id = c.id JOIN quota_term q ON q.staff_id = s.id
                        WHERE c.id IN (SELECT id FROM sub) GROUP BY c.code""".formatted(PROVINCE, lit(TO), lit(TO),
                        lit(TO.minusYears(1)), lit(TO.minusYears(1))))) {
                    while (rs.next()) judges.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            } else if (groupBy.equals("judge")) {
                try (ResultSet rs = st.executeQuery("SELECT CAST(id AS VARCHAR), staff_no FROM staff")) {
                    while (rs.next()) staffNo.put(rs.getString(1), rs.getString(2));
                }
            }
            Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(q.sql())) {
                while (rs.next()) {
                    String g = rs.getString("g");
                    long jNow;
                    long jBefore;
                    String key;
                    if (groupBy.equals("court")) {
                        long[] j = judges.getOrDefault(g, new long[2]);
                        jNow = j[0];
                        jBefore = j[1];
                        key = g;
                    } else {
                        jNow = jBefore = g.isEmpty() ? 0 : 1;
                        key = g.isEmpty() ? "" : staffNo.getOrDefault(g, g);
                    }
                    Map<String, Figure> figures = new LinkedHashMap<>();
                    for (IndicatorDefinition d : definitions) {
                        String[] a = q.aliases().get(d.code());
                        long num = rs.getLong(a[0]);
                        long prevNum = rs.getLong(a[2]);
                        Long den = d.base() == Base.QUOTA_JUDGES ? jNow : d.base() == Base.CASES ? rs.getLong(a[1]) : 0L;
                        Long prevDen = d.base() == Base.QUOTA_JUDGES ? jBefore : d.base() == Base.CASES ? rs.getLong(a[3]) : 0L;
                        figures.put(d.code(), Figure.of(d, num, den, prevNum, prevDen));
                    }
                    rows.put(key, figures);
                }
            }
            return rows;
        }
    }

    // ----------------------------------------------------------------------------------------------------- checking

    static boolean verify(String groupBy, List<IndicatorDefinition> definitions, Map<String, Map<String, Figure>> duck,
            File apiJson) throws Exception {
        JsonNode api = new ObjectMapper().readTree(apiJson);
        int compared = 0;
        int mismatches = 0;
        int missing = 0;
        long apiRows = 0;
        // province totals (sum of the court rows), API vs DuckDB
        long[] apiTotals = new long[2];
        long[] duckTotals = new long[2];
        for (JsonNode row : api.path("rows")) {
            apiRows++;
            String key = row.path("key").asString();
            Map<String, Figure> mine = duck.get(key);
            JsonNode indicators = row.path("indicators");
            if (mine == null) {
                // a court without cases in the period (the API lists every court of the set); all counts must be 0
                if (indicators.path("ACCEPTED").path("numerator").asLong() != 0) missing++;
                continue;
            }
            for (IndicatorDefinition d : definitions) {
                JsonNode f = indicators.path(d.code());
                Figure m = mine.get(d.code());
                compared++;
                boolean same = eq(f.path("numerator"), m.numerator()) && eq(f.path("denominator"), m.denominator())
                        && near(f.path("value"), m.value()) && near(f.path("previous"), m.previous())
                        && near(f.path("change"), m.change());
                if (!same) {
                    if (mismatches < 10) {
                        System.out.printf("  %s %s %s: API %s, DuckDB num=%s den=%s value=%s previous=%s change=%s%n",
                                groupBy, key, d.code(), f, m.numerator(), m.denominator(), m.value(), m.previous(), m.change());
                    }
                    mismatches++;
                }
            }
            if (groupBy.equals("court")) {
                apiTotals[0] += indicators.path("ACCEPTED").path("numerator").asLong();
                apiTotals[1] += indicators.path("CLOSED").path("numerator").asLong();
                duckTotals[0] += mine.get("ACCEPTED").numerator();
                duckTotals[1] += mine.get("CLOSED").numerator();
            }
        }
        int duckOnly = 0;
        Set<String> apiKeys = new LinkedHashSet<>();
        for (JsonNode row : api.path("rows")) apiKeys.add(row.path("key").asString());
        for (String k : duck.keySet()) if (!apiKeys.contains(k)) duckOnly++;
        System.out.printf("verify groupBy=%s: %d API rows, %d DuckDB rows, %d figures compared, %d mismatches, "
                + "%d API rows with cases missing in DuckDB, %d DuckDB rows missing in the API -> %s%n", groupBy, apiRows,
                duck.size(), compared, mismatches, missing, duckOnly,
                mismatches == 0 && missing == 0 && duckOnly == 0 ? "OK" : "MISMATCH");
        if (groupBy.equals("court") && definitions.contains(Indicators.CLOSURE_RATE)) {
            double apiRate = apiTotals[0] == 0 ? 0 : (double) apiTotals[1] / apiTotals[0];
            double duckRate = duckTotals[0] == 0 ? 0 : (double) duckTotals[1] / duckTotals[0];
            System.out.printf("  province ACCEPTED API %d DuckDB %d %s%n", apiTotals[0], duckTotals[0],
                    apiTotals[0] == duckTotals[0] ? "OK" : "MISMATCH");
            System.out.printf("  province CLOSED   API %d DuckDB %d %s%n", apiTotals[1], duckTotals[1],
                    apiTotals[1] == duckTotals[1] ? "OK" : "MISMATCH");
            System.out.printf(Locale.ROOT, "  province CLOSURE_RATE API %.4f DuckDB %.4f %s%n", apiRate, duckRate,
                    Math.abs(apiRate - duckRate) < 1e-9 ? "OK" : "MISMATCH");
            // two courts: the first intermediate court (吉01) and the last court with cases (a basic court)
            List<String> sample = new ArrayList<>();
            if (duck.containsKey("吉01")) sample.add("吉01");
            duck.keySet().stream().filter(k -> !sample.contains(k)).reduce((a, b) -> b).ifPresent(sample::add);
            for (JsonNode row : api.path("rows")) {
                String key = row.path("key").asString();
                if (!sample.contains(key)) continue;
                for (String code : List.of("ACCEPTED", "CLOSED", "CLOSURE_RATE")) {
                    JsonNode f = row.path("indicators").path(code);
                    Figure m = duck.get(key).get(code);
                    System.out.printf("  %s %-13s API %s (prev %s)  DuckDB %s (prev %s)  %s%n", key, code, f.path("value"),
                            f.path("previous"), m.value(), m.previous(),
                            near(f.path("value"), m.value()) && near(f.path("previous"), m.previous()) ? "OK" : "MISMATCH");
                }
            }
        }
        return mismatches == 0 && missing == 0 && duckOnly == 0;
    }

    static boolean eq(JsonNode n, Long v) {
        if (n.isMissingNode() || n.isNull()) return v == null;
        return v != null && n.asLong() == v;
    }

    static boolean near(JsonNode n, Double v) {
        if (n.isMissingNode() || n.isNull()) return v == null;
        return v != null && Math.abs(n.asDouble() - v) <= 1e-9 * Math.max(1, Math.abs(v));
    }

    private DuckDbBench() {
    }
}
