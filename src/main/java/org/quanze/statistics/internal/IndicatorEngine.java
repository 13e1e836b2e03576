package org.quanze.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.statistics.Base;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
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

    /** SQL of a predicate for a case list: named predicates written out, bound dates. */
    static String bound(String predicate) {
        return Indicators.expand(predicate).replace("{from}", "b.f").replace("{to}", "b.t").replace("{leaders}", "b.leaders");
    }

    static String groupExpression(GroupBy groupBy) {
        return switch (groupBy) {
            case NONE, MONTH -> "''";
            case COURT -> "c.court_code";
            case DEPARTMENT -> "coalesce(c.department_id::text, '')";
            case PROCEDURE -> "coalesce(c.procedure, '')";
            case CASE_TYPE -> "c.case_type";
            case JUDGE -> "coalesce(c.handler_id::text, '')";
        };
    }

    private static final Pattern NAMED = Pattern.compile("\\{([a-z_]+)\\}");

    /** The named period predicates a set of definitions uses. */
    static Set<String> namedPredicates(List<IndicatorDefinition> definitions) {
        Set<String> names = new LinkedHashSet<>();
        for (IndicatorDefinition d : definitions) {
            for (String text : new String[] {d.numerator(), d.denominator(), d.sumOf()}) {
                if (text == null) continue;
                Matcher m = NAMED.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals("from") && !m.group(1).equals("to")) names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** A predicate of the aggregate query: named period predicates as the flags computed per case, for period w. */
    static String flagged(String predicate, Set<String> names, int w, String from, String to) {
        String sql = predicate;
        for (String name : names) sql = sql.replace("{" + name + "}", "x_" + name + "_" + w);
        return sql.replace("{from}", from).replace("{to}", to);
    }

    /**
     * The query text. Each named period predicate (审结 in the period, open at its end …) is a flag of an inner query
     * that the aggregates combine; aggregates shared by several indicators are computed once. The inner query is not
     * fenced (no OFFSET 0): PostgreSQL then inlines the flags but may scan in parallel workers, which measured faster
     * on the province-year (≈550 against ≈665 ms for the whole catalogue over 450,000 cases).
     * With one period, the period and the previous year are separate flags and columns of one pass over the cases, with
     * no join; with several (the months), each case joins the periods it was open in. The court set is a hashed
     * semi-join: {@code = ANY(array)} would compare each case with every court of a province in turn.
     */
    static Query build(List<IndicatorDefinition> definitions, GroupBy groupBy, boolean single) {
        Set<String> names = namedPredicates(definitions);
        String[][] bounds = single ? new String[][] {{"b.f", "b.t"}, {"b.pf", "b.pt"}} : new String[][] {{"p.f", "p.t"}};
        String[][] outer = single ? new String[][] {{"f", "t"}, {"pf", "pt"}} : new String[][] {{"f", "t"}};
        StringBuilder flags = new StringBuilder();
        for (String name : names) {
            String sql = Indicators.PERIOD_PREDICATES.get(name);
            if (sql == null) throw new IllegalStateException("unknown period predicate {" + name + "}");
            for (int w = 0; w < bounds.length; w++) {
                flags.append(",\n       (").append(sql.replace("{from}", bounds[w][0]).replace("{to}", bounds[w][1])
                                .replace("{leaders}", "b.leaders"))
                        .append(") IS TRUE AS x_").append(name).append('_').append(w);
            }
        }
        Map<String, String> columns = new LinkedHashMap<>(); // aggregate SQL -> column alias
        Map<String, String[]> byCode = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            String[] aliases = new String[4];
            for (int w = 0; w < outer.length; w++) {
                String numerator = flagged(d.numerator(), names, w, outer[w][0], outer[w][1]);
                String num = d.sums() ? "coalesce(sum(" + d.sumOf() + ") FILTER (WHERE " + numerator + "), 0)"
                        : "count(*) FILTER (WHERE " + numerator + ")";
                aliases[2 * w] = columns.computeIfAbsent(num, k -> "a" + columns.size());
                if (d.base() == Base.CASES) {
                    String den = "count(*) FILTER (WHERE " + flagged(d.denominator(), names, w, outer[w][0], outer[w][1]) + ")";
                    aliases[2 * w + 1] = columns.computeIfAbsent(den, k -> "a" + columns.size());
                }
            }
            byCode.put(d.code(), aliases);
        }
        StringBuilder sql = new StringBuilder(single ? "SELECT '' AS k, 0 AS w, g" : """
                WITH p(k, w, f, t) AS (SELECT * FROM unnest(?::text[], ?::int[], ?::text[]::date[], ?::text[]::date[]))
                SELECT k, w, g""");
        columns.forEach((aggregate, alias) -> sql.append(",\n       ").append(aggregate).append(" AS ").append(alias));
        sql.append("\nFROM (SELECT c.*, ").append(groupExpression(groupBy)).append(" AS g, ")
                .append(single ? "b.f, b.t, b.pf, b.pt" : "p.k, p.w, p.f, p.t").append(flags);
        sql.append(single ? """

                FROM casefile.case_fact c
                CROSS JOIN (SELECT ?::date AS f, ?::date AS t, ?::date AS pf, ?::date AS pt, ?::bigint[] AS leaders) b
                WHERE c.court_id IN (SELECT unnest(?::bigint[])) AND c.filed_on <= ?::date AND (c.closed_on IS NULL OR c.closed_on >= ?::date)
                ) x
                GROUP BY g""" : """

                FROM casefile.case_fact c CROSS JOIN (SELECT ?::bigint[] AS leaders) b
                JOIN p ON c.filed_on <= p.t AND (c.closed_on IS NULL OR c.closed_on >= p.f)
                WHERE c.court_id IN (SELECT unnest(?::bigint[])) AND c.filed_on <= ?::date AND (c.closed_on IS NULL OR c.closed_on >= ?::date)
                ) x
                GROUP BY k, w, g""");
        return new Query(sql.toString(), byCode);
    }

    record Query(String sql, Map<String, String[]> aliases) {
    }

    /**
     * Every definition for every period (and its previous year) and group, in one query. {@code leaders} are the staff
     * ids of court leaders (院庭长) for definitions using {@code {leader}}, bound as one array parameter.
     */
    public List<Raw> compute(Set<Long> courtIds, Set<Long> leaders, List<Period> periods, GroupBy groupBy,
            List<IndicatorDefinition> definitions) {
        boolean single = periods.size() == 1;
        Query query = build(definitions, groupBy, single);
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
        List<Object> params = new ArrayList<>();
        if (single) {
            Period now = periods.get(0);
            Period before = now.previous();
            params.addAll(List.of(now.from(), now.to(), before.from(), before.to()));
        } else {
            params.addAll(List.of(keys.toArray(String[]::new), which.toArray(Integer[]::new), froms.toArray(String[]::new),
                    tos.toArray(String[]::new)));
        }
        params.add(leaders.toArray(Long[]::new));
        params.addAll(List.of(courtIds.toArray(Long[]::new), max, min));
        Map<String, Raw> rows = new LinkedHashMap<>();
        jdbc.sql(query.sql()).params(params).query((ResultSet rs) -> {
            String periodKey = single ? periods.get(0).key() : rs.getString("k");
            String group = rs.getString("g");
            Raw raw = rows.computeIfAbsent(periodKey + "\u0000" + group,
                    k -> new Raw(periodKey, group, new LinkedHashMap<>(), new LinkedHashMap<>()));
            if (single) {
                query.aliases().forEach((code, a) -> {
                    raw.current().put(code, read(rs, a[0], a[1]));
                    raw.previous().put(code, read(rs, a[2], a[3]));
                });
            } else {
                Map<String, long[]> target = rs.getInt("w") == 0 ? raw.current() : raw.previous();
                query.aliases().forEach((code, a) -> target.put(code, read(rs, a[0], a[1])));
            }
        });
        return new ArrayList<>(rows.values());
    }

    private static long[] read(ResultSet rs, String numerator, String denominator) {
        try {
            return new long[] {rs.getLong(numerator), denominator == null ? 0 : rs.getLong(denominator)};
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

    /** The cases satisfying a predicate in a period, optionally narrowed to one group (court, department, procedure, type or handler). */
    public Cases cases(String predicate, Set<Long> courtIds, Set<Long> leaders, LocalDate from, LocalDate to, GroupBy groupBy,
            Object groupValue, int page, int size) {
        String narrow = switch (groupBy) {
            case COURT -> " AND c.court_code = ?";
            case DEPARTMENT -> " AND c.department_id = ?";
            case PROCEDURE -> " AND c.procedure = ?";
            case CASE_TYPE -> " AND c.case_type = ?";
            case JUDGE -> " AND c.handler_id = ?";
            case NONE, MONTH -> "";
        };
        boolean narrowed = !narrow.isEmpty() && groupValue != null;
        String where = """
                FROM casefile.case_fact c CROSS JOIN (SELECT ?::date AS f, ?::date AS t, ?::bigint[] AS leaders) b
                WHERE c.court_id = ANY(?) AND (%s)%s""".formatted(bound(predicate), narrowed ? narrow : "");
        List<Object> params = new ArrayList<>(List.of(from, to, leaders.toArray(Long[]::new), courtIds.toArray(Long[]::new)));
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
