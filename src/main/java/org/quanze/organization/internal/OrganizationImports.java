package org.quanze.organization.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quanze.authority.DataScope;
import org.quanze.organization.CourtView;
import org.quanze.organization.ImportResult;
import org.quanze.shared.Table;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.quanze.shared.Table;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores checked court and staff files in one transaction each: all rows or none. Re-importing the same file
 * changes nothing. Each import is one trail event carrying the file's SHA-256 and the counts.
 */
@Service
public class OrganizationImports {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final OrganizationStore store;
    private final ApplicationEventPublisher events;

    OrganizationImports(JdbcClient jdbc, JdbcTemplate batch, OrganizationStore store, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public ImportResult importCourts(byte[] file, String fileName, DataScope scope) {
        Table table = Table.read(file);
        Map<String, CourtView> existing = store.courtsByCode();
        List<CourtImport.Row> rows = CourtImport.check(table, existing);
        List<FieldError> refused = new ArrayList<>();
        for (CourtImport.Row row : rows) {
            CourtView anchor = existing.containsKey(row.code()) ? existing.get(row.code()) : existing.get(row.parentCode());
            boolean allowed = scope.all() || anchor != null && scope.coversCourt(anchor.id());
            if (!allowed) refused.add(new FieldError(row.number(), "code", "权力清单不允许向法院「" + row.code() + "」导入：只能导入本院及下级法院"));
        }
        if (!refused.isEmpty()) throw CourtImport.invalid(refused);
        int created = 0, updated = 0, unchanged = 0;
        for (CourtImport.Row row : rows) {
            CourtView current = existing.get(row.code());
            Long parentId = row.parentCode().isEmpty() ? null : store.court(row.parentCode()).orElseThrow().id();
            String special = row.special() == null ? null : row.special().name();
            if (current == null) {
                jdbc.sql("INSERT INTO organization.court (code, name, level, special, parent_id) VALUES (?, ?, ?, ?, ?)")
                        .params(row.code(), row.name(), row.level().name(), special, parentId).update();
                created++;
            } else if (CourtImport.same(row, current)) {
                unchanged++;
            } else {
                jdbc.sql("UPDATE organization.court SET name = ?, level = ?, special = ?, parent_id = ?, version = version + 1 WHERE id = ?")
                        .params(row.name(), row.level().name(), special, parentId, current.id()).update();
                updated++;
            }
        }
        return recorded("IMPORT_COURTS", fileName, file, table, CourtImport.COLUMNS, rows.size(), created, updated, unchanged,
                List.of());
    }

    @Transactional
    public ImportResult importStaff(byte[] file, String fileName, DataScope scope) {
        Table table = Table.read(file);
        Map<String, CourtView> courts = store.courtsByCode();
        List<StaffImport.Row> rows = StaffImport.check(table, courts.keySet());
        List<FieldError> refused = rows.stream().filter(r -> !scope.coversCourt(courts.get(r.courtCode()).id()))
                .map(r -> new FieldError(r.number(), "court_code", "权力清单不允许向法院「" + r.courtCode() + "」导入人员：只能导入本院及下级法院"))
                .toList();
        if (!refused.isEmpty()) throw CourtImport.invalid(refused);
        Map<String, Existing> existing = existingStaff();
        Map<String, Long> departments = keyed("SELECT id, court_id || '/' || name AS k FROM organization.department");
        Map<String, Long> teams = keyed("SELECT id, court_id || '/' || name AS k FROM organization.trial_team");
        int created = 0, updated = 0, unchanged = 0;
        List<String> changed = new ArrayList<>();
        List<Object[]> quota = new ArrayList<>();
        List<Object[]> membership = new ArrayList<>();
        for (StaffImport.Row row : rows) {
            long courtId = courts.get(row.courtCode()).id();
            Long departmentId = row.department().isEmpty() ? null
                    : departments.computeIfAbsent(courtId + "/" + row.department(), k -> jdbc.sql(
                            "INSERT INTO organization.department (court_id, name, kind) VALUES (?, ?, ?) RETURNING id")
                            .params(courtId, row.department(), DepartmentKind.fromName(row.department()).name())
                            .query(Long.class).single());
            String[] posts = row.posts().stream().map(Post::name).sorted().toArray(String[]::new);
            Existing current = existing.get(row.staffNo());
            long staffId;
            if (current == null) {
                staffId = jdbc.sql("""
                        INSERT INTO organization.staff (staff_no, name, court_id, department_id, role, posts, office_phone)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                        .params(row.staffNo(), row.name(), courtId, departmentId, row.role().name(), posts,
                                row.hasOfficePhone() && !row.officePhone().isEmpty() ? row.officePhone() : null)
                        .query(Long.class).single();
                created++;
            } else {
                staffId = current.id();
                String phone = !row.hasOfficePhone() ? current.officePhone() : row.officePhone().isEmpty() ? null : row.officePhone();
                boolean same = current.name().equals(row.name()) && current.courtId() == courtId
                        && Objects.equals(current.departmentId(), departmentId) && current.role().equals(row.role().name())
                        && String.join(",", posts).equals(current.posts())
                        && Objects.equals(current.quotaFrom(), Objects.toString(row.quotaFrom(), null))
                        && Objects.equals(current.quotaTo(), Objects.toString(row.quotaTo(), null))
                        && Objects.equals(current.officePhone(), phone);
                if (same) {
                    unchanged++;
                } else {
                    jdbc.sql("""
                            UPDATE organization.staff SET name = ?, court_id = ?, department_id = ?, role = ?, posts = ?,
                                office_phone = ?, version = version + 1 WHERE id = ?""")
                            .params(row.name(), courtId, departmentId, row.role().name(), posts, phone, staffId).update();
                    updated++;
                    changed.add(row.staffNo());
                }
            }
            if (row.quotaFrom() != null) quota.add(new Object[] {staffId, row.quotaFrom(), row.quotaTo()});
            if (!row.team().isEmpty()) {
                long teamId = teams.computeIfAbsent(courtId + "/" + row.team(), k -> jdbc.sql(
                        "INSERT INTO organization.trial_team (court_id, department_id, name) VALUES (?, ?, ?) RETURNING id")
                        .params(courtId, departmentId, row.team()).query(Long.class).single());
                membership.add(new Object[] {teamId, staffId});
            }
        }
        batch("""
                INSERT INTO organization.quota_term (staff_id, from_date, to_date) VALUES (?, ?, ?)
                ON CONFLICT (staff_id, from_date) DO UPDATE SET to_date = excluded.to_date""", quota);
        batch("INSERT INTO organization.team_member (team_id, staff_id) VALUES (?, ?) ON CONFLICT DO NOTHING", membership);
        return recorded("IMPORT_STAFF", fileName, file, table, StaffImport.COLUMNS, rows.size(), created, updated, unchanged,
                changed);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) batch.batchUpdate(sql, rows);
    }

    private ImportResult recorded(String action, String fileName, byte[] file, Table table, List<String> known,
            int rows, int created, int updated, int unchanged, List<String> updatedKeys) {
        List<String> ignored = table.header().stream().filter(h -> !known.contains(h)).toList();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("file", fileName == null ? "" : fileName);
        changes.put("sha256", sha256(file));
        changes.put("rows", rows);
        changes.put("created", created);
        changes.put("updated", updated);
        changes.put("unchanged", unchanged);
        if (!updatedKeys.isEmpty()) changes.put("updatedKeys", updatedKeys.stream().limit(200).toList());
        if (created + updated > 0) events.publishEvent(Recorded.of(action, "FILE", sha256(file).substring(0, 16), changes));
        return new ImportResult(rows, created, updated, unchanged, ignored);
    }

    private Map<String, Existing> existingStaff() {
        Map<String, Existing> map = new HashMap<>();
        jdbc.sql("""
                SELECT s.id, s.staff_no, s.name, s.court_id, s.department_id, s.role, array_to_string(s.posts, ',') AS posts, s.office_phone,
                       q.from_date::text AS quota_from, q.to_date::text AS quota_to
                FROM organization.staff s
                LEFT JOIN LATERAL (SELECT from_date, to_date FROM organization.quota_term WHERE staff_id = s.id
                                   ORDER BY from_date DESC LIMIT 1) q ON true
                """).query(rs -> {
                    map.put(rs.getString("staff_no"), new Existing(rs.getLong("id"), rs.getString("name"),
                            rs.getLong("court_id"), rs.getObject("department_id", Long.class), rs.getString("role"),
                            rs.getString("posts"), rs.getString("quota_from"), rs.getString("quota_to"), rs.getString("office_phone")));
                });
        return map;
    }

    private Map<String, Long> keyed(String sql) {
        Map<String, Long> map = new HashMap<>();
        jdbc.sql(sql).query(rs -> { map.put(rs.getString("k"), rs.getLong("id")); });
        return map;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Existing(long id, String name, long courtId, Long departmentId, String role, String posts,
            String quotaFrom, String quotaTo, String officePhone) {
    }
}
