package org.quanze.disclosure.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.facts.CaseFacts;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.quanze.shared.Table;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审判流程公开历史导入 — what a court's former portal recorded (cases opened to query, parties' queries, notices
 * sent, hearings announced), as UTF-8 CSV or .xlsx ({@link Table}), so that the transparency figures have the years
 * before quanze to compare with (同比), as the case history import brings the cases. All rows stored or none (every
 * bad row named in one 422); the file is the history of the cases it names, so importing it again changes nothing
 * and a corrected file replaces what an earlier one brought for those cases. Live events are never touched.
 * <p>
 * Columns: {@code case_number, kind, occurred_on} and, as the kind needs them, {@code channel, status, live_streamed,
 * count}. Kinds: 公开查询 (the case opened to query, once), 查询 (a party's queries that day: {@code count}), 通知 (a
 * notice: channel 短信 or 邮件, status 已发送, 失败 or 待核实), 开庭 (a hearing announced: live_streamed 是 or 否).
 */
@Service
public class PortalHistoryImport {

    public static final List<String> COLUMNS = List.of("case_number", "kind", "occurred_on", "channel", "status",
            "live_streamed", "count");
    private static final List<String> REQUIRED = List.of("case_number", "kind", "occurred_on");
    private static final Map<String, String> KINDS = Map.of("公开查询", "QUERY_OPENED", "查询", "QUERY", "通知", "NOTICE",
            "开庭", "HEARING");
    private static final Map<String, String> CHANNELS = Map.of("短信", "SMS", "邮件", "EMAIL");
    private static final Map<String, String> STATUSES = Map.of("已发送", "SENT", "失败", "FAILED", "待核实", "UNCERTAIN");
    private static final int MAX_COUNT = 1000;
    private static final int MAX_LISTED_ERRORS = 100;

    /** What the import did: rows read, the cases they concern, events stored, rows of earlier imports replaced. */
    public record Result(int rows, int cases, long events, int replaced, List<String> ignoredColumns) {
    }

    /** A row checked and ready to store: one or more events of a kind on a day. */
    private record Row(String caseNumber, LocalDate on, String kind, String detail, int count) {
    }

    /** A case as the file may name it: its court (for the importer's scope) and filing date. */
    private record Known(long courtId, LocalDate filedOn) {
    }

