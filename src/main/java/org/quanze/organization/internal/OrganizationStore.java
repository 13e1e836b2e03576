package org.quanze.organization.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quanze.organization.CourtView;
import org.quanze.organization.SpecialCourt;
import org.quanze.organization.StaffView;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the organisation schema. */
@Repository
public class OrganizationStore {

    private static final String COURT = """
            SELECT c.id, c.code, c.name, c.level, c.special, c.parent_id, p.code AS parent_code
            FROM organization.court c LEFT JOIN organization.court p ON p.id = c.parent_id
            """;

    /** A staff member with court, department and whether a quota term covers the date (parameter :on). */
    private static final String STAFF = """
            SELECT s.id, s.staff_no, s.name, s.court_id, c.code AS court_code, s.department_id, d.name AS department_name,
                   d.kind AS department_kind, s.role, s.posts, s.office_phone,
                   EXISTS (SELECT 1 FROM organization.quota_term q
                           WHERE q.staff_id = s.id AND q.from_date <= :on AND (q.to_date IS NULL OR q.to_date >= :on)) AS in_quota
            FROM organization.staff s
            JOIN organization.court c ON c.id = s.court_id
            LEFT JOIN organization.department d ON d.id = s.department_id
            """;

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends the quota term covering {@code lastDay} on that day; the number of terms ended (0 or 1). */
    public int endQuotaTerm(long staffId, java.time.LocalDate lastDay) {
        return jdbc.sql("""
                UPDATE organization.quota_term SET to_date = :day
                WHERE staff_id = :staff AND from_date <= :day AND (to_date IS NULL OR to_date > :day)""")
                .param("day", lastDay).param("staff", staffId).update();
    }

    public List<CourtView> courts() {
        return jdbc.sql(COURT + " ORDER BY c.code").query(OrganizationStore::court).list();
    }

