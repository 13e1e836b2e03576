package org.quanze.evaluation.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.casefile.facts.CaseFacts;
import org.quanze.evaluation.domain.Measure;
import org.quanze.evaluation.domain.Scheme;
import org.quanze.statistics.Base;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case numbers behind a court's indicator items, so that a court's score, like a judge's, lists its cases and the
 * archive keeps them. One pass over the case facts ({@link CaseFacts#VIEW}) for the court set, with the catalogue's own predicates
 * ({@link Indicators#expand}): the items name catalogue indicators only, never text from a request.
 * <p>
 * An item counting what an indicator misses (未公开的判决) lists the denominator's cases for which the numerator is not
 * true — as the statistics count it, denominator minus numerator.
 */
@Repository
class IndicatorCases {

    /** The counted cases of an item, and the cases of its base (empty for a count). */
    record Listed(List<String> cases, List<String> baseCases) {
        static final Listed NONE = new Listed(List.of(), List.of());
    }

    private final JdbcClient jdbc;

    IndicatorCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By item code, for the items of the scheme that read an indicator. */
    Map<String, Listed> of(Set<Long> courtIds, Set<Long> leaders, LocalDate from, LocalDate to, List<Scheme.Item> items) {
        List<Scheme.Item> reading = items.stream().filter(i -> i.measure().readsIndicator()).toList();
        if (reading.isEmpty()) return Map.of();
        StringBuilder sql = new StringBuilder("SELECT 1");
        List<Boolean> hasBase = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            Scheme.Item item = reading.get(i);
            IndicatorDefinition d = Indicators.get(item.indicator());
            String numerator = bound(d.numerator());
            String base = d.base() == Base.CASES ? bound(d.denominator()) : null;
            String counted = item.measure() == Measure.COURT_INDICATOR_MISSING && base != null
                    ? "(" + base + ") AND (" + numerator + ") IS NOT TRUE" : numerator;
            sql.append(",\n coalesce(array_agg(c.case_number ORDER BY c.case_number) FILTER (WHERE ").append(counted)
                    .append("), '{}') AS c").append(i);
            if (base != null) {
                sql.append(",\n coalesce(array_agg(c.case_number ORDER BY c.case_number) FILTER (WHERE ").append(base)
                        .append("), '{}') AS b").append(i);
            }
            hasBase.add(base != null);
        }
        sql.append("""

                FROM %s c CROSS JOIN (SELECT ?::date AS f, ?::date AS t, ?::bigint[] AS leaders) b
                WHERE c.court_id = ANY(?)""".formatted(CaseFacts.VIEW));
        Map<String, Listed> out = new HashMap<>();
        jdbc.sql(sql.toString()).params(from, to, leaders.toArray(Long[]::new), courtIds.toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    for (int i = 0; i < reading.size(); i++) {
                        out.put(reading.get(i).code(), new Listed(strings(rs.getArray("c" + i)),
                                hasBase.get(i) ? strings(rs.getArray("b" + i)) : List.of()));
                    }
                });
        return out;
    }

    private static String bound(String predicate) {
        return Indicators.sql(predicate, "b.f", "b.t", "b.leaders");
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        return List.of((String[]) array.getArray());
    }
}
