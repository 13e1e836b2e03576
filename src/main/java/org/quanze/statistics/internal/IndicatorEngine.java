package org.quanze.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.casefile.facts.CaseFacts;
import org.quanze.disclosure.facts.CaseEventFacts;
import org.quanze.statistics.Base;
import org.quanze.statistics.FigureCases;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.PeriodPredicate;
import org.quanze.statistics.PeriodPredicate.DateColumn;
import org.quanze.statistics.PeriodPredicate.DateCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns indicator definitions into one set-based query over {@code casefile.case_fact}: every indicator, of every
 * period asked for and of the same period one year earlier, for every group, in a single pass.
 * <p>
 * A definition is a conjunction of named period predicates ({@link PeriodPredicate}: dates against the period's bounds)
 * and conditions on the case. The query places each case once against every bound of every period — one small
 * integer per date column, its position among the sorted bounds — and groups by (group, positions); it counts the
 * distinct case conditions in each such cell. Which cells fall in which period's 审结, 旧存 … is then decided here from
 * the positions, exactly, and the cells summed. So the database evaluates each case condition once per case instead
 * of once per indicator and period, and twelve months cost hardly more than a year. Nothing but the cells is loaded.
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

    private static final Pattern NAMED = Pattern.compile("\\{([a-z_]+)\\}");

    /** Memory for the grouping's hash table, for this query only (PostgreSQL's default 4MB makes it sort instead). */
    private static final String WORK_MEM = "SET LOCAL work_mem = '64MB'";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final ColumnarFacts facts;

    IndicatorEngine(JdbcClient jdbc, PlatformTransactionManager transactions, ColumnarFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** SQL of a predicate for a case list: named predicates written out, bound dates. */
    static String bound(String predicate) {
        return Indicators.sql(predicate, "b.f", "b.t", "b.leaders");
    }

    /**
     * The column a grouping reads: court ids (an integer hashes faster than the code; the caller turns them into codes),
     * handlers for judges and teams (teams are rolled up from them); null: none.
     */
    static String groupColumn(GroupBy groupBy) {
        return switch (groupBy) {
            case NONE, MONTH -> null;
            case COURT -> "c.court_id";
            case DEPARTMENT -> "c.department_id";
            case PROCEDURE -> "c.procedure";
            case CASE_TYPE -> "c.case_type";
            case JUDGE, TEAM -> "c.handler_id";
        };
    }

    /** A numerator or denominator split into its named period predicates' dates and its conditions on the case. */
    record Term(List<DateCondition> dates, String condition, String sumOf) {

        static Term of(String predicate, String sumOf) {
            List<DateCondition> dates = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            String rest = predicate;
            Matcher m = NAMED.matcher(predicate);
            while (m.find()) {
                PeriodPredicate p = Indicators.PERIOD_PREDICATES.get(m.group(1));
                if (p == null) continue; // {from}, {to}, {leaders}
                String token = "{" + m.group(1) + "}";
                // cells are decided by conjunction only: a named predicate under OR or NOT cannot be
                if (predicate.matches(".*\\b(OR|NOT)\\s*\\Q" + token + "\\E.*") || predicate.matches(".*\\Q" + token + "\\E\\s*OR\\b.*")) {
                    throw new IllegalStateException("named period predicates must be conjuncts: " + predicate);
                }
                for (DateCondition d : p.dates()) if (!dates.contains(d)) dates.add(d);
                if (p.condition() != null) conditions.add(p.condition());
                rest = rest.replace(token + " AND ", "").replace(" AND " + token, "").replace(token, "");
            }
            if (!rest.isBlank()) conditions.add(rest.trim());
            return new Term(List.copyOf(dates), conditions.isEmpty() ? null : String.join(" AND ", conditions), sumOf);
        }

        /** 院庭长: the condition {@code handler_id = ANY({leaders})}, whose set changes with posts. */
        private static final String LEADERS = Indicators.PERIOD_PREDICATES.get("leader").condition();

        /** Whether the term counts only cases handled by court leaders (院庭长). */
        boolean leaders() {
            return condition != null && condition.contains(LEADERS);
        }

        /** The condition on the case without the 院庭长 conjunct (which the in-memory model decides), or null. */
        String caseCondition() {
            if (condition == null) return null;
            String c = condition.replace(" AND " + LEADERS, "").replace(LEADERS + " AND ", "").replace(LEADERS, "").trim();
            return c.isEmpty() ? null : c;
        }

        /** The term without its dates: what one column of the query counts in each cell. */
        Term column() { return new Term(List.of(), condition, sumOf); }

        /** The aggregate counting (or summing over) the term's case condition in a cell. */
        String aggregate() {
            String filter = condition == null ? "" : " FILTER (WHERE " + condition + ")";
            return sumOf == null ? "count(*)" + filter : "coalesce(sum(" + sumOf + ")" + filter + ", 0)";
        }
    }

    /** The bounds of every period asked for, sorted per date column; a case's position is how many it is not before. */
    record Bounds(Map<DateColumn, List<LocalDate>> dates) {

        static Bounds of(List<Term> terms, List<Period> windows) {
            Map<DateColumn, TreeSet<LocalDate>> sorted = new EnumMap<>(DateColumn.class);
            for (Term t : terms) {
                for (DateCondition d : t.dates()) {
                    for (Period w : windows) sorted.computeIfAbsent(d.column(), k -> new TreeSet<>()).add(d.bound().of(w.from(), w.to()));
                }
            }
            Map<DateColumn, List<LocalDate>> dates = new EnumMap<>(DateColumn.class);
            sorted.forEach((column, set) -> dates.put(column, List.copyOf(set)));
            return new Bounds(dates);
        }

        /** SQL of a column's position: a binary search of CASE WHENs (a missing date is after every bound). */
        static String position(String column, List<LocalDate> bounds, int lo, int hi) {
            if (lo == hi) return String.valueOf(lo);
            int mid = (lo + hi) / 2;
            return "CASE WHEN " + column + " < DATE '" + bounds.get(mid) + "' THEN " + position(column, bounds, lo, mid)
                    + " ELSE " + position(column, bounds, mid + 1, hi) + " END";
        }

        /** The cell key: positions of every column, packed in one integer (one hashed column groups faster). */
        String cellSql() {
            if (dates.isEmpty()) return "0";
            List<String> parts = new ArrayList<>();
            long radix = 1;
            for (Map.Entry<DateColumn, List<LocalDate>> e : dates.entrySet()) {
                parts.add("(" + position("c." + e.getKey().column(), e.getValue(), 0, e.getValue().size()) + ")" + (radix == 1 ? "" : " * " + radix));
                radix *= e.getValue().size() + 1;
            }
            if (radix > Integer.MAX_VALUE) throw new IllegalStateException("too many periods in one question");
            return String.join(" + ", parts);
        }

        /** The positions of a cell, per column in the order of {@link #dates}. */
        int[] unpack(long cell) {
            int[] positions = new int[dates.size()];
            int i = 0;
            for (List<LocalDate> bounds : dates.values()) {
                int size = bounds.size() + 1;
                positions[i++] = (int) (cell % size);
                cell /= size;
            }
            return positions;
        }

        /**
         * Date conditions for one period as checks on positions: per condition its column, where its bound sits among
         * the column's bounds (a date is not before the bound iff its position is greater) and whether it is ≥ or <.
         */
        int[] compile(List<DateCondition> conditions, Period w) {
            List<DateColumn> columns = List.copyOf(dates.keySet());
            int[] checks = new int[conditions.size() * 3];
            for (int k = 0; k < conditions.size(); k++) {
                DateCondition d = conditions.get(k);
                checks[3 * k] = columns.indexOf(d.column());
                checks[3 * k + 1] = Collections.binarySearch(dates.get(d.column()), d.bound().of(w.from(), w.to()));
                checks[3 * k + 2] = d.atLeast() ? 1 : 0;
            }
            return checks;
        }

        /** Whether cases at these positions pass compiled checks. */
        static boolean meets(int[] checks, int[] positions) {
            for (int k = 0; k < checks.length; k += 3) {
                boolean notBefore = positions[checks[k]] > checks[k + 1];
                if ((checks[k + 2] == 1) != notBefore) return false;
            }
            return true;
        }

        /** A date condition against a fixed day: the widest of a condition's bounds over the periods. */
        record Widest(DateColumn column, boolean atLeast, LocalDate day) {

            /** Whether every date meeting this meets {@code other} too. */
            boolean implies(Widest other) {
                return column == other.column && atLeast == other.atLeast
                        && (atLeast ? !day.isBefore(other.day) : !day.isAfter(other.day));
            }

            String sql() {
                return column.compare("c.", atLeast ? ">=" : "<", "DATE '" + day + "'", true);
            }
        }

        /**
         * SQL keeping only cases some term may count: for each term, its dates against the widest bounds over all
         * periods, an alternative dropped when another is implied by it; none when a term has no date.
         */
        String relevant(List<Term> terms, List<Period> windows) {
            List<List<Widest>> alternatives = new ArrayList<>();
            for (Term t : terms) {
                if (t.dates().isEmpty()) return "TRUE";
                List<Widest> alternative = new ArrayList<>();
                for (DateCondition d : t.dates()) {
                    LocalDate widest = null;
                    for (Period w : windows) {
                        LocalDate b = d.bound().of(w.from(), w.to());
                        if (widest == null || (d.atLeast() ? b.isBefore(widest) : b.isAfter(widest))) widest = b;
                    }
                    alternative.add(new Widest(d.column(), d.atLeast(), widest));
                }
                if (!alternatives.contains(alternative)) alternatives.add(alternative);
            }
            List<String> kept = new ArrayList<>();
            for (List<Widest> x : alternatives) {
                boolean redundant = alternatives.stream().anyMatch(y -> y != x && implies(x, y) && !(implies(y, x)
                        && alternatives.indexOf(y) > alternatives.indexOf(x)));
                if (!redundant) kept.add("(" + String.join(" AND ", x.stream().map(Widest::sql).toList()) + ")");
            }
            return String.join("\n   OR ", kept);
        }

        /** Whether every case meeting all of {@code x} meets all of {@code y}. */
        private static boolean implies(List<Widest> x, List<Widest> y) {
            return y.stream().allMatch(b -> x.stream().anyMatch(a -> a.implies(b)));
        }
    }

    /** The query for some definitions, periods and grouping, and how to read its cells back. */
    record Query(String sql, List<Object> params, List<Term> aggregates, Map<String, Term[]> terms, Bounds bounds,
            List<Period> windows) {

        /** The query column of a term (its position among the aggregates), -1 for none. */
        int column(Term term) {
            return term == null ? -1 : aggregates.indexOf(term.column());
        }
    }

    /** Each period followed by the same period one year earlier: even indexes now, odd a year before. */
    static List<Period> windows(List<Period> periods) {
        List<Period> windows = new ArrayList<>();
        for (Period p : periods) {
            windows.add(p);
            windows.add(p.previous());
        }
        return windows;
    }

    /** A definition's numerator and denominator (null without one) as terms. */
    static Term[] terms(IndicatorDefinition d) {
        return new Term[] {Term.of(d.numerator(), d.sumOf()), d.base() == Base.CASES ? Term.of(d.denominator(), null) : null};
    }

    /** Builds the one query (periods and their previous years are its windows: even indexes now, odd a year before). */
    static Query build(List<IndicatorDefinition> definitions, GroupBy groupBy, Set<Long> courtIds, Set<Long> leaders,
            List<Period> periods) {
        List<Period> windows = windows(periods);
        Map<String, Term[]> terms = new LinkedHashMap<>();
        List<Term> aggregates = new ArrayList<>(); // distinct (condition, sumOf): one column each
        List<Term> all = new ArrayList<>();
        for (IndicatorDefinition d : definitions) {
            Term[] both = terms(d);
            terms.put(d.code(), both);
            for (Term t : both) {
                if (t == null) continue;
                all.add(t);
                if (!aggregates.contains(t.column())) aggregates.add(t.column());
            }
        }
        Bounds bounds = Bounds.of(all, windows);
        String group = groupColumn(groupBy);
        StringBuilder sql = new StringBuilder("SELECT ").append(group == null ? "NULL" : group).append(" AS g, ")
                .append(bounds.cellSql()).append(" AS cell");
        for (int i = 0; i < aggregates.size(); i++) {
            sql.append(",\n       ").append(aggregates.get(i).aggregate().replace("{leaders}", "?::bigint[]")).append(" AS a").append(i);
        }
        List<Object> params = new ArrayList<>();
        for (Term t : aggregates) {
            if (t.aggregate().contains("{leaders}")) params.add(leaders.toArray(Long[]::new));
        }
        // the court set is a hashed semi-join: = ANY(array) would compare each case with every court in turn
        sql.append("\nFROM casefile.case_fact c\nWHERE c.court_id IN (SELECT unnest(?::bigint[]))\n  AND (")
                .append(bounds.relevant(all, windows)).append(")\nGROUP BY 1, 2");
        params.add(courtIds.toArray(Long[]::new));
        return new Query(sql.toString(), params, aggregates, terms, bounds, windows);
    }

    /**
     * Every definition for every period (and its previous year) and group, in one query. {@code leaders} are the staff
     * ids of court leaders (院庭长) for definitions using {@code {leader}}, bound as one array parameter.
     */
    public List<Raw> compute(Set<Long> courtIds, Set<Long> leaders, List<Period> periods, GroupBy groupBy,
            List<IndicatorDefinition> definitions) {
        List<IndicatorDefinition> caseFacts = caseFacts(definitions);
        List<Raw> raws = new ArrayList<>();
        if (!caseFacts.isEmpty()) {
            Query query = build(caseFacts, groupBy, courtIds, leaders, periods);
            raws.addAll(facts.compute(query, groupBy, courtIds, leaders).orElseGet(() -> sql(query)));
        }
        List<IndicatorDefinition> events = definitions.stream().filter(IndicatorDefinition::countsEvents).toList();
        return events.isEmpty() ? raws : merge(raws, events(courtIds, periods, groupBy, events));
    }

    /** The same figures from the in-memory model, or empty when it cannot answer now (for consistency checks). */
    public java.util.Optional<List<Raw>> computeInMemory(Set<Long> courtIds, Set<Long> leaders, List<Period> periods,
            GroupBy groupBy, List<IndicatorDefinition> definitions) {
        return facts.compute(build(caseFacts(definitions), groupBy, courtIds, leaders, periods), groupBy, courtIds, leaders);
    }

    /** The same figures from PostgreSQL, always (for consistency checks). */
    public List<Raw> computeInDatabase(Set<Long> courtIds, Set<Long> leaders, List<Period> periods, GroupBy groupBy,
            List<IndicatorDefinition> definitions) {
        return sql(build(caseFacts(definitions), groupBy, courtIds, leaders, periods));
    }

    /** The definitions over the case facts (the in-memory model's and the cell query's); the others count events. */
    private static List<IndicatorDefinition> caseFacts(List<IndicatorDefinition> definitions) {
        return definitions.stream().filter(d -> !d.countsEvents()).toList();
    }

    /**
     * The event figures ({@link IndicatorDefinition#countsEvents()}) of every period and its previous year, per group of
     * the event's case, in one query: the windows are joined to the portal's events dated in them, so a case counted
     * "distinct" is counted once per window however many of its events fall there.
     */
    List<Raw> events(Set<Long> courtIds, List<Period> periods, GroupBy groupBy, List<IndicatorDefinition> definitions) {
        List<Period> windows = windows(periods);
        List<String> aggregates = new ArrayList<>();
        Map<String, int[]> columns = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            IndicatorDefinition.EventMeasure m = d.events();
            columns.put(d.code(), new int[] {eventColumn(aggregates, m.numerator(), m.distinctCases()),
                    m.denominator() == null ? -1 : eventColumn(aggregates, m.denominator(), m.distinctCases())});
        }
        String group = groupColumn(groupBy);
        StringBuilder sql = new StringBuilder("SELECT w.i, ").append(group == null ? "NULL" : group).append(" AS g");
        for (String a : aggregates) sql.append(",\n       ").append(a);
        sql.append("""

                FROM unnest(?::date[], ?::date[]) WITH ORDINALITY AS w(f, t, i)
                JOIN %s e ON e.occurred_on >= w.f AND e.occurred_on <= w.t
                JOIN %s c ON c.case_number = e.case_number
                WHERE c.court_id IN (SELECT unnest(?::bigint[]))
                GROUP BY 1, 2""".formatted(CaseEventFacts.VIEW, CaseFacts.VIEW));
        // the driver binds no LocalDate[]: the days go as ISO text, cast to date[] by the query
        Object[] params = {windows.stream().map(w -> w.from().toString()).toArray(String[]::new),
                windows.stream().map(w -> w.to().toString()).toArray(String[]::new), courtIds.toArray(Long[]::new)};
        Map<String, Raw> rows = new LinkedHashMap<>();
        readOnly.executeWithoutResult(tx -> jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
            int w = rs.getInt(1) - 1;
            String g = rs.getString(2) == null ? "" : rs.getString(2);
            Period window = windows.get(w);
            Raw raw = rows.computeIfAbsent(window.key() + "\u0000" + g,
                    k -> new Raw(window.key(), g, new LinkedHashMap<>(), new LinkedHashMap<>()));
            Map<String, long[]> target = w % 2 == 0 ? raw.current() : raw.previous();
            for (Map.Entry<String, int[]> e : columns.entrySet()) {
                int[] c = e.getValue();
                target.put(e.getKey(), new long[] {rs.getLong(3 + c[0]), c[1] < 0 ? 0 : rs.getLong(3 + c[1])});
            }
        }));
        return new ArrayList<>(rows.values());
    }

    /** The aggregate column counting events (or their distinct cases) meeting a condition, added once. */
    private static int eventColumn(List<String> aggregates, String condition, boolean distinctCases) {
        String a = (distinctCases ? "count(DISTINCT e.case_number)" : "count(*)") + " FILTER (WHERE " + condition + ")";
        if (!aggregates.contains(a)) aggregates.add(a);
        return aggregates.indexOf(a);
    }

    /** Rows of the same period and group joined (their indicator codes are disjoint). */
    private static List<Raw> merge(List<Raw> a, List<Raw> b) {
        Map<String, Raw> rows = new LinkedHashMap<>();
        for (List<Raw> list : List.of(a, b)) {
            for (Raw r : list) {
                Raw into = rows.computeIfAbsent(r.periodKey() + "\u0000" + r.groupKey(),
                        k -> new Raw(r.periodKey(), r.groupKey(), new LinkedHashMap<>(), new LinkedHashMap<>()));
                into.current().putAll(r.current());
                into.previous().putAll(r.previous());
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** The model's state: whether it answers, its size, its last rebuild. */
    public ColumnarFacts.Status readModel() {
        return facts.status();
    }

    /**
     * Differences between the in-memory model's figures and PostgreSQL's for one question, as lines naming the period,
     * group, indicator and both sums (empty: they agree); a missing figure counts as zero. Empty Optional when the model
     * cannot answer yet.
     */
    public java.util.Optional<List<String>> compare(Set<Long> courtIds, Set<Long> leaders, List<Period> periods,
            GroupBy groupBy, List<IndicatorDefinition> definitions) {
        java.util.Optional<List<Raw>> memory = computeInMemory(courtIds, leaders, periods, groupBy, definitions);
        if (memory.isEmpty()) return java.util.Optional.empty();
        Map<String, long[]> a = flatten(memory.get());
        Map<String, long[]> b = flatten(computeInDatabase(courtIds, leaders, periods, groupBy, definitions));
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            long[] x = a.getOrDefault(k, new long[2]);
            long[] y = b.getOrDefault(k, new long[2]);
            if (x[0] != y[0] || x[1] != y[1]) {
                differences.add(k.replace('\u0000', ' ') + ": memory " + x[0] + "/" + x[1] + ", database " + y[0] + "/" + y[1]);
            }
        }
        return java.util.Optional.of(differences);
    }

    /** period, group, now|before, code -> {numerator, denominator}, zeros left out. */
    private static Map<String, long[]> flatten(List<Raw> raws) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Raw r : raws) {
            for (int half = 0; half < 2; half++) {
                for (Map.Entry<String, long[]> e : (half == 0 ? r.current() : r.previous()).entrySet()) {
                    if (e.getValue()[0] == 0 && e.getValue()[1] == 0) continue;
                    out.put(r.periodKey() + "\u0000" + r.groupKey() + "\u0000" + (half == 0 ? "now" : "before") + "\u0000" + e.getKey(),
                            e.getValue());
                }
            }
        }
        return out;
    }

    private List<Raw> sql(Query query) {
        Fold fold = new Fold(query);
        readOnly.executeWithoutResult(tx -> {
            jdbc.sql(WORK_MEM).update();
            jdbc.sql(query.sql()).params(query.params()).query(fold::add);
        });
        return new ArrayList<>(fold.rows.values());
    }

    /**
     * Sums the query's cells into rows per (period, group). Prepared once per question: the distinct date conjunctions
     * of the terms, each as checks on positions per window, so a cell costs a few integer comparisons per window.
     */
    static final class Fold {
        private final Query query;
        private final String[] codes;
        private final int[] numeratorSet;
        private final int[] denominatorSet; // -1: no denominator
        private final int[] numeratorColumn;
        private final int[] denominatorColumn;
        private final int[][][] checks; // [window][date set] -> Bounds.compile
        final Map<String, Raw> rows = new LinkedHashMap<>();

        Fold(Query query) {
            this.query = query;
            List<List<DateCondition>> sets = new ArrayList<>();
            int n = query.terms().size();
            codes = new String[n];
            numeratorSet = new int[n];
            denominatorSet = new int[n];
            numeratorColumn = new int[n];
            denominatorColumn = new int[n];
            int i = 0;
            for (Map.Entry<String, Term[]> e : query.terms().entrySet()) {
                codes[i] = e.getKey();
                numeratorSet[i] = setOf(sets, e.getValue()[0]);
                denominatorSet[i] = setOf(sets, e.getValue()[1]);
                numeratorColumn[i] = query.column(e.getValue()[0]);
                denominatorColumn[i] = query.column(e.getValue()[1]);
                i++;
            }
            checks = new int[query.windows().size()][sets.size()][];
            for (int w = 0; w < checks.length; w++) {
                for (int d = 0; d < sets.size(); d++) checks[w][d] = query.bounds().compile(sets.get(d), query.windows().get(w));
            }
        }

        private static int setOf(List<List<DateCondition>> sets, Term term) {
            if (term == null) return -1;
            int i = sets.indexOf(term.dates());
            if (i >= 0) return i;
            sets.add(term.dates());
            return sets.size() - 1;
        }

        /** Adds one cell to the rows of every period its positions fall in. */
        void add(ResultSet rs) throws SQLException {
            String group = rs.getString(1);
            if (group == null) group = "";
            int[] positions = query.bounds().unpack(rs.getLong(2));
            long[] values = new long[query.aggregates().size()];
            for (int i = 0; i < values.length; i++) values[i] = rs.getLong(3 + i);
            boolean[] in = new boolean[checks.length == 0 ? 0 : checks[0].length];
            for (int w = 0; w < checks.length; w++) {
                boolean any = false;
                for (int d = 0; d < in.length; d++) any |= in[d] = Bounds.meets(checks[w][d], positions);
                if (!any) continue;
                Period window = query.windows().get(w);
                String g = group;
                Raw raw = rows.computeIfAbsent(window.key() + "\u0000" + group,
                        k -> new Raw(window.key(), g, new LinkedHashMap<>(), new LinkedHashMap<>()));
                Map<String, long[]> target = w % 2 == 0 ? raw.current() : raw.previous();
                for (int i = 0; i < codes.length; i++) {
                    boolean num = in[numeratorSet[i]];
                    boolean den = denominatorSet[i] >= 0 && in[denominatorSet[i]];
                    if (!num && !den) continue;
                    long[] sums = target.computeIfAbsent(codes[i], k -> new long[2]);
                    if (num) sums[0] += values[numeratorColumn[i]];
                    if (den) sums[1] += values[denominatorColumn[i]];
                }
            }
        }
    }

    /**
     * The cases satisfying a predicate in a period, optionally narrowed to one group (court, department, procedure, type
     * or handler); with an {@code eventCondition} (a figure over the portal's events), each with its number of such
     * events in the period.
     */
    public FigureCases cases(String predicate, String eventCondition, Set<Long> courtIds, Set<Long> leaders, LocalDate from,
            LocalDate to, GroupBy groupBy, Object groupValue, int page, int size) {
        String narrow = switch (groupBy) {
            case COURT -> " AND c.court_code = ?";
            case DEPARTMENT -> " AND c.department_id = ?";
            case PROCEDURE -> " AND c.procedure = ?";
            case CASE_TYPE -> " AND c.case_type = ?";
            case JUDGE -> " AND c.handler_id = ?";
            case TEAM -> " AND c.handler_id = ANY(?)";
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
        List<FigureCases.Row> rows = jdbc.sql("""
                SELECT c.case_number, c.court_code, c.case_type, c.procedure, c.filed_on, c.closed_on, c.close_method,
                       c.handler_id, c.upper_outcome, %s
                """.formatted(eventCondition == null ? "NULL::bigint"
                        : bound("SELECT count(*) " + IndicatorDefinition.eventsOfCase(eventCondition)))
                        + where + " ORDER BY c.filed_on, c.case_number LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, n) -> new FigureCases.Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                        (Long) rs.getObject(8), rs.getString(9), (Long) rs.getObject(10)))
                .list();
        return new FigureCases(total, rows);
    }
}
