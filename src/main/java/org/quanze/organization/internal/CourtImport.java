package org.quanze.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.quanze.organization.CourtView;
import org.quanze.organization.ImportResult;
import org.quanze.organization.SpecialCourt;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Table;

/**
 * Checks a courts file row by row against the code scheme (法〔2015〕137号 第4–5条: a high court's code is the
 * province abbreviation, an intermediate court's adds 2 digits, a basic court's 4) and the three-level hierarchy, then
 * says what to store. Nothing is written unless every row is good.
 */
final class CourtImport {

    static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code", "special");
    private static final Pattern CODE = Pattern.compile("^[\\u4e00-\\u9fa5]{1,3}(\\d{2}|\\d{4})?$");

    record Row(int number, String code, String name, CourtLevel level, SpecialCourt special, String parentCode) {
    }

    private CourtImport() {
    }

    /** The rows in the order they can be stored (parents first), or every bad row in a 422. */
    static List<Row> check(Table table, Map<String, CourtView> existing) {
        List<FieldError> errors = new ArrayList<>();
        requireColumns(table, List.of("code", "name", "level"), errors);
        if (!errors.isEmpty()) throw invalid(errors);
        List<Row> rows = new ArrayList<>();
        Map<String, CourtLevel> levels = new HashMap<>();
        existing.values().forEach(c -> levels.put(c.code(), c.level()));
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        int n = 0;
        for (Map<String, String> raw : table.rows()) {
            n++;
            String code = raw.getOrDefault("code", "");
            String name = raw.getOrDefault("name", "");
            String parent = raw.getOrDefault("parent_code", "");
            CourtLevel level = null;
            SpecialCourt special = null;
            if (code.isEmpty()) errors.add(new FieldError(n, "code", "法院代字不能为空"));
            else if (!CODE.matcher(code).matches()) errors.add(new FieldError(n, "code", "法院代字「" + code + "」不符合案号规定：省级简称加两位（中级）或四位（基层）数字"));
            else if (!codes.add(code)) errors.add(new FieldError(n, "code", "法院代字「" + code + "」在文件中重复"));
            if (name.isEmpty()) errors.add(new FieldError(n, "name", "法院名称不能为空"));
            else if (!names.add(name)) errors.add(new FieldError(n, "name", "法院名称「" + name + "」在文件中重复"));
            else {
                String holder = existing.values().stream().filter(c -> c.name().equals(name) && !c.code().equals(code))
                        .map(CourtView::code).findFirst().orElse(null);
                if (holder != null) errors.add(new FieldError(n, "name", "法院名称「" + name + "」已由代字 " + holder + " 使用"));
            }
            try {
                level = CourtLevel.fromLabel(raw.getOrDefault("level", ""));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(n, "level", "层级应为 高级、中级 或 基层，而不是「" + raw.getOrDefault("level", "") + "」"));
            }
            String specialText = raw.getOrDefault("special", "");
            if (!specialText.isEmpty()) {
                try {
                    special = SpecialCourt.fromLabel(specialText);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(n, "special", "专门法院类别「" + specialText + "」不可识别（铁路运输、林区、海事、知识产权、金融、其他）"));
                }
            }
            if (level != null && CODE.matcher(code).matches()) {
                int digits = code.replaceAll("\\D", "").length();
                int expected = switch (level) { case HIGH -> 0; case INTERMEDIATE -> 2; case BASIC -> 4; };
                if (digits != expected) errors.add(new FieldError(n, "code", level.label() + "法院的代字应有 " + expected + " 位数字，「" + code + "」有 " + digits + " 位"));
                levels.put(code, level);
            }
            rows.add(new Row(n, code, name, level, special, parent));
        }
        for (Row row : rows) {
            if (row.level() == null) continue;
            if (row.level() == CourtLevel.HIGH) {
                if (!row.parentCode().isEmpty()) errors.add(new FieldError(row.number(), "parent_code", "高级法院不应有上级法院"));
                continue;
            }
            if (row.parentCode().isEmpty()) {
                errors.add(new FieldError(row.number(), "parent_code", row.level().label() + "法院必须填写上级法院代字"));
                continue;
            }
            CourtLevel parentLevel = levels.get(row.parentCode());
            CourtLevel expected = row.level() == CourtLevel.BASIC ? CourtLevel.INTERMEDIATE : CourtLevel.HIGH;
            if (parentLevel == null) errors.add(new FieldError(row.number(), "parent_code", "上级法院代字「" + row.parentCode() + "」不存在"));
            else if (parentLevel != expected) errors.add(new FieldError(row.number(), "parent_code", row.level().label() + "法院的上级应是" + expected.label() + "法院，「" + row.parentCode() + "」是" + parentLevel.label() + "法院"));
        }
        if (!errors.isEmpty()) throw invalid(errors);
        rows.sort(Comparator.comparing(Row::level));
        return rows;
    }

    static boolean same(Row row, CourtView current) {
        return current.name().equals(row.name()) && current.level() == row.level()
                && current.special() == row.special()
                && Objects.equals(Objects.toString(current.parentCode(), ""), row.parentCode());
    }

    static void requireColumns(Table table, List<String> required, List<FieldError> errors) {
        for (String column : required) {
            if (!table.header().contains(column)) errors.add(new FieldError(0, column, "缺少必需的列「" + column + "」"));
        }
    }

    static DomainException invalid(List<FieldError> errors) {
        return DomainException.importRefused("import.invalid", errors, errors.size());
    }

    static ImportResult empty() {
        return new ImportResult(0, 0, 0, 0, List.of());
    }
}
