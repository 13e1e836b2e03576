package org.quanze.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.review.domain.ConflictRule;
import org.quanze.review.domain.QualityResult;
import org.quanze.review.domain.ReviewKind;
import org.quanze.review.domain.ReviewRefusal;
import org.quanze.review.domain.SelfOrCross;
import org.quanze.review.domain.TwoWay;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.quanze.shared.Table;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评查台账导入 — the ledger of an older review tool, as UTF-8 CSV or .xlsx (its first sheet; read as every import
 * reads a file, {@link Table}): all rows stored or none (every bad row named in
 * one 422), and idempotent — a row is known by its case, kind and enrolment date, so a repeated file changes nothing
 * and a corrected one updates the rows it corrects. A key-review row of a 发改指 case also registers the case as one
 * that should be enrolled (应纳入评查), on its enrolment date.
 */
@Service
public class LedgerImport {

    public static final List<String> COLUMNS = List.of("case_number", "kind", "reviewing_court_code", "enrolled_on",
            "concluded_on", "result", "committee_studied", "two_way_applied", "self_or_cross");
    private static final List<String> REQUIRED = List.of("case_number", "kind", "reviewing_court_code", "enrolled_on");
    private static final Set<String> FAULTS = Set.of("REVERSED", "REMANDED", "RETRIAL_ORDERED");

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final Organization organization;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerImport(JdbcClient jdbc, CaseFiles cases, Organization organization, PowerGuard guard,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** What the import did: rows read, reviews created and updated, rows already as in the file. */
    public record Result(int rows, int created, int updated, int unchanged, List<String> ignoredColumns) {
    }

    /** A row checked and ready to store. */
    record Row(String caseNumber, long caseCourtId, String upperOutcome, ReviewKind kind, long reviewingCourtId,
            LocalDate enrolledOn, LocalDate concludedOn, QualityResult result, boolean committee, TwoWay twoWay,
            SelfOrCross selfOrCross) {

        String key() {
            return caseNumber + "|" + kind.name() + "|" + enrolledOn;
        }
    }

    @Transactional
    public Result run(byte[] content, String fileName) {
        DataScope scope = guard.scope(Action.IMPORT_DATA);
        if (scope.empty()) guard.require(Action.IMPORT_DATA);
        Table table = Table.read(content);
        List<String> header = table.header();
        List<Map<String, String>> raw = table.rows();
        List<FieldError> errors = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!header.contains(column)) errors.add(new FieldError(null, column, "缺少列「" + column + "」"));
        }
        if (!errors.isEmpty()) throw ReviewRefusal.badRows(errors);
        List<Row> rows = check(raw, scope, errors);
        if (!errors.isEmpty()) throw ReviewRefusal.badRows(errors);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row row : rows) {
            switch (store(row)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (row.kind() == ReviewKind.KEY && FAULTS.contains(row.upperOutcome())) {
                jdbc.sql("""
                        INSERT INTO review.key_candidate (case_number, case_court_id, reason, recorded_on)
                        VALUES (?, ?, ?, ?) ON CONFLICT (case_number) DO NOTHING""")
                        .params(row.caseNumber(), row.caseCourtId(), row.upperOutcome(), row.enrolledOn()).update();
            }
        }
        List<String> ignored = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        Result result = new Result(rows.size(), created, updated, unchanged, ignored);
        if (created + updated > 0) {
            events.publishEvent(Recorded.of("REVIEW_LEDGER_IMPORTED", "IMPORT", fileName == null ? "reviews.csv" : fileName,
                    Map.of("rows", rows.size(), "created", created, "updated", updated, "unchanged", unchanged)));
        }
        return result;
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    private Outcome store(Row row) {
        String status = row.concludedOn() == null ? "ENROLLED" : "CONCLUDED";
        Map<String, Object> existing = jdbc.sql("""
                SELECT case_court_id, reviewing_court_id, status, result, concluded_on, committee_studied, two_way, self_or_cross
                FROM review.review WHERE import_key = ?""").param(row.key()).query().listOfRows().stream().findFirst().orElse(null);
        Object[] values = {row.reviewingCourtId(), status, row.result() == null ? null : row.result().name(), row.concludedOn(),
                row.committee(), row.twoWay() == null ? null : row.twoWay().name(), row.selfOrCross() == null ? null : row.selfOrCross().name()};
        if (existing == null) {
            jdbc.sql("""
                    INSERT INTO review.review (case_number, case_court_id, reviewing_court_id, kind, reason, status, result,
                        concluded_on, committee_studied, two_way, self_or_cross, enrolled_on, import_key)
                    VALUES (?, ?, ?, ?, '台账导入', ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.caseNumber(), row.caseCourtId(), values[0], row.kind().name(), values[1], values[2], values[3],
                            values[4], values[5], values[6], row.enrolledOn(), row.key()).update();
            return Outcome.CREATED;
        }
        Object[] now = {((Number) existing.get("reviewing_court_id")).longValue(), existing.get("status"), existing.get("result"),
                existing.get("concluded_on") == null ? null : ((java.sql.Date) existing.get("concluded_on")).toLocalDate(),
                existing.get("committee_studied"), existing.get("two_way"), existing.get("self_or_cross")};
        if (java.util.Arrays.equals(now, values)) return Outcome.UNCHANGED;
        jdbc.sql("""
                UPDATE review.review SET reviewing_court_id = ?, status = ?, result = ?, concluded_on = ?, committee_studied = ?,
                    two_way = ?, self_or_cross = ?, version = version + 1 WHERE import_key = ?""")
                .params(values[0], values[1], values[2], values[3], values[4], values[5], values[6], row.key()).update();
        return Outcome.UPDATED;
    }

    /** Every row checked; the bad ones named in {@code errors} (row 1 = the first data row). */
    List<Row> check(List<Map<String, String>> raw, DataScope scope, List<FieldError> errors) {
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int n = 0;
        for (Map<String, String> r : raw) {
            n++;
            int before = errors.size();
            String number = r.getOrDefault("case_number", "");
            CaseView c = null;
            if (number.isEmpty()) errors.add(new FieldError(n, "case_number", "案号不能为空"));
            else {
                c = cases.find(number).orElse(null);
                if (c == null) errors.add(new FieldError(n, "case_number", "案号「" + number + "」不存在"));
            }
            ReviewKind kind = parse(n, "kind", r.getOrDefault("kind", ""), ReviewKind::fromLabel,
                    "评查类别应为 常规、重点、专项、文书、庭审 或 卷宗", errors, true);
            String courtCode = r.getOrDefault("reviewing_court_code", "");
            CourtView reviewing = null;
            if (courtCode.isEmpty()) errors.add(new FieldError(n, "reviewing_court_code", "评查法院代字不能为空"));
            else {
                reviewing = organization.court(courtCode).orElse(null);
                if (reviewing == null) errors.add(new FieldError(n, "reviewing_court_code", "法院代字「" + courtCode + "」不存在"));
                else if (!scope.coversCourt(reviewing.id())) {
                    errors.add(new FieldError(n, "reviewing_court_code", "无权导入法院「" + courtCode + "」的评查台账"));
                }
            }
            LocalDate enrolled = date(n, "enrolled_on", r.getOrDefault("enrolled_on", ""), errors, true);
            LocalDate concluded = date(n, "concluded_on", r.getOrDefault("concluded_on", ""), errors, false);
            if (enrolled != null && enrolled.isAfter(today)) errors.add(new FieldError(n, "enrolled_on", "纳入评查日期不能晚于今天"));
            if (enrolled != null && concluded != null && concluded.isBefore(enrolled)) {
                errors.add(new FieldError(n, "concluded_on", "评定日期 " + concluded + " 早于纳入日期 " + enrolled));
            }
            QualityResult result = parse(n, "result", r.getOrDefault("result", ""), QualityResult::fromLabel,
                    "评查结果应为 优秀、合格、瑕疵 或 不合格", errors, false);
            if (concluded != null && r.getOrDefault("result", "").isEmpty()) {
                errors.add(new FieldError(n, "result", "已评定（有评定日期）的评查须填写结果"));
            }
            if (r.getOrDefault("concluded_on", "").isEmpty() && !r.getOrDefault("result", "").isEmpty()) {
                errors.add(new FieldError(n, "concluded_on", "有评查结果的须填写评定日期；正在评查的两列均留空"));
            }
            Boolean committee = yesNo(n, "committee_studied", r.getOrDefault("committee_studied", ""), errors);
            Boolean twoWayApplied = yesNo(n, "two_way_applied", r.getOrDefault("two_way_applied", ""), errors);
            SelfOrCross soc = parse(n, "self_or_cross", r.getOrDefault("self_or_cross", ""), SelfOrCross::fromLabel,
                    "评查方式应为 自查 或 互查", errors, false);
            TwoWay twoWay = null;
            if (c != null && Boolean.TRUE.equals(twoWayApplied)) {
                CourtView caseCourt = organization.court(c.courtId()).orElseThrow();
                twoWay = TwoWay.forCaseCourt(caseCourt.level()).orElse(null);
                if (twoWay == null) errors.add(new FieldError(n, "two_way_applied", "高级法院的案件不在省内申请双向评查"));
            }
            if (c != null && reviewing != null && soc == SelfOrCross.CROSS && reviewing.id() == c.courtId()) {
                ConflictRule rule = ConflictRule.OWN_COURT_IN_CROSS_REVIEW;
                errors.add(new FieldError(n, "self_or_cross", rule.code() + " " + rule.description()));
            }
            if (c != null && reviewing != null && soc == SelfOrCross.SELF && reviewing.id() != c.courtId()) {
                errors.add(new FieldError(n, "self_or_cross", "自查的评查法院应为案件所在法院"));
            }
            if (errors.size() > before) continue;
            Row row = new Row(c.caseNumber(), c.courtId(), c.upperOutcome(), kind, reviewing.id(), enrolled, concluded, result,
                    Boolean.TRUE.equals(committee), twoWay, soc);
            if (!keys.add(row.key())) {
                errors.add(new FieldError(n, "case_number", "同一案件、评查类别和纳入日期在文件中重复"));
                continue;
            }
            rows.add(row);
        }
        if (raw.isEmpty()) errors.add(new FieldError(null, "file", "文件没有数据行"));
        return rows;
    }

    private static <T> T parse(int n, String field, String text, java.util.function.Function<String, T> parser, String message,
            List<FieldError> errors, boolean required) {
        if (text.isEmpty()) {
            if (required) errors.add(new FieldError(n, field, "不能为空"));
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(n, field, message + "，而不是「" + text + "」"));
            return null;
        }
    }

    private static LocalDate date(int n, String field, String text, List<FieldError> errors, boolean required) {
        if (text.isEmpty()) {
            if (required) errors.add(new FieldError(n, field, "日期不能为空"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(n, field, "日期「" + text + "」应写作 YYYY-MM-DD"));
            return null;
        }
    }

    private static Boolean yesNo(int n, String field, String text, List<FieldError> errors) {
        return switch (text) {
            case "", "否" -> false;
            case "是" -> true;
            default -> {
                errors.add(new FieldError(n, field, "应为 是 或 否，而不是「" + text + "」"));
                yield null;
            }
        };
    }
}
