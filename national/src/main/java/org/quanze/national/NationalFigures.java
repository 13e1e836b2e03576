package org.quanze.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.quanze.statistics.Base;
import org.quanze.statistics.Figure;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;

/**
 * The catalogue's figures for every court of every exported province, with 同比, computed by Spark SQL from the
 * catalogue's own definitions — its predicates, written out by {@link Indicators#sql} exactly as the platform writes
 * them for PostgreSQL, and each value by the platform's {@link Figure#of}. Nothing of a formula is restated here.
 * <p>
 * One grouped pass over the case facts, each case paired with the two periods (this one and a year earlier), one
 * {@code count(*) FILTER (WHERE …)} (or {@code sum}) per distinct numerator and denominator; plus the 员额法官 in post
 * on each period's last day per court for the per-judge figures. Two PostgreSQL idioms of the catalogue are written
 * for Spark: the leaders' condition ({@code handler_id = ANY({leaders})}, an array parameter there) becomes a column
 * joined from the province's leaders, and a summed day count ({@code closed_on - filed_on}, an integer in PostgreSQL
 * and a day interval in Spark) is cast to a number.
 */
public final class NationalFigures {

    /** The key of the row summing every court of every province. */
    public static final String NATIONAL = "全国";

    /** The catalogue's condition for 院庭长 handlers, which PostgreSQL reads with the leaders bound as an array. */
    static final String LEADER_CONDITION = Indicators.PERIOD_PREDICATES.get("leader").condition();

    private final SparkSession spark;
    private final Warehouse warehouse;

