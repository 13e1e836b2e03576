package org.quanze.evaluation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quanze.casefile.facts.CaseFacts;
import org.quanze.evaluation.domain.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-judge measures of a court's year in one set-based query over the published case facts ({@link CaseFacts#VIEW}),
 * grouped by 承办人: for each measure the counted value, its denominator, and the case numbers behind both.
 */
@Repository
public class JudgeMeasures {

    /** One measure of one judge (or a team or department, when combined). */
    public record Tally(double numerator, long denominator, List<String> cases, List<String> baseCases) {
        public static final Tally EMPTY = new Tally(0, 0, List.of(), List.of());

        public Tally plus(Tally other) {
            return new Tally(numerator + other.numerator, denominator + other.denominator,
                    concat(cases, other.cases), concat(baseCases, other.baseCases));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            if (b.isEmpty()) return a;
            if (a.isEmpty()) return b;
            return java.util.stream.Stream.concat(a.stream(), b.stream()).sorted().toList();
        }
    }

    static final List<Measure> MEASURES = java.util.Arrays.stream(Measure.values()).filter(Measure::perJudge).toList();

    private final JdbcClient jdbc;

    JudgeMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every judge with cases closed in the period in the court, with every per-judge measure. One query. */
    public Map<Long, Map<Measure, Tally>> of(long courtId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT handler_id");
        for (int i = 0; i < MEASURES.size(); i++) {
            Measure m = MEASURES.get(i);
            sql.append(",\n coalesce(sum(").append(m.sumOf()).append(") FILTER (WHERE ").append(m.numerator())
                    .append("), 0)::float8 AS n").append(i)
                    .append(", coalesce(array_agg(case_number ORDER BY case_number) FILTER (WHERE ").append(m.numerator())
                    .append("), '{}') AS c").append(i);
            if (m.rate()) {
                sql.append(", count(*) FILTER (WHERE ").append(m.base()).append(") AS d").append(i)
                        .append(", coalesce(array_agg(case_number ORDER BY case_number) FILTER (WHERE ").append(m.base())
                        .append("), '{}') AS b").append(i);
            }
        }
        sql.append("\nFROM ").append(CaseFacts.VIEW).append(" WHERE court_id = :court AND closed_on BETWEEN :from AND :to")
                .append(" AND handler_id IS NOT NULL GROUP BY handler_id");
        Map<Long, Map<Measure, Tally>> byJudge = new HashMap<>();
        jdbc.sql(sql.toString()).param("court", courtId).param("from", from).param("to", to).query((ResultSet rs) -> {
            Map<Measure, Tally> tallies = new EnumMap<>(Measure.class);
            for (int i = 0; i < MEASURES.size(); i++) {
                Measure m = MEASURES.get(i);
                List<String> cases = strings(rs.getArray("c" + i));
                tallies.put(m, m.rate()
                        ? new Tally(rs.getDouble("n" + i), rs.getLong("d" + i), cases, strings(rs.getArray("b" + i)))
                        : new Tally(rs.getDouble("n" + i), 0, cases, List.of()));
            }
            byJudge.put(rs.getLong("handler_id"), tallies);
        });
        return byJudge;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        return List.of((String[]) array.getArray());
    }
}