    public Map<String, CourtView> courtsByCode() {
        return courts().stream().collect(Collectors.toMap(CourtView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<CourtView> court(String code) {
        return jdbc.sql(COURT + " WHERE c.code = ?").param(code).query(OrganizationStore::court).optional();
    }

    public Optional<CourtView> court(long id) {
        return jdbc.sql(COURT + " WHERE c.id = ?").param(id).query(OrganizationStore::court).optional();
    }

    /** The court and every court below it. */
    public Set<Long> subtree(long courtId) {
        return Set.copyOf(jdbc.sql("""
                WITH RECURSIVE below(id) AS (
                    SELECT id FROM organization.court WHERE id = ?
                    UNION ALL
                    SELECT c.id FROM organization.court c JOIN below b ON c.parent_id = b.id)
                SELECT id FROM below
                """).param(courtId).query(Long.class).list());
    }

    public Optional<StaffView> staff(long id, LocalDate on) {
        return jdbc.sql(STAFF + " WHERE s.id = :id").param("on", on).param("id", id).query(OrganizationStore::staff).optional();
    }

    /** Many staff at once, by id (one query), for lists that show names. */
    public Map<Long, StaffView> staff(java.util.Collection<Long> ids, LocalDate on) {
        Map<Long, StaffView> found = new java.util.HashMap<>();
        if (ids.isEmpty()) return found;
        jdbc.sql(STAFF + " WHERE s.id = ANY(:ids)").param("on", on).param("ids", ids.toArray(Long[]::new))
                .query(OrganizationStore::staff).list().forEach(v -> found.put(v.id(), v));
        return found;
    }

    public Optional<StaffView> staff(String staffNo, LocalDate on) {
        return jdbc.sql(STAFF + " WHERE s.staff_no = :no").param("on", on).param("no", staffNo).query(OrganizationStore::staff).optional();
    }

    /** Staff of the given courts, filtered by a name or number fragment, a page at a time. */
    public List<StaffView> staffOf(Set<Long> courtIds, String text, LocalDate on, int limit, int offset) {
        return jdbc.sql(STAFF + """
                 WHERE s.court_id = ANY(:courts) AND (:text = '' OR s.name LIKE :like OR s.staff_no LIKE :like)
                 ORDER BY c.code, d.name NULLS LAST, s.staff_no LIMIT :limit OFFSET :offset
                """)
                .param("on", on).param("courts", courtIds.toArray(Long[]::new)).param("text", text)
                .param("like", "%" + text + "%").param("limit", limit).param("offset", offset)
                .query(OrganizationStore::staff).list();
    }

    public List<org.quanze.organization.DepartmentView> departmentViews(long courtId) {
        return departmentViews(Set.of(courtId));
    }

    public List<StaffView> quotaJudgesOf(long departmentId, LocalDate on) {
        return jdbc.sql(STAFF + " WHERE s.department_id = :dept AND s.role = 'QUOTA_JUDGE' ORDER BY s.staff_no")
                .param("on", on).param("dept", departmentId).query(OrganizationStore::staff).list()
                .stream().filter(StaffView::inQuota).toList();
    }

    public Map<Long, Long> departmentsOfStaff() {
        Map<Long, Long> departments = new java.util.HashMap<>();
        jdbc.sql("SELECT id, department_id FROM organization.staff WHERE department_id IS NOT NULL")
                .query(rs -> { departments.put(rs.getLong(1), rs.getLong(2)); });
        return departments;
    }

    public Map<String, Long> staffIdsByNumber() {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT staff_no, id FROM organization.staff").query(rs -> { ids.put(rs.getString(1), rs.getLong(2)); });
        return ids;
    }

    public Set<Long> teamMates(long staffId) {
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT m2.staff_id FROM organization.team_member m1
                JOIN organization.team_member m2 ON m2.team_id = m1.team_id WHERE m1.staff_id = ?
                """).param(staffId).query(Long.class).list());
    }

    /** 员额法官 headcount on a date, per court of the given set. */
    public Map<Long, Long> quotaHeadcount(Set<Long> courtIds, LocalDate on) {
        return quotaHeadcount("s.court_id", courtIds, on);
    }

    /** 员额法官 headcount on a date, per department of the given courts (staff without a department not counted). */
    public Map<Long, Long> quotaHeadcountByDepartment(Set<Long> courtIds, LocalDate on) {
        return quotaHeadcount("s.department_id", courtIds, on);
    }

    private Map<Long, Long> quotaHeadcount(String per, Set<Long> courtIds, LocalDate on) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT %s, count(DISTINCT s.id) FROM organization.staff s
                JOIN organization.quota_term q ON q.staff_id = s.id
                WHERE s.court_id = ANY(?) AND q.from_date <= ? AND (q.to_date IS NULL OR q.to_date >= ?) AND %1$s IS NOT NULL
                GROUP BY 1
                """.formatted(per)).params(courtIds.toArray(Long[]::new), on, on)
                .query(rs -> { counts.put(rs.getLong(1), rs.getLong(2)); });
        return counts;
    }

    public List<org.quanze.organization.DepartmentView> departmentViews(Set<Long> courtIds) {
        return jdbc.sql("SELECT id, court_id, name, kind FROM organization.department WHERE court_id = ANY(?) ORDER BY id")
                .param(courtIds.toArray(Long[]::new)).query((rs, i) -> new org.quanze.organization.DepartmentView(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), DepartmentKind.valueOf(rs.getString(4)))).list();
    }

    /** Everyone who held a quota term at any time in [from, to], for the given courts. */
    public long quotaHeadcountDuring(Set<Long> courtIds, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(DISTINCT s.id) FROM organization.staff s JOIN organization.quota_term q ON q.staff_id = s.id
                WHERE s.court_id = ANY(?) AND q.from_date <= ? AND (q.to_date IS NULL OR q.to_date >= ?)
                """).params(courtIds.toArray(Long[]::new), to, from).query(Long.class).single();
    }

    public List<Map<String, Object>> departments(long courtId) {
        return jdbc.sql("""
                SELECT d.id, d.name, d.kind, count(s.id) AS staff,
                       count(s.id) FILTER (WHERE s.role = 'QUOTA_JUDGE') AS judges
                FROM organization.department d LEFT JOIN organization.staff s ON s.department_id = d.id
                WHERE d.court_id = ? GROUP BY d.id ORDER BY d.id
                """).param(courtId).query().listOfRows();
    }

    /** Staff of some courts holding any of some posts (posts as held now). */
    public Set<Long> holders(Set<Long> courtIds, Set<org.quanze.shared.Post> posts) {
        return Set.copyOf(jdbc.sql("SELECT id FROM organization.staff WHERE court_id = ANY(?) AND posts && ?::text[]")
                .params(courtIds.toArray(Long[]::new), posts.stream().map(Enum::name).toArray(String[]::new))
                .query(Long.class).list());
    }

    /** The trial teams of some courts with their members. */
    public List<org.quanze.organization.TeamView> teamViews(Set<Long> courtIds) {
        return jdbc.sql("""
                SELECT t.id, t.court_id, t.department_id, t.name, array_remove(array_agg(m.staff_id), NULL) AS members
                FROM organization.trial_team t LEFT JOIN organization.team_member m ON m.team_id = t.id
                WHERE t.court_id = ANY(?) GROUP BY t.id ORDER BY t.court_id, t.name
                """).param(courtIds.toArray(Long[]::new)).query((rs, i) -> new org.quanze.organization.TeamView(rs.getLong(1),
                        rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                        Set.of((Long[]) rs.getArray(5).getArray()))).list();
    }

    public List<Map<String, Object>> teams(long courtId) {
        return jdbc.sql("""
                SELECT t.id, t.name, d.name AS department, string_agg(s.name || '（' || CASE s.role
                    WHEN 'QUOTA_JUDGE' THEN '员额法官' WHEN 'JUDICIAL_ASSISTANT' THEN '法官助理'
                    WHEN 'CLERK' THEN '书记员' ELSE '其他' END || '）', '、' ORDER BY s.role DESC, s.staff_no) AS members
                FROM organization.trial_team t
                LEFT JOIN organization.department d ON d.id = t.department_id
                LEFT JOIN organization.team_member m ON m.team_id = t.id
                LEFT JOIN organization.staff s ON s.id = m.staff_id
                WHERE t.court_id = ? GROUP BY t.id, d.name ORDER BY t.name
                """).param(courtId).query().listOfRows();
    }

    /** Courts with their staff and quota-judge counts on a date. */
    public List<Map<String, Object>> courtSummary(Set<Long> courtIds, LocalDate on) {
        return jdbc.sql("""
                SELECT c.id, c.code, c.name, c.level, c.special, p.code AS parent_code,
                       (SELECT count(*) FROM organization.staff s WHERE s.court_id = c.id) AS staff,
                       (SELECT count(DISTINCT s.id) FROM organization.staff s JOIN organization.quota_term q ON q.staff_id = s.id
                        WHERE s.court_id = c.id AND q.from_date <= :on AND (q.to_date IS NULL OR q.to_date >= :on)) AS quota_judges
                FROM organization.court c LEFT JOIN organization.court p ON p.id = c.parent_id
                WHERE c.id = ANY(:courts) ORDER BY c.code
                """).param("on", on).param("courts", courtIds.toArray(Long[]::new)).query().listOfRows();
    }

    /** Rows for the staff export, one per staff member with the latest quota term. */
    public List<Map<String, String>> staffExportRows(Set<Long> courtIds) {
        return jdbc.sql("""
                SELECT s.staff_no, s.name, c.code AS court_code, coalesce(d.name, '') AS department, s.role,
                       array_to_string(s.posts, ';') AS posts,
                       coalesce(q.from_date::text, '') AS quota_from, coalesce(q.to_date::text, '') AS quota_to,
                       coalesce((SELECT t.name FROM organization.team_member m JOIN organization.trial_team t ON t.id = m.team_id
                                 WHERE m.staff_id = s.id ORDER BY t.id LIMIT 1), '') AS team,
                       coalesce(s.office_phone, '') AS office_phone
                FROM organization.staff s JOIN organization.court c ON c.id = s.court_id
                LEFT JOIN organization.department d ON d.id = s.department_id
                LEFT JOIN LATERAL (SELECT from_date, to_date FROM organization.quota_term WHERE staff_id = s.id
                                   ORDER BY from_date DESC LIMIT 1) q ON true
                WHERE s.court_id = ANY(?) ORDER BY c.code, s.staff_no
                """).param(courtIds.toArray(Long[]::new))
                .query((rs, i) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String column : StaffImport.COLUMNS) row.put(column, rs.getString(column));
                    row.put("role", Role.valueOf(row.get("role")).label());
                    row.put("posts", Arrays.stream(row.get("posts").split(";")).filter(p -> !p.isEmpty())
                            .map(p -> Post.valueOf(p).label()).collect(Collectors.joining(";")));
                    return row;
                }).list();
    }

    static CourtView court(ResultSet rs, int row) throws SQLException {
        String special = rs.getString("special");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new CourtView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                CourtLevel.valueOf(rs.getString("level")), special == null ? null : SpecialCourt.valueOf(special),
                parentId, rs.getString("parent_code"));
    }

    static StaffView staff(ResultSet rs, int row) throws SQLException {
        long department = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : department;
        String kind = rs.getString("department_kind");
        return new StaffView(rs.getLong("id"), rs.getString("staff_no"), rs.getString("name"), rs.getLong("court_id"),
                rs.getString("court_code"), departmentId, rs.getString("department_name"),
                kind == null ? null : DepartmentKind.valueOf(kind), Role.valueOf(rs.getString("role")),
                posts(rs.getArray("posts")), rs.getBoolean("in_quota"), rs.getString("office_phone"));
    }

    static Set<Post> posts(Array array) throws SQLException {
        Set<Post> posts = EnumSet.noneOf(Post.class);
        if (array != null) for (String p : (String[]) array.getArray()) posts.add(Post.valueOf(p));
        return posts;
    }
}
