package org.quanze.casefile.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.quanze.authority.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of cases within a data scope (数据范围): the scope becomes parameterised criteria — courts, departments,
 * handling judges or trial-organisation members — never concatenated text.
 */
@Repository
public class CaseQueries {

    /** One row of a case list. */
    public record Row(String caseNumber, String caseType, String causeName, String status, String track,
            String procedure, LocalDate filedOn, LocalDate deadline, LocalDate closedOn, Long handlerId, String handler,
            Long daysLeft) {

        Row named(java.util.Map<Long, org.quanze.organization.StaffView> staff) {
            var s = handlerId == null ? null : staff.get(handlerId);
            return new Row(caseNumber, caseType, causeName, status, track, procedure, filedOn, deadline, closedOn,
                    handlerId, s == null ? null : s.name(), daysLeft);
        }
    }

    /*
     * The cases a scope covers. A panel member's cases are an array computed once (an InitPlan), not an EXISTS per
     * case: only then can PostgreSQL OR the indexes on court, department, handler and id together instead of reading
     * the whole case table (a workbench's 125 ms of SQL became 2 ms; issue 11).
     */
    private static final String SCOPED = """
            (:all OR c.court_id = ANY(:courts) OR c.department_id = ANY(:departments) OR c.handler_id = ANY(:staff)
             OR c.id = ANY(ARRAY(SELECT m.case_id FROM casefile.trial_member m WHERE m.active AND m.staff_id = ANY(:staff))))
            """;

    /** The cases this person handles or sits on the panel of, as an indexable condition (see {@link #SCOPED}). */
    private static final String MINE = "(:mine = -1 OR c.handler_id = :mine"
            + " OR c.id = ANY(ARRAY(SELECT m.case_id FROM casefile.trial_member m WHERE m.active AND m.staff_id = :mine)))";

    private final JdbcClient jdbc;
    private final org.quanze.organization.Organization organization;