    public NationalFigures(SparkSession spark, Warehouse warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    /** One court's (or the nation's) figures: indicator code → figure, in catalogue order. */
    public record CourtFigures(String courtCode, String name, Map<String, Figure> figures) {
    }

    /** What a run computed and how long it took. */
    public record Result(LocalDate from, LocalDate to, long cases, Map<String, CourtFigures> courts, double seconds) {
    }

    /**
     * The aggregate query: its aggregate columns' aliases in order, and per indicator the positions among them of its
     * numerator and denominator (−1: none).
     */
    record Query(String sql, List<String> aliases, Map<String, int[]> positions) {
    }

    /** Every indicator over the case facts for every court, for the period [from, to] and the same period a year earlier. */
    public Result compute(LocalDate from, LocalDate to) {
        return compute(from, to, Indicators.CASE_FACTS);
    }

    public Result compute(LocalDate from, LocalDate to, List<IndicatorDefinition> definitions) {
        long start = System.nanoTime();
        registerViews(from, to);
        Query query = query(definitions);
        Map<String, long[][]> raw = new HashMap<>(); // court → per aggregate column: {now, a year earlier}
        List<String> aliases = query.aliases();
        long cases = 0;
        for (Row row : spark.sql(query.sql()).collectAsList()) {
            String court = row.getString(0);
            int period = row.getInt(1);
            long[][] sums = raw.computeIfAbsent(court, c -> new long[aliases.size()][2]);
            for (int i = 0; i < aliases.size(); i++) {
                Object v = row.get(3 + i); // after court_code, period_index, cases
                sums[i][period] = v == null ? 0 : ((Number) v).longValue();
            }
            if (period == 0) cases += row.getLong(2);
        }
        Map<String, long[]> judges = new HashMap<>(); // court → {now, a year earlier}
        for (Row row : spark.sql("""
                SELECT q.court_code, p.period_index, count(DISTINCT q.province, q.staff_id) AS judges
                FROM quota_term q CROSS JOIN periods p
                WHERE q.from_date <= p.period_to AND (q.to_date IS NULL OR q.to_date >= p.period_to)
                GROUP BY q.court_code, p.period_index""").collectAsList()) {
            judges.computeIfAbsent(row.getString(0), c -> new long[2])[row.getInt(1)] = row.getLong(2);
        }
        Map<String, String> names = new TreeMap<>();
        for (Row row : spark.sql("SELECT court_code, name FROM court").collectAsList()) names.put(row.getString(0), row.getString(1));

        Map<String, CourtFigures> courts = new LinkedHashMap<>();
        long[][] nationalSums = new long[aliases.size()][2];
        long[] nationalJudges = new long[2];
        for (String court : names.keySet()) {
            long[][] sums = raw.getOrDefault(court, new long[aliases.size()][2]);
            long[] heads = judges.getOrDefault(court, new long[2]);
            for (int i = 0; i < aliases.size(); i++) {
                nationalSums[i][0] += sums[i][0];
                nationalSums[i][1] += sums[i][1];
            }
            nationalJudges[0] += heads[0];
            nationalJudges[1] += heads[1];
            courts.put(court, new CourtFigures(court, names.get(court), figures(definitions, query, sums, heads)));
        }
        courts.put(NATIONAL, new CourtFigures(NATIONAL, NATIONAL,
                figures(definitions, query, nationalSums, nationalJudges)));
        return new Result(from, to, cases, courts, (System.nanoTime() - start) / 1e9);
    }

    /** The figures as the platform makes them from raw numerators and denominators ({@code Statistics.report}). */
    private static Map<String, Figure> figures(List<IndicatorDefinition> definitions, Query query, long[][] sums,
            long[] judges) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            int[] c = query.positions().get(d.code());
            long[] num = sums[c[0]];
            long[] den = d.base() == Base.QUOTA_JUDGES ? judges : c[1] < 0 ? new long[2] : sums[c[1]];
            figures.put(d.code(), Figure.of(d, num[0], den[0], num[1], den[1]));
        }
        return figures;
    }

    /** The exported relations of every province, the case facts with their handler's leader flag, and the two periods. */
    private void registerViews(LocalDate from, LocalDate to) {
        for (String relation : List.of(Warehouse.CASE_FACT, Warehouse.COURT, Warehouse.QUOTA_TERM, Warehouse.LEADER)) {
            warehouse.read(spark, relation).createOrReplaceTempView(relation);
        }
        // staff ids are a province's own: the leader flag is joined within the province
        spark.sql("""
                SELECT f.*, l.staff_id IS NOT NULL AS handler_leader
                FROM case_fact f LEFT JOIN leader l ON l.province = f.province AND l.staff_id = f.handler_id""")
                .createOrReplaceTempView("facts");
        spark.sql("SELECT * FROM VALUES (0, DATE '%s', DATE '%s'), (1, DATE '%s', DATE '%s') AS p(period_index, period_from, period_to)"
                .formatted(from, to, from.minusYears(1), to.minusYears(1))).createOrReplaceTempView("periods");
    }

    /** The grouped pass over the case facts, written from the catalogue. */
    static Query query(List<IndicatorDefinition> definitions) {
        Map<String, Integer> aggregates = new LinkedHashMap<>(); // SQL → its position
        Map<String, int[]> positions = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            String numerator = spark(d.numerator());
            String num = d.sums()
                    ? "coalesce(sum(CAST((" + d.sumOf() + ") AS BIGINT)) FILTER (WHERE " + numerator + "), 0)"
                    : "count(*) FILTER (WHERE " + numerator + ")";
            String den = d.base() == Base.CASES ? "count(*) FILTER (WHERE " + spark(d.denominator()) + ")" : null;
            positions.put(d.code(), new int[] {aggregates.computeIfAbsent(num, k -> aggregates.size()),
                    den == null ? -1 : aggregates.computeIfAbsent(den, k -> aggregates.size())});
        }
        List<String> aliases = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT f.court_code, p.period_index, count(*) AS cases");
        aggregates.forEach((aggregate, i) -> {
            aliases.add("a" + i);
            sql.append(",\n  ").append(aggregate).append(" AS a").append(i);
        });
        sql.append("\nFROM facts f CROSS JOIN periods p\nGROUP BY f.court_code, p.period_index");
        return new Query(sql.toString(), List.copyOf(aliases), positions);
    }

    /** A catalogue predicate as Spark SQL over {@code facts} paired with {@code periods}. */
    static String spark(String predicate) {
        String sql = Indicators.sql(predicate, "p.period_from", "p.period_to", "{leaders}")
                .replace(LEADER_CONDITION, "handler_leader");
        if (sql.contains("{") || sql.contains("::") || sql.contains("ANY(")) {
            throw new IllegalStateException("the catalogue has SQL this job does not write for Spark yet: " + sql);
        }
        return sql;
    }
}
