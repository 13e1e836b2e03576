package org.quanze.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.shared.DomainException;
import org.quanze.shared.Recorded;
import org.quanze.supervision.domain.InterferenceManner;
import org.quanze.supervision.domain.InterferenceOrigin;
import org.quanze.supervision.domain.RecorderProtection;
import org.quanze.supervision.domain.SupervisionRefusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 干预司法记录: anyone records (全面、如实记录，全程留痕 — 中办发〔2015〕23号 第5条); the record is permanent (the database
 * refuses UPDATE, DELETE and TRUNCATE), routed to the office that handles its origin, and corrected only by a new record.
 */
@Service
public class InterferenceRecords {

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final Organization organization;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Clock clock;

    /** A permanent record stays readable: a name, a post and a text each have a bound (the message names it). */
    static final int NAME_LIMIT = 50;
    static final int POST_LIMIT = 100;
    static final int TEXT_LIMIT = 2000;
    static final int CASE_NUMBER_LIMIT = 40;

    InterferenceRecords(JdbcClient jdbc, CaseFiles cases, Organization organization, PowerGuard guard,
            ApplicationEventPublisher events, @Value("${quanze.zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.cases = cases;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
        this.zone = zone;
    }

    public record NewRecord(String caseNumber, InterferenceOrigin origin, String intervenerName, String intervenerPost,
            Instant occurredAt, InterferenceManner manner, String request, String response, boolean outsideChannel,
            Long correctsId) {
    }

    /** A record as a viewer sees it; {@code recorder} is null unless the viewer may see who recorded. */
    public record Entry(long id, String courtCode, String caseNumber, InterferenceOrigin origin, String intervenerName,
            String intervenerPost, Instant occurredAt, InterferenceManner manner, String request, String response,
            boolean outsideChannel, Long correctsId, String routedTo, String recorder, Instant recordedAt, List<String> handling) {
    }

    /** 季度报告 row: per court and origin, for the 同级党委政法委 and the upper court (中办发〔2015〕23号 第7条 [P]). */
    public record QuarterRow(String courtCode, String courtName, long external, long internal, long outsideChannel) {
        public boolean nil() { return external + internal == 0; }
    }

    @Transactional
    public long record(NewRecord r) {
        Actor me = guard.require(Action.RECORD_INTERFERENCE);
        Long courtId = me.courtId();
        List<DomainException.FieldError> wrong = new java.util.ArrayList<>();
        if (notBlank(r.caseNumber())) {
            // a case number is short; anything longer is not looked up, nor repeated back
            java.util.Optional<CaseView> c = r.caseNumber().strip().length() > CASE_NUMBER_LIMIT ? java.util.Optional.empty()
                    : cases.find(r.caseNumber().strip());
            if (c.isPresent()) {
                if (!me.administrator() && !me.courtSubtreeIds().contains(c.get().courtId())) throw SupervisionRefusal.otherCourt();
                courtId = c.get().courtId();
            }
            else wrong.add(DomainException.FieldError.of("caseNumber", "没有此案号的案件"));
        } else if (courtId == null) {
            wrong.add(DomainException.FieldError.of("caseNumber", "请填写案号"));
        }
        check(wrong, r.origin() != null, "origin", "请选择干预来源");
        check(wrong, r.manner() != null, "manner", "请选择方式");
        text(wrong, r.intervenerName(), "intervenerName", "请填写干预人姓名", "干预人姓名", NAME_LIMIT);
        text(wrong, r.intervenerPost(), "intervenerPost", "请填写干预人单位和职务", "单位及职务", POST_LIMIT);
        text(wrong, r.request(), "request", "请填写干预的具体要求", "提出的要求", TEXT_LIMIT);
        text(wrong, r.response(), "response", "请填写处理情况", "处理情况", TEXT_LIMIT);
        check(wrong, r.occurredAt() != null, "occurredAt", "请填写时间");
        check(wrong, r.occurredAt() == null || !r.occurredAt().isAfter(clock.instant()), "occurredAt",
                "时间不能晚于现在：记录的是已经发生的干预");
        if (r.correctsId() != null && entries("id = ?::bigint", String.valueOf(r.correctsId()), null).isEmpty()) {
            wrong.add(DomainException.FieldError.of("correctsId", "没有第 " + r.correctsId() + " 号记录"));
        }
        if (!wrong.isEmpty()) throw SupervisionRefusal.invalid(wrong);
        long id = jdbc.sql("""
                INSERT INTO supervision.interference_record (court_id, case_number, origin, intervener_name, intervener_post,
                    occurred_at, manner, request, response, outside_channel, corrects_id, routed_to, recorded_by_id, recorded_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(courtId, blankToNull(r.caseNumber()), r.origin().name(), r.intervenerName().strip(), r.intervenerPost().strip(),
                        java.sql.Timestamp.from(r.occurredAt()), r.manner().name(), r.request().strip(), r.response().strip(),
                        r.outsideChannel(), r.correctsId(), r.origin().routedTo().name(), me.staffId(), me.name())
                .query(Long.class).single();
        // The trail names the actor; so the event has a neutral target and no case number, and never appears on the
        // case timeline. The case page shows the record from this table, with the recorder hidden.
        events.publishEvent(Recorded.of("INTERFERENCE_RECORDED", "INTERFERENCE_RECORD", String.valueOf(id),
                Map.of("origin", r.origin().name(), "routedTo", r.origin().routedTo().label(),
                        "corrects", r.correctsId() == null ? "" : r.correctsId().toString())));
        return id;
    }

    /** The handling office notes what it did; also permanent. */
    @Transactional
    public void handle(long recordId, String note) {
        Actor me = guard.require(Action.RECORD_INTERFERENCE);
        Entry e = entryRow(recordId);
        if (!RecorderProtection.handles(me, e.origin())) throw SupervisionRefusal.invalid("office", "该记录不由您所在部门处理");
        require(notBlank(note), "note", "请填写处理意见");
        jdbc.sql("INSERT INTO supervision.interference_handling (record_id, note, by_name) VALUES (?, ?, ?)")
                .params(recordId, note.strip(), me.name()).update();
        events.publishEvent(Recorded.of("INTERFERENCE_HANDLED", "INTERFERENCE_RECORD", String.valueOf(recordId), Map.of("note", note.strip())));
    }

    /** Records of a case for someone who may view the case; the recorder is hidden from all but the offices. */
    public List<Entry> ofCase(String caseNumber) {
        CaseView c = cases.find(caseNumber).orElseThrow(() -> SupervisionRefusal.notFound("案号 " + caseNumber));
        Actor me = guard.require(Action.VIEW_CASE, CaseFiles.powerContext(c));
        return entries("case_number = ?", caseNumber, me);
    }

    /** Records routed to the person's office in the courts the person may see, and those the person recorded. */
    public List<Entry> forViewer(Actor me) {
        if (me.administrator()) return entries("true OR ?::text IS NULL", "", me);
        List<Entry> mine = me.staffId() == null ? List.of()
                : entries("recorded_by_id = ?::bigint", String.valueOf(me.staffId()), me);
        List<Entry> routed = me.office() == null ? List.of() : entries("routed_to = ?", me.office().name(), me).stream()
                .filter(e -> organization.court(e.courtCode()).map(c -> me.courtSubtreeIds().contains(c.id())).orElse(false)).toList();
        Map<Long, Entry> all = new LinkedHashMap<>();
        routed.forEach(e -> all.put(e.id(), e));
        mine.forEach(e -> all.putIfAbsent(e.id(), e));
        return List.copyOf(all.values());
    }

    /** Routed records without any handling step yet (workbench of the offices). */
    public List<Entry> toHandle(Actor me) {
        return forViewer(me).stream().filter(e -> e.handling().isEmpty() && RecorderProtection.handles(me, e.origin())).toList();
    }

    /** The quarterly report is for the two handling offices and the president. */
    public boolean mayReport(Actor me) {
        return RecorderProtection.handles(me, InterferenceOrigin.EXTERNAL) || RecorderProtection.handles(me, InterferenceOrigin.INTERNAL)
                || me.holds(org.quanze.shared.Post.PRESIDENT);
    }

    /** 季度报告 with 零报告: every court in the person's view, with zero where nothing was recorded. */
    public List<QuarterRow> quarter(Actor me, int year, int quarter) {
        if (!mayReport(me)) {
            throw SupervisionRefusal.notReporter();
        }
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        Map<Long, long[]> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT court_id, count(*) FILTER (WHERE origin = 'EXTERNAL'), count(*) FILTER (WHERE origin = 'INTERNAL'),
                       count(*) FILTER (WHERE outside_channel)
                FROM supervision.interference_record WHERE occurred_at >= ? AND occurred_at < ? GROUP BY court_id""")
                .params(java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()),
                        java.sql.Timestamp.from(from.plusMonths(3).atStartOfDay(zone).toInstant()))
                .query(rs -> { counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}); });
        return organization.courts().stream().filter(c -> me.administrator() || me.courtSubtreeIds().contains(c.id()))
                .sorted(java.util.Comparator.comparing(CourtView::code))
                .map(c -> {
                    long[] n = counts.getOrDefault(c.id(), new long[3]);
                    return new QuarterRow(c.code(), c.name(), n[0], n[1], n[2]);
                }).toList();
    }

    private Entry entryRow(long id) {
        return entries("id = ?::bigint", String.valueOf(id), null).stream().findFirst()
                .orElseThrow(() -> SupervisionRefusal.notFound("记录 " + id));
    }

    /** {@code where} is one of this class's constant conditions with one parameter, never user text. */
    private List<Entry> entries(String where, String param, Actor viewer) {
        return jdbc.sql("SELECT * FROM supervision.interference_record WHERE " + where + " ORDER BY occurred_at DESC, id DESC LIMIT 1000")
                .param(param).query((rs, i) -> map(rs, viewer)).list();
    }

    private Entry map(java.sql.ResultSet rs, Actor viewer) throws java.sql.SQLException {
        long id = rs.getLong("id");
        Long recorderId = rs.getObject("recorded_by_id", Long.class);
        String recorder = viewer != null && RecorderProtection.maySee(viewer, recorderId) ? rs.getString("recorded_by_name") : null;
        String courtCode = organization.court(rs.getLong("court_id")).map(CourtView::code).orElse("");
        List<String> handling = jdbc.sql("SELECT by_name || '：' || note FROM supervision.interference_handling WHERE record_id = ? ORDER BY at")
                .param(id).query(String.class).list();
        return new Entry(id, courtCode, rs.getString("case_number"), InterferenceOrigin.valueOf(rs.getString("origin")),
                rs.getString("intervener_name"), rs.getString("intervener_post"), rs.getTimestamp("occurred_at").toInstant(),
                InterferenceManner.valueOf(rs.getString("manner")), rs.getString("request"), rs.getString("response"),
                rs.getBoolean("outside_channel"), rs.getObject("corrects_id", Long.class), rs.getString("routed_to"), recorder,
                rs.getTimestamp("recorded_at").toInstant(), handling);
    }

    private static void check(List<DomainException.FieldError> wrong, boolean ok, String field, String reason) {
        if (!ok) wrong.add(DomainException.FieldError.of(field, reason));
    }

    /** A text the record must hold, no longer than {@code limit} characters (the message names the limit). */
    private static void text(List<DomainException.FieldError> wrong, String value, String field, String missing, String label, int limit) {
        if (!notBlank(value)) {
            wrong.add(DomainException.FieldError.of(field, missing));
        } else if (value.strip().length() > limit) {
            wrong.add(DomainException.FieldError.of(field, label + "最多 " + limit + " 个字，现为 " + value.strip().length() + " 个字"));
        }
    }

    private static void require(boolean ok, String field, String reason) {
        if (!ok) throw SupervisionRefusal.invalid(field, reason);
    }

    private static boolean notBlank(String s) { return s != null && !s.isBlank(); }

    private static String blankToNull(String s) { return notBlank(s) ? s.strip() : null; }
}