    CaseQueries(JdbcClient jdbc, org.quanze.organization.Organization organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /**
     * Cases in scope, filtered: {@code status} (FILED, …, OPEN for all open), {@code mineOf} a staff id as handler or
     * panel member, {@code dueWithin} days to the deadline (negative: overdue), {@code pendingMonths} open longer than.
     */
    public List<Row> list(DataScope scope, String status, Long mineOf, Integer dueWithin, Integer pendingMonths,
            LocalDate today, int limit) {
        if (scope.empty()) return List.of();
        String where = " WHERE " + SCOPED
                + " AND (:status = '' OR (:status = 'OPEN' AND c.closed_on IS NULL) OR c.status = :status)"
                + " AND " + MINE
                + " AND (:due = -99999 OR (c.closed_on IS NULL AND c.deadline_on IS NOT NULL AND c.deadline_on <= :today + :due))"
                + " AND (:months = 0 OR (c.closed_on IS NULL AND c.filed_on <= (:today - make_interval(months => :months))::date))";
        List<Row> rows = jdbc.sql("""
                SELECT c.case_number, c.case_type, c.cause_name, c.status, c.track, c.procedure, c.filed_on, c.deadline_on,
                       c.closed_on, c.handler_id, (c.deadline_on - :today)::bigint AS days_left
                FROM casefile.case_file c
                """ + where + " ORDER BY c.deadline_on NULLS LAST, c.id DESC LIMIT :limit")
                .params(params(scope))
                .param("status", status == null ? "" : status)
                .param("mine", mineOf == null ? -1L : mineOf)
                .param("due", dueWithin == null ? -99999 : dueWithin)
                .param("months", pendingMonths == null ? 0 : pendingMonths)
                .param("today", today)
                .param("limit", limit)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, Long.class), null, rs.getObject(11, Long.class)))
                .list();
        // Handlers' names from the organisation module, one query for the whole list.
        var staff = organization.staff(rows.stream().map(Row::handlerId).filter(java.util.Objects::nonNull).toList(), today);
        return rows.stream().map(r -> r.named(staff)).toList();
    }

    /**
     * What a case list asks: the filters of {@link #list}, a search text ({@code q}: part of the 案号, a party's name or
     * the cause), a sort column (a key of {@link #SORTS}), and a page (from 1).
     */
    public record Filter(String status, Long mineOf, Integer dueWithin, Integer pendingMonths, String q, String sort,
            boolean desc, int page, int size) {

        public Filter {
            status = status == null ? "" : status;
            q = q == null ? "" : q.trim();
            sort = sort != null && SORTS.containsKey(sort) ? sort : "";
            page = Math.max(page, 1);
            size = Math.min(Math.max(size, 1), 100_000);
        }
    }

    /** One page of a case list with the number of all matching cases. */
    public record Page(List<Row> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Sortable columns: key → SQL, a fixed list so no request text ever reaches the SQL. */
    public static final Map<String, String> SORTS = Map.of("number", "c.court_code, c.case_type, c.year, c.seq",
            "cause", "c.cause_name", "status", "c.status", "filed", "c.filed_on", "deadline", "c.deadline_on",
            "closed", "c.closed_on");

    /** A page of cases in scope, filtered, searched and sorted, with the total. */
    public Page page(DataScope scope, Filter f, LocalDate today) {
        if (scope.empty()) return new Page(List.of(), 0, f.page(), f.size());
        String where = " WHERE " + SCOPED + FILTERS + SEARCH;
        String order = f.sort().isEmpty() ? "c.deadline_on NULLS LAST, c.id DESC"
                : SORTS.get(f.sort()) + (f.desc() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", c.id DESC";
        Map<String, Object> params = new java.util.HashMap<>(params(scope));
        params.put("status", f.status());
        params.put("mine", f.mineOf() == null ? -1L : f.mineOf());
        params.put("due", f.dueWithin() == null ? -99999 : f.dueWithin());
        params.put("months", f.pendingMonths() == null ? 0 : f.pendingMonths());
        params.put("today", today);
        params.put("q", f.q());
        params.put("like", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        long total = jdbc.sql("SELECT count(*) FROM casefile.case_file c" + where).params(params).query(Long.class).single();
        params.put("limit", f.size());
        params.put("offset", (long) (f.page() - 1) * f.size());
        List<Row> rows = jdbc.sql(ROW_SELECT + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(CaseQueries::row).list();
        return new Page(named(rows, today), total, f.page(), f.size());
    }

    /** 新分配 — open cases assigned to this person (as handler or panel member) in the last {@code days} days. */
    public List<Row> newlyAssigned(long staffId, LocalDate today, int days) {
        return named(jdbc.sql(ROW_SELECT + """
                 WHERE c.closed_on IS NULL AND c.id IN (
                     SELECT a.case_id FROM casefile.assignment a WHERE a.staff_id = :me AND a.at >= (:today - :days)::date
                     UNION SELECT m.case_id FROM casefile.trial_member m WHERE m.active AND m.staff_id = :me
                         AND m.role <> 'HANDLING' AND m.since >= (:today - :days)::date)
                 ORDER BY c.id DESC LIMIT 50""").param("me", staffId).param("today", today).param("days", days)
                .query(CaseQueries::row).list(), today);
    }

    /** 待签发 — open cases of this person's trial organisation, heard and not yet signed. */
    public List<Row> toSign(long staffId, LocalDate today) {
        return named(jdbc.sql(ROW_SELECT + """
                 WHERE c.closed_on IS NULL AND c.status = 'HEARD' AND c.judgment_signed_on IS NULL
                   AND EXISTS (SELECT 1 FROM casefile.trial_member m WHERE m.case_id = c.id AND m.active AND m.staff_id = :me)
                 ORDER BY c.deadline_on NULLS LAST LIMIT 50""").param("me", staffId).param("today", today)
                .query(CaseQueries::row).list(), today);
    }

    /** 待归档 — closed, not yet archived cases in scope (the archiving power's scope: a clerk's team). */
    public List<Row> toArchive(DataScope scope, LocalDate today) {
        if (scope.empty()) return List.of();
        return named(jdbc.sql(ROW_SELECT + " WHERE c.closed_on IS NOT NULL AND c.archived_on IS NULL AND " + SCOPED
                + " ORDER BY c.closed_on LIMIT 50").params(params(scope)).param("today", today)
                .query(CaseQueries::row).list(), today);
    }

    /** Open cases in scope (a clerk's or assistant's team, a chief's division …). */
    public long openCount(DataScope scope) {
        if (scope.empty()) return 0;
        return jdbc.sql("SELECT count(*) FROM casefile.case_file c WHERE c.closed_on IS NULL AND " + SCOPED)
                .params(params(scope)).query(Long.class).single();
    }

    // The case page's parts, one query each (the page's controller holds no SQL).

    public List<Map<String, Object>> parties(long caseId) {
        return jdbc.sql("SELECT kind, role, name, id_masked FROM casefile.party WHERE case_id = ? ORDER BY id").param(caseId).query().listOfRows();
    }

    public List<Map<String, Object>> suspensions(long caseId) {
        return jdbc.sql("SELECT reason, note, from_date, to_date FROM casefile.suspension WHERE case_id = ? ORDER BY from_date").param(caseId).query().listOfRows();
    }

    public List<Map<String, Object>> extensions(long caseId) {
        return jdbc.sql("SELECT approver, months, days, reason, new_deadline, lapsed FROM casefile.extension WHERE case_id = ? ORDER BY id").param(caseId).query().listOfRows();
    }

    /** 送达 records, in the order served. */
    public List<Map<String, Object>> services(long caseId) {
        return jdbc.sql("SELECT document, addressee, method, recorded_on, served_on, note FROM casefile.service WHERE case_id = ? ORDER BY served_on, id")
                .param(caseId).query().listOfRows();
    }

    public List<Map<String, Object>> hearings(long caseId) {
        return jdbc.sql("SELECT id, scheduled_at, courtroom, live_streamed, held FROM casefile.hearing WHERE case_id = ? ORDER BY scheduled_at").param(caseId).query().listOfRows();
    }

    /** 分案记录 with the name of each judge drawn or designated. */
    public List<Map<String, Object>> assignments(long caseId, LocalDate today) {
        var assignments = jdbc.sql("SELECT kind, staff_id, candidates, draw, reason, at FROM casefile.assignment WHERE case_id = ? ORDER BY id")
                .param(caseId).query().listOfRows();
        var staff = organization.staff(assignments.stream().map(a -> ((Number) a.get("staff_id")).longValue()).toList(), today);
        assignments.forEach(a -> a.put("name", java.util.Optional.ofNullable(staff.get(((Number) a.get("staff_id")).longValue()))
                .map(org.quanze.organization.StaffView::name).orElse("")));
        return assignments;
    }

    /** 繁简识别规则, every version, newest first per rule. */
    public List<Map<String, Object>> diversionRuleHistory() {
        return jdbc.sql("""
                SELECT code, version, name, array_to_string(cause_codes, ', ') AS causes, min_amount,
                       array_to_string(keywords, ', ') AS keywords, active, current, changed_by, changed_at
                FROM casefile.diversion_rule ORDER BY code, version DESC""").query().listOfRows();
    }

    /** 案件权重系数 by case type and procedure. */
    public List<Map<String, Object>> caseWeights() {
        return jdbc.sql("SELECT case_type, procedure, weight FROM casefile.case_weight ORDER BY case_type, procedure")
                .query().listOfRows();
    }

    /** Who has signed the judgment so far, in the order they signed (a panel signs one by one). */
    public List<Long> signatures(long caseId) {
        return jdbc.sql("SELECT staff_id FROM casefile.judgment_signature WHERE case_id = ? ORDER BY id").param(caseId)
                .query(Long.class).list();
    }

    /** 回避: who withdrew from the case, and why. */
    public record Recusal(long staffId, String reason) {
    }

    public List<Recusal> recusals(long caseId) {
        return jdbc.sql("SELECT staff_id, reason FROM casefile.recusal WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new Recusal(rs.getLong(1), rs.getString(2))).list();
    }

    public LocalDate judgmentSignedOn(long caseId) {
        return jdbc.sql("SELECT judgment_signed_on FROM casefile.case_file WHERE id = ?").param(caseId).query(LocalDate.class).optional().orElse(null);
    }

    private static final String ROW_SELECT = """
            SELECT c.case_number, c.case_type, c.cause_name, c.status, c.track, c.procedure, c.filed_on, c.deadline_on,
                   c.closed_on, c.handler_id, (c.deadline_on - :today)::bigint AS days_left
            FROM casefile.case_file c
            """;

    private static final String FILTERS = """
             AND (:status = '' OR (:status = 'OPEN' AND c.closed_on IS NULL) OR c.status = :status)
            """ + " AND " + MINE + """

             AND (:due = -99999 OR (c.closed_on IS NULL AND c.deadline_on IS NOT NULL AND c.deadline_on <= :today + :due))
             AND (:months = 0 OR (c.closed_on IS NULL AND c.filed_on <= (:today - make_interval(months => :months))::date))
            """;

    private static final String SEARCH = """
             AND (:q = '' OR c.case_number LIKE :like OR c.cause_name LIKE :like
                  OR EXISTS (SELECT 1 FROM casefile.party p WHERE p.case_id = c.id AND p.name LIKE :like))
            """;

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getObject(10, Long.class), null, rs.getObject(11, Long.class));
    }

    private List<Row> named(List<Row> rows, LocalDate today) {
        var staff = organization.staff(rows.stream().map(Row::handlerId).filter(java.util.Objects::nonNull).toList(), today);
        return rows.stream().map(r -> r.named(staff)).toList();
    }

    /** Open cases in scope pending more than 12, 18 and 36 months (长期未结). */
    public Map<String, Object> longPendingCounts(DataScope scope, LocalDate today) {
        if (scope.empty()) return Map.of("over12", 0, "over18", 0, "over36", 0);
        return jdbc.sql("SELECT count(*) FILTER (WHERE c.filed_on <= (:today - interval '12 months')::date) AS over12,"
                + " count(*) FILTER (WHERE c.filed_on <= (:today - interval '18 months')::date) AS over18,"
                + " count(*) FILTER (WHERE c.filed_on <= (:today - interval '36 months')::date) AS over36"
                + " FROM casefile.case_file c WHERE c.closed_on IS NULL AND " + SCOPED)
                .params(params(scope)).param("today", today).query().singleRow();
    }

    private static Map<String, Object> params(DataScope scope) {
        return Map.of("all", scope.all(), "courts", scope.courtIds().toArray(Long[]::new),
                "departments", scope.departmentIds().toArray(Long[]::new), "staff", scope.staffIds().toArray(Long[]::new));
    }
}