    private final JdbcClient jdbc;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalHistoryImport(JdbcClient jdbc, PowerGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Imports a file as the signed-in person, within the courts of his IMPORT_DATA scope. */
    @Transactional
    public Result run(byte[] content, String fileName) {
        DataScope scope = guard.scope(Action.IMPORT_DATA);
        if (scope.empty()) guard.require(Action.IMPORT_DATA);
        return load(content, fileName, scope);
    }

    /** Imports a file as the system (the demo province's history). */
    @Transactional
    public Result load(byte[] content, String fileName, DataScope scope) {
        Table table = Table.read(content);
        List<FieldError> errors = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!table.header().contains(column)) errors.add(new FieldError(null, column, "缺少列「" + column + "」"));
        }
        if (!errors.isEmpty()) throw invalid(errors, errors.size());
        List<Row> rows = check(table.rows(), scope, errors);
        if (!errors.isEmpty()) throw invalid(errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)), errors.size());

        String[] cases = rows.stream().map(Row::caseNumber).distinct().toArray(String[]::new);
        int replaced = jdbc.sql("DELETE FROM portal.imported_event WHERE case_number = ANY(?)").param(cases).update();
        jdbc.sql("""
                INSERT INTO portal.imported_event (case_number, occurred_on, kind, detail, count)
                SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::int[])""")
                .params(rows.stream().map(Row::caseNumber).toArray(String[]::new),
                        rows.stream().map(r -> r.on().toString()).toArray(String[]::new),
                        rows.stream().map(Row::kind).toArray(String[]::new),
                        rows.stream().map(Row::detail).toArray(String[]::new),
                        rows.stream().map(Row::count).toArray(Integer[]::new))
                .update();
        long stored = rows.stream().mapToLong(Row::count).sum();
        List<String> ignored = table.header().stream().filter(h -> !COLUMNS.contains(h)).toList();
        events.publishEvent(Recorded.of("PORTAL_HISTORY_IMPORTED", "IMPORT", fileName == null ? "portal-events.csv" : fileName,
                Map.of("rows", rows.size(), "cases", cases.length, "events", stored, "replaced", replaced)));
        return new Result(rows.size(), cases.length, stored, replaced, ignored);
    }

    /** Every row checked; the bad ones named in {@code errors} (row 1 = the first data row). */
    private List<Row> check(List<Map<String, String>> raw, DataScope scope, List<FieldError> errors) {
        if (raw.isEmpty()) {
            errors.add(new FieldError(null, "file", "文件没有数据行"));
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Known> known = known(raw);
        Set<String> openedLive = openedLive(known.keySet());
        Set<String> opened = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Map<String, String> r : raw) {
            n++;
            int before = errors.size();
            String number = r.getOrDefault("case_number", "");
            Known c = known.get(number);
            if (number.isEmpty()) errors.add(new FieldError(n, "case_number", "案号不能为空"));
            else if (c == null) errors.add(new FieldError(n, "case_number", "案号「" + number + "」不存在"));
            else if (!scope.coversCourt(c.courtId())) errors.add(new FieldError(n, "case_number", "无权导入案件「" + number + "」所在法院的记录"));
            String kindText = r.getOrDefault("kind", "");
            String kind = KINDS.containsKey(kindText) ? KINDS.get(kindText) : KINDS.containsValue(kindText) ? kindText : null;
            if (kind == null) errors.add(new FieldError(n, "kind", "类别应为 公开查询、查询、通知 或 开庭，而不是「" + kindText + "」"));
            LocalDate on = date(n, r.getOrDefault("occurred_on", ""), errors);
            if (on != null && on.isAfter(today)) errors.add(new FieldError(n, "occurred_on", "日期不能晚于今天"));
            if (on != null && c != null && on.isBefore(c.filedOn())) {
                errors.add(new FieldError(n, "occurred_on", "日期 " + on + " 早于立案日期 " + c.filedOn()));
            }
            Integer count = count(n, r.getOrDefault("count", ""), errors);
            String detail = kind == null ? null : detail(n, kind, r, errors);
            if ("QUERY_OPENED".equals(kind)) {
                if (count != null && count != 1) errors.add(new FieldError(n, "count", "一件案件只公开查询一次"));
                if (openedLive.contains(number)) errors.add(new FieldError(n, "kind", "该案已在本系统公开查询"));
                else if (c != null && !opened.add(number)) errors.add(new FieldError(n, "kind", "该案的公开查询在文件中重复"));
            }
            if (errors.size() == before) rows.add(new Row(number, on, kind, detail, count));
        }
        return rows;
    }

    /** The channel and status of a notice, or whether a hearing was streamed; nothing else takes them. */
    private static String detail(int n, String kind, Map<String, String> r, List<FieldError> errors) {
        String channel = r.getOrDefault("channel", "");
        String status = r.getOrDefault("status", "");
        String live = r.getOrDefault("live_streamed", "");
        if (!kind.equals("NOTICE")) {
            if (!channel.isEmpty()) errors.add(new FieldError(n, "channel", "只有通知填写渠道"));
            if (!status.isEmpty()) errors.add(new FieldError(n, "status", "只有通知填写状态"));
        }
        if (!kind.equals("HEARING") && !live.isEmpty()) errors.add(new FieldError(n, "live_streamed", "只有开庭填写是否直播"));
        return switch (kind) {
            case "NOTICE" -> {
                String ch = CHANNELS.containsKey(channel) ? CHANNELS.get(channel) : CHANNELS.containsValue(channel) ? channel : null;
                String st = STATUSES.containsKey(status) ? STATUSES.get(status) : STATUSES.containsValue(status) ? status : null;
                if (ch == null) errors.add(new FieldError(n, "channel", "通知渠道应为 短信 或 邮件，而不是「" + channel + "」"));
                if (st == null) errors.add(new FieldError(n, "status", "通知状态应为 已发送、失败 或 待核实，而不是「" + status + "」"));
                yield ch + ":" + st;
            }
            case "HEARING" -> switch (live) {
                case "是" -> "LIVE";
                case "", "否" -> "NOT_LIVE";
                default -> {
                    errors.add(new FieldError(n, "live_streamed", "应为 是 或 否，而不是「" + live + "」"));
                    yield null;
                }
            };
            default -> null;
        };
    }

    /** The cases the file names, found at once (a file may name a province's year). */
    private Map<String, Known> known(List<Map<String, String>> raw) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Map<String, String> r : raw) numbers.add(r.getOrDefault("case_number", ""));
        Map<String, Known> known = new HashMap<>();
        jdbc.sql("SELECT case_number, court_id, filed_on FROM " + CaseFacts.VIEW + " WHERE case_number = ANY(?)")
                .param(numbers.toArray(String[]::new))
                .query(rs -> { known.put(rs.getString(1), new Known(rs.getLong(2), rs.getObject(3, LocalDate.class))); });
        return known;
    }

    /** Of these cases, those opened to query in quanze itself (a query code issued here). */
    private Set<String> openedLive(Set<String> numbers) {
        return new HashSet<>(jdbc.sql("SELECT case_number FROM portal.open_case WHERE case_number = ANY(?)")
                .param(numbers.toArray(String[]::new)).query(String.class).list());
    }

    private static LocalDate date(int n, String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(new FieldError(n, "occurred_on", "日期不能为空"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(n, "occurred_on", "日期「" + text + "」应写作 YYYY-MM-DD"));
            return null;
        }
    }

    private static Integer count(int n, String text, List<FieldError> errors) {
        if (text.isEmpty()) return 1;
        try {
            int count = Integer.parseInt(text);
            if (count >= 1 && count <= MAX_COUNT) return count;
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError(n, "count", "次数应为 1 至 " + MAX_COUNT + " 的整数，而不是「" + text + "」"));
        return null;
    }

    private static DomainException invalid(List<FieldError> listed, int total) {
        return DomainException.importRefused("import.portal.invalid", listed, total);
    }
}
