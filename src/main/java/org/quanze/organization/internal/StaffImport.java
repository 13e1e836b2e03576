package org.quanze.organization.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Post;
import org.quanze.shared.Role;
import org.quanze.shared.Table;

/**
 * Checks a staff file row by row: known court, role and posts, quota terms only for quota judges (员额法官, who must
 * have one), dates as YYYY-MM-DD with the end not before the start, and each staff number once.
 */
final class StaffImport {

    static final List<String> COLUMNS = List.of("staff_no", "name", "court_code", "department", "role", "posts",
            "quota_from", "quota_to", "team");

    record Row(int number, String staffNo, String name, String courtCode, String department, Role role,
            Set<Post> posts, LocalDate quotaFrom, LocalDate quotaTo, String team) {
    }

    private StaffImport() {
    }

    static List<Row> check(Table table, Set<String> courtCodes) {
        List<FieldError> errors = new ArrayList<>();
        CourtImport.requireColumns(table, List.of("staff_no", "name", "court_code", "role"), errors);
        if (!errors.isEmpty()) throw CourtImport.invalid(errors);
        List<Row> rows = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int n = 0;
        for (Map<String, String> raw : table.rows()) {
            n++;
            String staffNo = raw.getOrDefault("staff_no", "");
            String name = raw.getOrDefault("name", "");
            String court = raw.getOrDefault("court_code", "");
            if (staffNo.isEmpty()) errors.add(new FieldError(n, "staff_no", "人员编号不能为空"));
            else if (!numbers.add(staffNo)) errors.add(new FieldError(n, "staff_no", "人员编号「" + staffNo + "」在文件中重复"));
            if (name.isEmpty()) errors.add(new FieldError(n, "name", "姓名不能为空"));
            if (court.isEmpty()) errors.add(new FieldError(n, "court_code", "法院代字不能为空"));
            else if (!courtCodes.contains(court)) errors.add(new FieldError(n, "court_code", "法院代字「" + court + "」不存在，请先导入法院"));
            Role role = null;
            try {
                role = Role.fromLabel(raw.getOrDefault("role", ""));
                if (role == Role.ADMINISTRATOR) throw new IllegalArgumentException();
            } catch (IllegalArgumentException e) {
                role = null;
                errors.add(new FieldError(n, "role", "人员类别应为 员额法官、法官助理、书记员、人民陪审员 或 司法行政人员，而不是「" + raw.getOrDefault("role", "") + "」"));
            }
            Set<Post> posts = EnumSet.noneOf(Post.class);
            for (String label : raw.getOrDefault("posts", "").split("[;；]")) {
                if (label.isBlank()) continue;
                try {
                    posts.add(Post.fromLabel(label.trim()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(n, "posts", "职务「" + label.trim() + "」不可识别"));
                }
            }
            LocalDate from = date(raw.getOrDefault("quota_from", ""), n, "quota_from", errors);
            LocalDate to = date(raw.getOrDefault("quota_to", ""), n, "quota_to", errors);
            if (from != null && to != null && to.isBefore(from)) errors.add(new FieldError(n, "quota_to", "员额终止日期早于起始日期"));
            if (to != null && from == null) errors.add(new FieldError(n, "quota_from", "填写了员额终止日期，但没有起始日期"));
            if (role == Role.QUOTA_JUDGE && raw.getOrDefault("quota_from", "").isEmpty()) {
                errors.add(new FieldError(n, "quota_from", "员额法官必须填写入额日期"));
            }
            if (role != null && role != Role.QUOTA_JUDGE && from != null) {
                errors.add(new FieldError(n, "quota_from", role.label() + "不能有员额期间，只有员额法官入额"));
            }
            rows.add(new Row(n, staffNo, name, court, raw.getOrDefault("department", ""), role, posts, from, to,
                    raw.getOrDefault("team", "")));
        }
        if (!errors.isEmpty()) throw CourtImport.invalid(errors);
        return rows;
    }

    private static LocalDate date(String text, int row, String field, List<FieldError> errors) {
        if (text.isEmpty()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(row, field, "日期「" + text + "」应为 YYYY-MM-DD 格式的有效日期"));
            return null;
        }
    }
}
