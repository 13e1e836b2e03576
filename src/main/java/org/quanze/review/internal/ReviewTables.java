package org.quanze.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quanze.authority.Action;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.review.domain.ReviewRefusal;
import org.quanze.shared.CourtLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The review tables of the paper (三.(二).4): 重点案件评查情况统计表 (图表 3.1) and the ledger table (图表 3.2), one row
 * per intermediate court with the courts under it ("长春中级人民法院及下辖法院") and a total row on top keyed by the
 * requested court; and the published-document review by court level. Set-based SQL, one query per table.
 * <p>Counting rule: a review belongs to the period in which it was enrolled, a key candidate (应纳入评查) to the
 * period in which the higher court's outcome was recorded (or the ledger says it was enrolled); a result is the one
 * the review has now (in progress while not concluded). 合格 counts 优秀, 合格 and 瑕疵 (they pass); 不合格 alone
 * fails. The total is the sum of the rows (a high court's own cases belong to no intermediate court's row).
 */
@Service
public class ReviewTables {

    /** The figures, in the order of the two tables; JSON keys as in issue 13. */
    public static final List<String> FIGURES = List.of("KEY_REVIEWS", "COMMITTEE_STUDIED", "QUALIFIED", "UNQUALIFIED",
            "IN_PROGRESS", "TWO_WAY_BASIC_TO_INTERMEDIATE", "TWO_WAY_INTERMEDIATE_TO_HIGH", "REVERSED", "SHOULD_ENROL",
            "ENROLLED", "NOT_ENROLLED");

    private final JdbcClient jdbc;
    private final Organization organization;
    private final PowerGuard guard;

