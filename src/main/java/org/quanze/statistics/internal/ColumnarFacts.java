package org.quanze.statistics.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.PeriodPredicate.DateColumn;
import org.quanze.statistics.PeriodPredicate.DateCondition;
import org.quanze.statistics.internal.IndicatorEngine.Period;
import org.quanze.statistics.internal.IndicatorEngine.Query;
import org.quanze.statistics.internal.IndicatorEngine.Raw;
import org.quanze.statistics.internal.IndicatorEngine.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case facts ({@code casefile.case_fact}) held in memory as columns of primitives, so that the whole catalogue
 * with 同比 for a province is one pass over arrays instead of one query (issue 11, "figures near the limit").
 * <p>
 * Per case: court, handler and department ids, procedure and case type as dictionary indexes, the four dates a
 * period predicate compares as epoch days ({@link Integer#MAX_VALUE} for "never"), the values the catalogue sums
 * ({@code closed_on - filed_on} …) and one index into the distinct combinations of the catalogue's conditions on the
 * case. Those conditions are evaluated by PostgreSQL when a case is read, from the definitions' own SQL — the
 * catalogue stays the one definition; only the period dates and 院庭长 ({@code handler_id = ANY({leaders})}, which
 * changes with posts) are decided here, by the same placement the SQL engine uses. About 50 bytes a case.
 * <p>
 * Fresh by a change log: every statement on {@code casefile.case_file} logs the ids it touched under its transaction
 * id ({@code casefile.case_fact_change}, V13). Before each question the rows the model's last snapshot could not see
 * are read ({@code NOT pg_visible_in_snapshot}) and those cases re-read, so a committed change is always in the next
 * answer; one cheap indexed query when nothing changed. A bulk change (an import) logs "everything": the model is
 * rebuilt in the background and the SQL engine answers meanwhile. A question whose conditions the model does not hold
 * also goes to SQL.
 */
@Component
public class ColumnarFacts {

    private static final Logger log = LoggerFactory.getLogger(ColumnarFacts.class);
    private static final int NEVER = Integer.MAX_VALUE;
    private static final LocalDate EPOCH = LocalDate.EPOCH;
    /** More changed cases than this are re-read all at once. */
    private static final int REBUILD_OVER = 50_000;
    private static final DateColumn[] DATES = DateColumn.values();

    private final JdbcClient jdbc;
    /** For the full read: rows fetched in batches, not all held at once. */
    private final org.springframework.jdbc.core.JdbcTemplate bulk;
    private final TransactionTemplate snapshotRead;
    private final TransactionTemplate write;
    private final boolean enabled;
    /** The catalogue's distinct conditions on the case (without 院庭长), one bit each. */
    private final List<String> conditions;
    /** The catalogue's distinct sums ({@code closed_on - filed_on} …), one int column each. */
    private final List<String> sums;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final Map<List<Object>, Plan> plans = new ConcurrentHashMap<>();
    private volatile Columns columns;
    private volatile Status status = new Status(false, 0, 0, 0, null);

    /** What the model holds: ready, cases, approximate bytes, the last rebuild's milliseconds and its end. */
    public record Status(boolean ready, int cases, long bytes, long rebuildMillis, java.time.Instant builtAt) {
    }

    ColumnarFacts(JdbcClient jdbc, javax.sql.DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${quanze.statistics.in-memory:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.bulk = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        this.bulk.setFetchSize(10_000);
        this.snapshotRead = new TransactionTemplate(transactions);
        this.snapshotRead.setReadOnly(true);
        this.snapshotRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.write = new TransactionTemplate(transactions);
        this.enabled = enabled;
        Set<String> c = new LinkedHashSet<>();
        Set<String> s = new LinkedHashSet<>();
        for (IndicatorDefinition d : Indicators.CASE_FACTS) {
            for (Term t : IndicatorEngine.terms(d)) {
                if (t == null) continue;
                if (t.caseCondition() != null) c.add(t.caseCondition());
                if (t.sumOf() != null) s.add(t.sumOf());
            }
        }
        if (c.size() > 63) throw new IllegalStateException("more than 63 conditions on the case");
        this.conditions = List.copyOf(c);
        this.sums = List.copyOf(s);
    }

    public Status status() {
        return status;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) rebuildInBackground();
    }

    /** Re-reads every case in a background thread (once at a time); questions go to SQL until it is done. */
    public void rebuildInBackground() {
        if (!rebuilding.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                log.warn("statistics read model not built; the SQL engine answers: {}", e.toString());
            } finally {
                rebuilding.set(false);
            }
        }, "statistics-read-model");
        t.setDaemon(true);
        t.start();
    }

    /** Re-reads every case, in one snapshot, and replaces the model. */
    public void rebuild() {
        long start = System.nanoTime();
        Columns fresh = snapshotRead.execute(tx -> {
            String snapshot = jdbc.sql("SELECT pg_current_snapshot()::text").query(String.class).single();
            Columns c = new Columns(snapshot, 1 << 16);
            bulk.query(select(""), rs -> { c.put(rs, sums.size()); });
            c.resize(c.size + c.size / 16 + 1024); // room for the cases filed next, not for a doubling
            return c;
        });
        lock.writeLock().lock();
        try {
            columns = fresh;
            plans.clear();
        } finally {
            lock.writeLock().unlock();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        status = new Status(true, fresh.size, fresh.bytes(), ms, java.time.Instant.now());
        log.info("statistics read model: {} cases, about {} MB, built in {} ms", fresh.size, fresh.bytes() >> 20, ms);
    }

    /** The SELECT reading cases into the model, with a WHERE clause (or none). */
    private String select(String where) {
        StringBuilder sql = new StringBuilder("SELECT id, court_id, handler_id, department_id, procedure, case_type");
        for (DateColumn d : DATES) sql.append(", ").append(d.column()).append(" - DATE '1970-01-01'");
        StringBuilder mask = new StringBuilder("0::bigint");
        for (int k = 0; k < conditions.size(); k++) {
            mask.append(" | CASE WHEN ").append(conditions.get(k)).append(" THEN ").append(1L << k).append("::bigint ELSE 0 END");
        }
        sql.append(",\n  ").append(mask);
        for (String s : sums) sql.append(",\n  coalesce(").append(s).append(", 0)");
        return sql.append("\nFROM casefile.case_fact ").append(where).append(" ORDER BY id").toString();
    }

    /**
     * Applies the changes the model's snapshot did not see; false when the model cannot answer now (not built, being
     * rebuilt after a bulk change).
     */
    boolean refresh() {
        Columns c = columns;
        if (c == null) return false;
        record Changes(String snapshot, Long[] ids, boolean all) {
        }
        Changes changes = jdbc.sql("""
                SELECT pg_current_snapshot()::text, array_agg(DISTINCT case_id) FILTER (WHERE case_id IS NOT NULL),
                       bool_or(case_id IS NULL)
                FROM casefile.case_fact_change
                WHERE xid >= pg_snapshot_xmin(CAST(? AS pg_snapshot)) AND NOT pg_visible_in_snapshot(xid, CAST(? AS pg_snapshot))
                """).params(c.snapshot, c.snapshot).query((rs, n) -> {
                    Array a = rs.getArray(2);
                    return new Changes(rs.getString(1), a == null ? new Long[0] : (Long[]) a.getArray(), rs.getBoolean(3));
                }).single();
        if (changes.all() || changes.ids().length > REBUILD_OVER) {
            rebuildInBackground();
            return false;
        }
        if (changes.ids().length == 0) {
            c.snapshot = changes.snapshot();
            return true;
        }
        lock.writeLock().lock();
        try {
            if (columns != c) return false; // replaced meanwhile
            Set<Long> seen = new java.util.HashSet<>();
            jdbc.sql(select("WHERE id = ANY(?)")).param(changes.ids()).query(rs -> {
                seen.add(rs.getLong(1));
                c.put(rs, sums.size());
            });
            for (Long id : changes.ids()) if (!seen.contains(id)) c.remove(id);
            c.snapshot = changes.snapshot();
            plans.clear();
        } finally {
            lock.writeLock().unlock();
        }
        status = new Status(true, c.size, c.bytes(), status.rebuildMillis(), status.builtAt());
        prune(c.snapshot);
        return true;
    }

    private long lastPrune;

    /** Forgets changes every transaction open at the snapshot has seen (one reader: the app). */
    private void prune(String snapshot) {
        long now = System.nanoTime();
        if (now - lastPrune < 60_000_000_000L) return;
        lastPrune = now;
        write.executeWithoutResult(tx -> jdbc.sql("DELETE FROM casefile.case_fact_change WHERE xid < pg_snapshot_xmin(CAST(? AS pg_snapshot))")
                .param(snapshot).update());
    }

    /** The figures from memory, or empty when the model cannot answer this question (the caller asks SQL). */
    Optional<List<Raw>> compute(Query query, GroupBy groupBy, Set<Long> courtIds, Set<Long> leaders) {
        if (!enabled || !refresh()) return Optional.empty();
        lock.readLock().lock();
        try {
            Columns c = columns;
            Plan plan = plans.computeIfAbsent(List.of(query.terms().keySet(), query.windows().size()), k -> Plan.of(query, this));
            if (plan == null) return Optional.empty();
            return Optional.of(plan.run(c, query, groupBy, courtIds, leaders));
        } finally {
            lock.readLock().unlock();
        }
    }

    // ------------------------------------------------------------------------------------------------ the columns

    /** The arrays; a case's slot is its place in id order (new cases come with higher ids, so they append). */
    static final class Columns {
        String snapshot;
        int size;
        long[] id;
        int[] court;     // 0: deleted
        int[] handler;   // 0: none
        int[] department;
        byte[] procedure;
        short[] caseType;
        int[][] dates;   // [DateColumn.ordinal()][case] epoch days, NEVER when missing
        short[] maskId;
        int[][] sums;    // [sum][case]
        final List<Long> masks = new ArrayList<>();
        final Map<Long, Short> maskIds = new HashMap<>();
        final List<String> procedures = new ArrayList<>(List.of(""));
        final List<String> caseTypes = new ArrayList<>(List.of(""));
        int maxCourt;
        int maxHandler;
        int maxDepartment;

        Columns(String snapshot, int capacity) {
            this.snapshot = snapshot;
            id = new long[capacity];
            court = new int[capacity];
            handler = new int[capacity];
            department = new int[capacity];
            procedure = new byte[capacity];
            caseType = new short[capacity];
            dates = new int[DATES.length][capacity];
            maskId = new short[capacity];
            sums = new int[0][];
        }

        long bytes() {
            return (long) id.length * (8 + 4 + 4 + 4 + 1 + 2 + 4L * DATES.length + 2 + 4L * sums.length);
        }

        /** Puts the row of the cursor (the SELECT of {@link #select}) at its id's slot, appending a new id. */
        void put(ResultSet rs, int nSums) throws SQLException {
            long caseId = rs.getLong(1);
            int i = Arrays.binarySearch(id, 0, size, caseId);
            if (i < 0) {
                if (-i - 1 != size) throw new IllegalStateException("case ids out of order: " + caseId);
                i = size++;
                grow();
                id[i] = caseId;
            }
            court[i] = small(rs.getLong(2));
            maxCourt = Math.max(maxCourt, court[i]);
            handler[i] = small(rs.getLong(3));
            maxHandler = Math.max(maxHandler, handler[i]);
            department[i] = small(rs.getLong(4));
            maxDepartment = Math.max(maxDepartment, department[i]);
            procedure[i] = (byte) index(procedures, rs.getString(5));
            caseType[i] = (short) index(caseTypes, rs.getString(6));
            int k = 7;
            for (int d = 0; d < DATES.length; d++, k++) {
                int v = rs.getInt(k);
                dates[d][i] = rs.wasNull() ? NEVER : v;
            }
            long mask = rs.getLong(k++);
            Short m = maskIds.get(mask);
            if (m == null) {
                if (masks.size() >= Short.MAX_VALUE) throw new IllegalStateException("too many combinations of conditions");
                m = (short) masks.size();
                masks.add(mask);
                maskIds.put(mask, m);
            }
            maskId[i] = m;
            if (sums.length != nSums) {
                int[][] s = new int[nSums][];
                for (int j = 0; j < nSums; j++) s[j] = j < sums.length ? sums[j] : new int[id.length];
                sums = s;
            }
            for (int j = 0; j < nSums; j++) sums[j][i] = rs.getInt(k + j);
        }

        void remove(long caseId) {
            int i = Arrays.binarySearch(id, 0, size, caseId);
            if (i >= 0) court[i] = 0;
        }

        private static int small(long v) {
            if (v > Integer.MAX_VALUE || v < 0) throw new IllegalStateException("id out of range: " + v);
            return (int) v;
        }

        private static int index(List<String> dictionary, String value) {
            if (value == null) return 0;
            int i = dictionary.indexOf(value);
            if (i >= 0) return i;
            dictionary.add(value);
            if (dictionary.size() > Short.MAX_VALUE) throw new IllegalStateException("too many distinct values");
            return dictionary.size() - 1;
        }

        private void grow() {
            if (size > id.length) resize(id.length * 2);
        }

        void resize(int n) {
            id = Arrays.copyOf(id, n);
            court = Arrays.copyOf(court, n);
            handler = Arrays.copyOf(handler, n);
            department = Arrays.copyOf(department, n);
            procedure = Arrays.copyOf(procedure, n);
            caseType = Arrays.copyOf(caseType, n);
            for (int d = 0; d < dates.length; d++) dates[d] = Arrays.copyOf(dates[d], n);
            maskId = Arrays.copyOf(maskId, n);
            for (int j = 0; j < sums.length; j++) sums[j] = Arrays.copyOf(sums[j], n);
        }
    }

    // ---------------------------------------------------------------------------------------------------- the pass

    /**
     * A question's terms compiled against the model: its distinct (date conjunction, condition bits, 院庭长, sum)
     * "slots", and, per combination of date conjunctions met and case class, the slots a case adds to — filled as the
     * combinations occur. The dates of the windows are compiled per question.
     */
    static final class Plan {
        final String[] codes;
        final int[] numerator;   // slot per code
        final int[] denominator; // slot per code, -1 none
        final List<List<DateCondition>> dateSets = new ArrayList<>();
        final List<DateCondition> conditions = new ArrayList<>(); // distinct date conditions
        final long[] setConditions; // per date set: bits of its conditions in {@link #conditions}
        final int[] slotSet;
        final long[] slotBits;
        final boolean[] slotLeader;
        final int[] slotSum; // -1: count
        /** [date sets met][case class * 2 + leads]: filled as combinations occur (a lost race only recomputes one). */
        final int[][][] table;

        private Plan(String[] codes, int[] numerator, int[] denominator, List<Slot> slots, List<List<DateCondition>> sets,
                List<DateCondition> conditions) {
            this.codes = codes;
            this.numerator = numerator;
            this.denominator = denominator;
            this.dateSets.addAll(sets);
            this.conditions.addAll(conditions);
            table = new int[1 << sets.size()][][];
            setConditions = new long[sets.size()];
            for (int s = 0; s < sets.size(); s++) {
                for (DateCondition d : sets.get(s)) setConditions[s] |= 1L << conditions.indexOf(d);
            }
            int n = slots.size();
            slotSet = new int[n];
            slotBits = new long[n];
            slotLeader = new boolean[n];
            slotSum = new int[n];
            for (int i = 0; i < n; i++) {
                slotSet[i] = slots.get(i).set();
                slotBits[i] = slots.get(i).bits();
                slotLeader[i] = slots.get(i).leader();
                slotSum[i] = slots.get(i).sum();
            }
        }

        record Slot(int set, long bits, boolean leader, int sum) {
        }

        /** Null when a term has a condition the model does not hold. */
        static Plan of(Query query, ColumnarFacts facts) {
            List<Slot> slots = new ArrayList<>();
            List<List<DateCondition>> sets = new ArrayList<>();
            List<DateCondition> conditions = new ArrayList<>();
            int n = query.terms().size();
            String[] codes = new String[n];
            int[] num = new int[n];
            int[] den = new int[n];
            int i = 0;
            for (Map.Entry<String, Term[]> e : query.terms().entrySet()) {
                codes[i] = e.getKey();
                Integer a = slot(e.getValue()[0], facts, slots, sets, conditions);
                Integer b = e.getValue()[1] == null ? Integer.valueOf(-1) : slot(e.getValue()[1], facts, slots, sets, conditions);
                if (a == null || b == null) return null;
                num[i] = a;
                den[i] = b;
                i++;
            }
            if (sets.size() > 16 || conditions.size() > 63) return null;
            return new Plan(codes, num, den, slots, sets, conditions);
        }

        private static Integer slot(Term t, ColumnarFacts facts, List<Slot> slots, List<List<DateCondition>> sets,
                List<DateCondition> conditions) {
            String c = t.caseCondition();
            if (c != null && c.contains("{")) return null;
            int bit = c == null ? -1 : facts.conditions.indexOf(c);
            if (c != null && bit < 0) return null;
            int sum = t.sumOf() == null ? -1 : facts.sums.indexOf(t.sumOf());
            if (t.sumOf() != null && sum < 0) return null;
            int set = sets.indexOf(t.dates());
            if (set < 0) {
                sets.add(t.dates());
                set = sets.size() - 1;
                for (DateCondition d : t.dates()) if (!conditions.contains(d)) conditions.add(d);
            }
            Slot s = new Slot(set, bit < 0 ? 0 : 1L << bit, t.leaders(), sum);
            int k = slots.indexOf(s);
            if (k >= 0) return k;
            slots.add(s);
            return slots.size() - 1;
        }

        /** The slots a case adds to, given the date sets it meets, its condition bits and whether its handler leads. */
        int[] slots(long setsMet, long mask, boolean leader) {
            List<Integer> out = new ArrayList<>();
            for (int s = 0; s < slotSet.length; s++) {
                if ((setsMet >>> slotSet[s] & 1) != 0 && (mask & slotBits[s]) == slotBits[s] && (!slotLeader[s] || leader)) out.add(s);
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        List<Raw> run(Columns c, Query query, GroupBy groupBy, Set<Long> courtIds, Set<Long> leaderIds) {
            List<Period> windows = query.windows();
            int nW = windows.size();
            int nSlots = slotSet.length;
            // per window, per distinct date condition: column and bound in epoch days
            int nC = conditions.size();
            int[] condColumn = new int[nC];
            boolean[] condAtLeast = new boolean[nC];
            int[][] condBound = new int[nW][nC];
            for (int k = 0; k < nC; k++) {
                DateCondition d = conditions.get(k);
                condColumn[k] = d.column().ordinal();
                condAtLeast[k] = d.atLeast();
                for (int w = 0; w < nW; w++) {
                    condBound[w][k] = (int) d.bound().of(windows.get(w).from(), windows.get(w).to()).toEpochDay();
                }
            }
            boolean[] inCourts = new boolean[c.maxCourt + 1];
            for (Long id : courtIds) if (id > 0 && id <= c.maxCourt) inCourts[id.intValue()] = true;
            boolean[] leads = new boolean[c.maxHandler + 1];
            for (Long id : leaderIds) if (id > 0 && id <= c.maxHandler) leads[id.intValue()] = true;
            // groups: a dense index per value of the grouping's column
            int[] groupColumn;
            int groupRange;
            switch (groupBy) {
                case COURT -> { groupColumn = c.court; groupRange = c.maxCourt + 1; }
                case JUDGE, TEAM -> { groupColumn = c.handler; groupRange = c.maxHandler + 1; }
                case DEPARTMENT -> { groupColumn = c.department; groupRange = c.maxDepartment + 1; }
                case PROCEDURE -> { groupColumn = null; groupRange = c.procedures.size(); }
                case CASE_TYPE -> { groupColumn = null; groupRange = c.caseTypes.size(); }
                default -> { groupColumn = null; groupRange = 1; }
            }
            int[] dense = new int[groupRange];
            Arrays.fill(dense, -1);
            List<Integer> values = new ArrayList<>();
            int size = c.size;
            for (int i = 0; i < size; i++) {
                if (!inCourts[c.court[i]]) continue;
                int v = value(c, groupBy, groupColumn, i);
                if (dense[v] < 0) {
                    dense[v] = values.size();
                    values.add(v);
                }
            }
            int nG = values.size();
            int nP = nW / 2;
            int[] denseF = dense;
            int chunks = size < 200_000 ? 1 : Math.max(1, Runtime.getRuntime().availableProcessors());
            int per = (size + chunks - 1) / Math.max(1, chunks);
            long[][] partial = new long[chunks][];
            boolean[][] partialSeen = new boolean[chunks][];
            IntStream.range(0, chunks).parallel().forEach(k -> {
                long[] acc = new long[nG * nW * nSlots];
                boolean[] seen = new boolean[nG * nP];
                pass(c, k * per, Math.min(size, (k + 1) * per), inCourts, leads, groupBy, groupColumn, denseF, condColumn,
                        condAtLeast, condBound, acc, seen, nW, nSlots, nP);
                partial[k] = acc;
                partialSeen[k] = seen;
            });
            long[] acc = partial.length == 0 ? new long[0] : partial[0];
            boolean[] seen = partialSeen.length == 0 ? new boolean[0] : partialSeen[0];
            for (int k = 1; k < chunks; k++) {
                for (int j = 0; j < acc.length; j++) acc[j] += partial[k][j];
                for (int j = 0; j < seen.length; j++) seen[j] |= partialSeen[k][j];
            }
            List<Raw> rows = new ArrayList<>();
            for (int g = 0; g < nG; g++) {
                String key = key(c, groupBy, values.get(g));
                for (int p = 0; p < nP; p++) {
                    if (!seen[g * nP + p]) continue;
                    Raw raw = new Raw(windows.get(2 * p).key(), key, new LinkedHashMap<>(), new LinkedHashMap<>());
                    for (int half = 0; half < 2; half++) {
                        int base = (g * nW + 2 * p + half) * nSlots;
                        Map<String, long[]> target = half == 0 ? raw.current() : raw.previous();
                        for (int d = 0; d < codes.length; d++) {
                            target.put(codes[d], new long[] {acc[base + numerator[d]], denominator[d] < 0 ? 0 : acc[base + denominator[d]]});
                        }
                    }
                    rows.add(raw);
                }
            }
            return rows;
        }

        private static int value(Columns c, GroupBy groupBy, int[] groupColumn, int i) {
            if (groupColumn != null) return groupColumn[i];
            return switch (groupBy) {
                case PROCEDURE -> c.procedure[i];
                case CASE_TYPE -> c.caseType[i];
                default -> 0;
            };
        }

        /** The group's key as the SQL engine gives it: the id, the code, or "" for none. */
        private static String key(Columns c, GroupBy groupBy, int v) {
            return switch (groupBy) {
                case COURT, JUDGE, TEAM, DEPARTMENT -> v == 0 ? "" : String.valueOf(v);
                case PROCEDURE -> c.procedures.get(v);
                case CASE_TYPE -> c.caseTypes.get(v);
                default -> "";
            };
        }

        private void pass(Columns c, int from, int to, boolean[] inCourts, boolean[] leads, GroupBy groupBy,
                int[] groupColumn, int[] dense, int[] condColumn, boolean[] condAtLeast, int[][] condBound, long[] acc,
                boolean[] seen, int nW, int nSlots, int nP) {
            int nC = condColumn.length;
            int nS = setConditions.length;
            int[][] dates = c.dates;
            int nMasks = c.masks.size();
            for (int i = from; i < to; i++) {
                if (!inCourts[c.court[i]]) continue;
                int g = dense[value(c, groupBy, groupColumn, i)];
                int handler = c.handler[i];
                boolean leader = handler < leads.length && leads[handler];
                int mask = c.maskId[i];
                for (int w = 0; w < nW; w++) {
                    int[] bounds = condBound[w];
                    long met = 0;
                    for (int k = 0; k < nC; k++) {
                        int date = dates[condColumn[k]][i];
                        if ((date >= bounds[k]) == condAtLeast[k]) met |= 1L << k;
                    }
                    long setsMet = 0;
                    for (int s = 0; s < nS; s++) {
                        if ((met & setConditions[s]) == setConditions[s]) setsMet |= 1L << s;
                    }
                    if (setsMet == 0) continue;
                    seen[g * nP + w / 2] = true;
                    int[][] byClass = table[(int) setsMet];
                    if (byClass == null || byClass.length < 2 * nMasks) table[(int) setsMet] = byClass = new int[2 * nMasks][];
                    int cls = 2 * mask + (leader ? 1 : 0);
                    int[] slots = byClass[cls];
                    if (slots == null) byClass[cls] = slots = slots(setsMet, c.masks.get(mask), leader);
                    int base = (g * nW + w) * nSlots;
                    for (int s : slots) acc[base + s] += slotSum[s] < 0 ? 1 : c.sums[slotSum[s]][i];
                }
            }
        }
    }
}
