package org.quanze.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.statistics.Base;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns indicator definitions into one set-based query over {@code casefile.case_fact}: every indicator, of every
 * period asked for and of the same period one year earlier, for every group, in a single pass with
 * {@code count(*) FILTER (WHERE …)}. A case joins a period only when it was open at some time in it (受理), which every
 * definition implies, so a month grid costs little more than a year. Nothing is loaded into Java but the aggregates.
 */
@Component
public class IndicatorEngine {

    /** A period to compute, named by its row key (e.g. "2017-03"), and the same period one year earlier. */
    public record Period(String key, LocalDate from, LocalDate to) {
        public Period previous() { return new Period(key, from.minusYears(1), to.minusYears(1)); }
    }

    /** Raw sums of one (period, group): per indicator code {numerator, denominator} now and one year earlier. */
    public record Raw(String periodKey, String groupKey, Map<String, long[]> current, Map<String, long[]> previous) {
    }

    private final JdbcClient jdbc;

    IndicatorEngine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** SQL of a predicate for the aggregate query: the period columns of the joined period row. */
    static String inPeriod(String predicate) {
        return predicate.replace("{from}", "p.f").replace("{to}", "p.t");
    }

    /** SQL of a predicate for a case list: bound dates. */
    static String bound(String predicate) {
        return predicate.replace("{from}", "b.f").replace("{to}", "b.t");
    }

    static String groupExpression(GroupBy groupBy) {
        return switch (groupBy) {
            case NONE, MONTH -> "''";
            case COURT -> "c.court_code";
            case CASE_TYPE -> "c.case_type";
            case JUDGE -> "coalesce(c.handler_id::text, '')";
        };
    }

    /** The query text; aggregates shared by several indicators (e.g. 审结 as a denominator) are computed once. */
    static Query build(List<IndicatorDefinition> definitions, GroupBy groupBy) {
        Map<String, String> columns = new LinkedHashMap<>(); // aggregate SQL -> column alias
        Map<String, String[]> byCode = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            String num = d.sums()
                    ? "coalesce(sum(" + d.sumOf() + ") FILTER (WHERE " + inPeriod(d.numerator()) + "), 0)"
                    : "count(*) FILTER (WHERE " + inPeriod(d.numerator()) + ")";
            String numAlias = columns.computeIfAbsent(num, k -> "a" + columns.size());
            String denAlias = null;
            if (d.base() == Base.CASES) {
                String den = "count(*) FILTER (WHERE " + inPeriod(d.denominator()) + ")";
                denAlias = columns.computeIfAbsent(den, k -> "a" + columns.size());
            }
            byCode.put(d.code(), new String[] {numAlias, denAlias});
        }
        StringBuilder sql = new StringBuilder("""
                WITH p(k, w, f, t) AS (SELECT * FROM unnest(?::text[], ?::int[], ?::text[]::date[], ?::text[]::date[]))
                SELECT p.k, p.w, %s AS g""".formatted(groupExpression(groupBy)));
        columns.forEach((aggregate, alias) -> sql.append(",\n       ").append(aggregate).append(" AS ").append(alias));
        sql.append("""

                FROM casefile.case_fact c
                JOIN p ON c.filed_on <= p.t AND (c.closed_on IS NULL OR c.closed_on >= p.f)
                WHERE c.court_id = ANY(?) AND c.filed_on <= ?::date AND (c.closed_on IS NULL OR c.closed_on >= ?::date)
                GROUP BY p.k, p.w, g""");
        return new Query(sql.toString(), byCode);
    }

    record Query(String sql, Map<String, String[]> aliases) {
    }

    /** Every definition for every period (and its previous year) and group, in one query. */
    public List<Raw> compute(Set<Long> courtIds, List<Period> periods, GroupBy groupBy, List<IndicatorDefinition> definitions) {
        Query query = build(definitions, groupBy);
        List<String> keys = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        List<String> froms = new ArrayList<>();
        List<String> tos = new ArrayList<>();
        LocalDate min = null;
        LocalDate max = null;
        for (Period period : periods) {
            for (int w = 0; w < 2; w++) {
                Period p = w == 0 ? period : period.previous();
                keys.add(p.key());
                which.add(w);
                froms.add(p.from().toString());
                tos.add(p.to().toString());
                min = min == null || p.from().isBefore(min) ? p.from() : min;
                max = max == null || p.to().isAfter(max) ? p.to() : max;
            }
        }
        Map<String, Raw> rows = new LinkedHashMap<>();
        LocalDate minFrom = min;
        LocalDate maxTo = max;
        jdbc.sql(query.sql())
                .params(keys.toArray(String[]::new), which.toArray(Integer[]::new), froms.toArray(String[]::new),
                        tos.toArray(String[]::new), courtIds.toArray(Long[]::new), maxTo, minFrom)
                .query((ResultSet rs) -> {
                    String periodKey = rs.getString("k");
                    String group = rs.getString("g");
                    Raw raw = rows.computeIfAbsent(periodKey + "\u0000" + group,
                            k -> new Raw(periodKey, group, new LinkedHashMap<>(), new LinkedHashMap<>()));
                    Map<String, long[]> target = rs.getInt("w") == 0 ? raw.current() : raw.previous();
                    query.aliases().forEach((code, alias) -> target.put(code, read(rs, alias)));
                });
        return new ArrayList<>(rows.values());
    }

    private static long[] read(ResultSet rs, String[] alias) {
        try {
            return new long[] {rs.getLong(alias[0]), alias[1] == null ? 0 : rs.getLong(alias[1])};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case of an indicator's numerator or denominator, as the drill-down lists it. */
    public record CaseRow(String caseNumber, String courtCode, String caseType, String procedure, LocalDate filedOn,
            LocalDate closedOn, String closeMethod, Long handlerId, String upperOutcome) {
    }

    /** One page of the cases behind a figure, with their total. */
    public record Cases(long total, List<CaseRow> rows) {
    }

    /** The cases satisfying a predicate in a period, optionally narrowed to one group (court, type or handler). */
    public Cases cases(String predicate, Set<Long> courtIds, LocalDate from, LocalDate to, GroupBy groupBy, Object groupValue,
            int page, int size) {
        String narrow = switch (groupBy) {
            case COURT -> " AND c.court_code = ?";
            case CASE_TYPE -> " AND c.case_type = ?";
            case JUDGE -> " AND c.handler_id = ?";
            case NONE, MONTH -> "";
        };
        boolean narrowed = !narrow.isEmpty() && groupValue != null;
        String where = """
                FROM casefile.case_fact c CROSS JOIN (SELECT ?::date AS f, ?::date AS t) b
                WHERE c.court_id = ANY(?) AND (%s)%s""".formatted(bound(predicate), narrowed ? narrow : "");
        List<Object> params = new ArrayList<>(List.of(from, to, courtIds.toArray(Long[]::new)));
        if (narrowed) params.add(groupValue);
        long total = jdbc.sql("SELECT count(*) " + where).params(params).query(Long.class).single();
        params.add(size);
        params.add((long) page * size);
        List<CaseRow> rows = jdbc.sql("""
                SELECT c.case_number, c.court_code, c.case_type, c.procedure, c.filed_on, c.closed_on, c.close_method,
                       c.handler_id, c.upper_outcome
                """ + where + " ORDER BY c.filed_on, c.case_number LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, n) -> new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                        (Long) rs.getObject(8), rs.getString(9)))
                .list();
        return new Cases(total, rows);
    }
}