    ReviewTables(JdbcClient jdbc, Organization organization, PowerGuard guard) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.guard = guard;
    }

    /** One row: its key (a court's code), its label, the figures, and the 发改指 count by year of the outcome. */
    public record Row(String key, String label, Map<String, Long> figures, Map<Integer, Long> reversedByYear) {
    }

    /** The table asked for: the total row first, then one row per intermediate court. */
    public record Table(String court, LocalDate from, LocalDate to, List<Row> rows, List<Integer> years) {
    }

    /** Published-document review (上网裁判文书评查) by the reviewing court's level: self-review and cross-review. */
    public record DocumentRow(CourtLevel level, long self, long cross) {
    }

    public Table keyReviews(String courtCode, LocalDate from, LocalDate to) {
        CourtView court = courtInScope(courtCode);
        checkPeriod(from, to);
        Map<String, CourtView> groups = groups(court);
        List<String> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        groups.forEach((key, c) -> organization.courtAndBelow(c.id()).forEach(id -> {
            keys.add(key);
            ids.add(id);
        }));
        Map<String, Map<String, Long>> figures = new HashMap<>();
        Map<String, Map<Integer, Long>> byYear = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql(SQL).param("keys", keys.toArray(String[]::new)).param("ids", ids.toArray(Long[]::new))
                    .param("from", from).param("to", to).query(rs -> {
                        Map<String, Long> f = new LinkedHashMap<>();
                        for (String name : FIGURES) f.put(name, rs.getLong(name.toLowerCase()));
                        figures.put(rs.getString("row_key"), f);
                    });
            jdbc.sql(BY_YEAR).param("keys", keys.toArray(String[]::new)).param("ids", ids.toArray(Long[]::new))
                    .param("from", from).param("to", to).query(rs -> {
                        byYear.computeIfAbsent(rs.getString("row_key"), k -> new TreeMap<>()).put(rs.getInt("year"), rs.getLong("n"));
                    });
        }
        List<Integer> years = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) years.add(y);
        List<Row> rows = new ArrayList<>();
        Map<String, Long> total = zeros();
        Map<Integer, Long> totalYears = new TreeMap<>();
        for (var e : groups.entrySet()) {
            Map<String, Long> f = figures.getOrDefault(e.getKey(), zeros());
            f.forEach((k, v) -> total.merge(k, v, Long::sum));
            Map<Integer, Long> y = byYear.getOrDefault(e.getKey(), Map.of());
            y.forEach((k, v) -> totalYears.merge(k, v, Long::sum));
            rows.add(new Row(e.getKey(), e.getValue().name() + "及下辖法院", f, y));
        }
        rows.add(0, new Row(court.code(), "合计", total, totalYears));
        return new Table(court.code(), from, to, rows, years);
    }

    /** Documents reviewed by self-review and cross-review, by the reviewing court's level, in the court's subtree. */
    public List<DocumentRow> documents(String courtCode, LocalDate from, LocalDate to) {
        CourtView court = courtInScope(courtCode);
        checkPeriod(from, to);
        List<Long> ids = new ArrayList<>(organization.courtAndBelow(court.id()));
        List<String> levels = ids.stream().map(id -> organization.court(id).map(c -> c.level().name()).orElse("BASIC")).toList();
        Map<String, long[]> counts = new HashMap<>();
        jdbc.sql("""
                WITH lvl(court_id, level) AS (SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:levels AS text[])))
                SELECT l.level, count(*) FILTER (WHERE r.self_or_cross = 'SELF') AS self,
                       count(*) FILTER (WHERE r.self_or_cross = 'CROSS') AS crossed
                FROM review.review r JOIN lvl l ON l.court_id = r.reviewing_court_id
                WHERE r.kind = 'DOCUMENT' AND r.enrolled_on BETWEEN :from AND :to
                GROUP BY l.level""")
                .param("ids", ids.toArray(Long[]::new)).param("levels", levels.toArray(String[]::new))
                .param("from", from).param("to", to)
                .query(rs -> {
                    counts.put(rs.getString("level"), new long[] {rs.getLong("self"), rs.getLong("crossed")});
                });
        List<DocumentRow> rows = new ArrayList<>();
        for (CourtLevel level : CourtLevel.values()) {
            long[] c = counts.getOrDefault(level.name(), new long[2]);
            rows.add(new DocumentRow(level, c[0], c[1]));
        }
        return rows;
    }

    /**
     * The rows of a court: a high court's intermediate courts (special ones included), an intermediate court itself,
     * a basic court itself — each keyed by its code, in code order.
     */
    private Map<String, CourtView> groups(CourtView court) {
        Map<String, CourtView> groups = new LinkedHashMap<>();
        if (court.level() == CourtLevel.HIGH) {
            organization.courts().stream()
                    .filter(c -> c.level() == CourtLevel.INTERMEDIATE && court.id() == (c.parentId() == null ? -1 : c.parentId()))
                    .sorted(Comparator.comparing(CourtView::code)).forEach(c -> groups.put(c.code(), c));
        } else {
            groups.put(court.code(), court);
        }
        return groups;
    }

    private CourtView courtInScope(String code) {
        if (code == null || code.isBlank()) throw ReviewRefusal.invalid("court", "请选择法院");
        CourtView court = organization.court(code.strip()).orElseThrow(() -> ReviewRefusal.invalid("court", "法院代字「" + code.strip() + "」不存在"));
        guard.require(Action.VIEW_REVIEW, PowerContext.court(court.id()));
        return court;
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) throw ReviewRefusal.invalid("from", "请填写统计起始日期");
        if (to == null) throw ReviewRefusal.invalid("to", "请填写统计截止日期");
        if (to.isBefore(from)) throw ReviewRefusal.invalid("to", "截止日期早于起始日期");
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> z = new LinkedHashMap<>();
        FIGURES.forEach(f -> z.put(f, 0L));
        return z;
    }

    private static final String GROUPS = """
            WITH grp(row_key, court_id) AS (SELECT * FROM unnest(CAST(:keys AS text[]), CAST(:ids AS bigint[]))),
            keyr AS (SELECT g.row_key, r.* FROM review.review r JOIN grp g ON g.court_id = r.case_court_id
                     WHERE r.kind = 'KEY' AND r.enrolled_on BETWEEN :from AND :to),
            cand AS (SELECT g.row_key, k.* FROM review.key_candidate k JOIN grp g ON g.court_id = k.case_court_id
                     WHERE k.recorded_on BETWEEN :from AND :to)
            """;

    private static final String SQL = GROUPS + """
            SELECT g.row_key,
                   coalesce(r.n, 0) AS key_reviews, coalesce(r.committee, 0) AS committee_studied,
                   coalesce(r.qualified, 0) AS qualified, coalesce(r.unqualified, 0) AS unqualified,
                   coalesce(r.in_progress, 0) AS in_progress, coalesce(r.basic, 0) AS two_way_basic_to_intermediate,
                   coalesce(r.intermediate, 0) AS two_way_intermediate_to_high,
                   coalesce(c.reversed, 0) AS reversed, coalesce(c.n, 0) AS should_enrol, coalesce(r.n, 0) AS enrolled,
                   coalesce(c.not_enrolled, 0) AS not_enrolled
            FROM (SELECT DISTINCT row_key FROM grp) g
            LEFT JOIN (SELECT row_key, count(*) AS n,
                              count(*) FILTER (WHERE committee_studied) AS committee,
                              count(*) FILTER (WHERE result IN ('EXCELLENT', 'QUALIFIED', 'FLAWED')) AS qualified,
                              count(*) FILTER (WHERE result = 'UNQUALIFIED') AS unqualified,
                              count(*) FILTER (WHERE status <> 'CONCLUDED') AS in_progress,
                              count(*) FILTER (WHERE two_way = 'BASIC_TO_INTERMEDIATE') AS basic,
                              count(*) FILTER (WHERE two_way = 'INTERMEDIATE_TO_HIGH') AS intermediate
                       FROM keyr GROUP BY row_key) r ON r.row_key = g.row_key
            LEFT JOIN (SELECT row_key, count(*) AS n,
                              count(*) FILTER (WHERE reason <> 'PETITION') AS reversed,
                              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM review.review x
                                                                 WHERE x.case_number = cand.case_number AND x.kind = 'KEY')) AS not_enrolled
                       FROM cand GROUP BY row_key) c ON c.row_key = g.row_key
            """;

    private static final String BY_YEAR = GROUPS + """
            SELECT row_key, extract(year FROM recorded_on)::int AS year, count(*) AS n
            FROM cand WHERE reason <> 'PETITION' GROUP BY row_key, extract(year FROM recorded_on)
            """;
}
