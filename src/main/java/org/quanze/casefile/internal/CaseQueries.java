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

    private static final String SCOPED = """
            (:all OR c.court_id = ANY(:courts) OR c.department_id = ANY(:departments) OR c.handler_id = ANY(:staff)
             OR EXISTS (SELECT 1 FROM casefile.trial_member m WHERE m.case_id = c.id AND m.active AND m.staff_id = ANY(:staff)))
            """;

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
                + " AND (:mine = -1 OR c.handler_id = :mine OR EXISTS (SELECT 1 FROM casefile.trial_member m WHERE m.case_id = c.id AND m.active AND m.staff_id = :mine))"
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
