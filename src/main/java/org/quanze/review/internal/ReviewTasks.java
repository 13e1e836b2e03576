package org.quanze.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.DataScope;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.review.domain.ReviewKind;
import org.quanze.review.domain.ReviewRefusal;
import org.quanze.review.domain.SelfOrCross;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专项评查 and 上网裁判文书评查 tasks: an upper court's office sets the scope and the sample, and the sampled cases are
 * enrolled at once. The sample is drawn in the database, repeatably (ordered by a hash of the case number and the
 * task). A special review is carried out by the court that set it; a document review by each case's own court
 * (本院自查) or, in a cross-review (互查), by the next court of the same level in the scope — never its own.
 */
@Service
public class ReviewTasks {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewTasks(JdbcClient jdbc, Organization organization, PowerGuard guard, CurrentActor current,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.guard = guard;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param court        the scope: this court and the courts below it
     * @param sample       how many cases (per court when {@code perCourt}); 0 for every case in scope
     * @param upperOutcome REVERSED, REMANDED, RETRIAL_ORDERED or empty
     */
    public record Task(ReviewKind kind, String title, String court, String caseType, String causeCode, LocalDate closedFrom,
            LocalDate closedTo, String upperOutcome, boolean publishedOnly, int sample, boolean perCourt,
            SelfOrCross selfOrCross, LocalDate deadline) {
    }

    public record Created(long id, int enrolled) {
    }

    @Transactional
    public Created create(Task t) {
        Actor me = current.get();
        List<FieldError> errors = new ArrayList<>();
        if (t.kind() != ReviewKind.SPECIAL && t.kind() != ReviewKind.DOCUMENT) errors.add(FieldError.of("kind", "任务只能是专项评查或上网裁判文书评查"));
        if (t.title() == null || t.title().isBlank()) errors.add(FieldError.of("title", "请填写任务名称"));
        CourtView court = t.court() == null ? null : organization.court(t.court().strip()).orElse(null);
        if (court == null) errors.add(FieldError.of("court", "法院代字「" + t.court() + "」不存在"));
        if (t.closedFrom() == null || t.closedTo() == null || t.closedTo().isBefore(t.closedFrom())) {
            errors.add(FieldError.of("closedTo", "请填写结案期间（起止日期）"));
        }
        if (t.sample() < 0) errors.add(FieldError.of("sample", "抽查数量不能为负"));
        if (t.deadline() == null || t.deadline().isBefore(LocalDate.now(clock))) errors.add(FieldError.of("deadline", "完成期限应不早于今天"));
        if (t.kind() == ReviewKind.DOCUMENT && t.selfOrCross() == null) errors.add(FieldError.of("selfOrCross", "上网裁判文书评查须选择自查或互查"));
        if (!errors.isEmpty()) throw ReviewRefusal.invalid(errors);
        if (me.courtId() == null) throw ReviewRefusal.notYours("评查任务由法院的审判管理办公室布置");
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(court.id()));
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(me.courtId()));

        // who reviews each court's cases: the task's court, the case's own court, or the next court of its level
        List<CourtView> courts = organization.courtAndBelow(court.id()).stream().map(id -> organization.court(id).orElseThrow())
                .sorted(Comparator.comparing(CourtView::code)).toList();
        List<Long> caseCourts = new ArrayList<>();
        List<Long> reviewing = new ArrayList<>();
        for (CourtView c : courts) {
            caseCourts.add(c.id());
            reviewing.add(switch (t.kind() == ReviewKind.DOCUMENT ? t.selfOrCross() : SelfOrCross.SELF) {
                case SELF -> t.kind() == ReviewKind.SPECIAL ? me.courtId() : c.id();
                case CROSS -> crossReviewer(c, courts);
            });
        }
        String criteria = "法院 " + court.code() + " 及下级；结案 " + t.closedFrom() + " 至 " + t.closedTo()
                + (blank(t.caseType()) ? "" : "；类型 " + t.caseType()) + (blank(t.causeCode()) ? "" : "；案由 " + t.causeCode())
                + (blank(t.upperOutcome()) ? "" : "；上级法院结果 " + t.upperOutcome()) + (t.publishedOnly() ? "；已上网文书" : "");
        long id = jdbc.sql("""
                INSERT INTO review.task (kind, title, court_id, set_by_court, criteria, sample, per_court, self_or_cross, deadline, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(t.kind().name(), t.title().strip(), court.id(), me.courtId(), criteria, t.sample(), t.perCourt(),
                        t.selfOrCross() == null ? null : t.selfOrCross().name(), t.deadline(), me.name())
                .query(Long.class).single();
        int enrolled = jdbc.sql("""
                WITH who(case_court, reviewing) AS (SELECT * FROM unnest(CAST(:cases AS bigint[]), CAST(:reviewing AS bigint[]))),
                pool AS (
                    SELECT f.case_number, f.court_id, w.reviewing,
                           row_number() OVER (PARTITION BY CASE WHEN :perCourt THEN f.court_id END
                                              ORDER BY md5(f.case_number || :task)) AS n
                    FROM casefile.case_fact f JOIN who w ON w.case_court = f.court_id
                    WHERE f.closed_on BETWEEN :from AND :to
                      AND (:type = '' OR f.case_type = :type) AND (:cause = '' OR f.cause_code = :cause)
                      AND (:outcome = '' OR f.upper_outcome = :outcome)
                      AND (NOT :published OR f.judgment_published = 'PUBLISHED'))
                INSERT INTO review.review (case_number, case_court_id, reviewing_court_id, kind, reason, self_or_cross, enrolled_on, task_id)
                SELECT case_number, court_id, reviewing, :kind, :title, CAST(:soc AS text), :today, CAST(:task AS bigint) FROM pool
                WHERE reviewing IS NOT NULL AND (:sample = 0 OR n <= :sample)""")
                .param("cases", caseCourts.toArray(Long[]::new)).param("reviewing", reviewing.toArray(Long[]::new))
                .param("perCourt", t.perCourt()).param("task", String.valueOf(id)).param("from", t.closedFrom()).param("to", t.closedTo())
                .param("type", nz(t.caseType())).param("cause", nz(t.causeCode())).param("outcome", nz(t.upperOutcome()))
                .param("published", t.publishedOnly()).param("kind", t.kind().name()).param("title", t.title().strip())
                .param("soc", t.selfOrCross() == null ? null : t.selfOrCross().name()).param("today", LocalDate.now(clock))
                .param("sample", t.sample()).update();
        events.publishEvent(Recorded.of("REVIEW_TASK_SET", "REVIEW_TASK", String.valueOf(id), Map.of("title", t.title().strip(),
                "kind", t.kind().label(), "criteria", criteria, "enrolled", enrolled, "deadline", t.deadline().toString())));
        return new Created(id, enrolled);
    }

    /** A task as its page shows it, with its progress: cases enrolled and concluded. */
    public record TaskView(long id, ReviewKind kind, String title, String court, String setBy, String criteria, int sample,
            boolean perCourt, SelfOrCross selfOrCross, LocalDate deadline, String createdBy, int enrolled, int concluded,
            int version) {
    }

    /** Tasks set by or for a court in the person's VIEW_REVIEW scope; newest first. */
    public List<TaskView> visible() {
        DataScope scope = guard.scope(Action.VIEW_REVIEW);
        return jdbc.sql(TASKS + " WHERE (:all OR t.court_id IN (:courts) OR t.set_by_court IN (:courts)) ORDER BY t.id DESC LIMIT 200")
                .param("all", scope.all()).param("courts", scope.courtIds().isEmpty() ? Set.of(-1L) : scope.courtIds())
                .query(this::mapTask).list();
    }

    /**
     * The office that set a task changes its title or extends (or shortens) its deadline, on the version it saw; its
     * scope and sample stay as drawn (the enrolled cases are the task).
     */
    @Transactional
    public TaskView change(long id, int version, String title, LocalDate deadline) {
        TaskView t = jdbc.sql(TASKS + " WHERE t.id = ?").param(id).query(this::mapTask).optional()
                .filter(x -> guard.scope(Action.VIEW_REVIEW).coversCourt(setByCourt(id)) || guard.scope(Action.VIEW_REVIEW).coversCourt(courtOf(id)))
                .orElseThrow(() -> ReviewRefusal.notFound("评查任务 " + id));
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(setByCourt(id)));
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) errors.add(FieldError.of("title", "请填写任务名称"));
        if (deadline == null || deadline.isBefore(LocalDate.now(clock))) errors.add(FieldError.of("deadline", "完成期限应不早于今天"));
        if (!errors.isEmpty()) throw ReviewRefusal.invalid(errors);
        int n = jdbc.sql("UPDATE review.task SET title = ?, deadline = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(title.strip(), deadline, id, version).update();
        if (n == 0) throw ReviewRefusal.state("评查任务「" + t.title() + "」已被他人修改，请刷新后重试");
        events.publishEvent(Recorded.of("REVIEW_TASK_CHANGED", "REVIEW_TASK", String.valueOf(id), Map.of(
                "title", t.title() + " → " + title.strip(), "deadline", t.deadline() + " → " + deadline)));
        return jdbc.sql(TASKS + " WHERE t.id = ?").param(id).query(this::mapTask).single();
    }

    private long setByCourt(long id) {
        return jdbc.sql("SELECT set_by_court FROM review.task WHERE id = ?").param(id).query(Long.class).single();
    }

    private long courtOf(long id) {
        return jdbc.sql("SELECT court_id FROM review.task WHERE id = ?").param(id).query(Long.class).single();
    }

    private static final String TASKS = """
            SELECT t.*, (SELECT count(*) FROM review.review r WHERE r.task_id = t.id) AS enrolled,
                   (SELECT count(*) FROM review.review r WHERE r.task_id = t.id AND r.status = 'CONCLUDED') AS concluded
            FROM review.task t""";

    private TaskView mapTask(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String soc = rs.getString("self_or_cross");
        return new TaskView(rs.getLong("id"), ReviewKind.valueOf(rs.getString("kind")), rs.getString("title"),
                courtName(rs.getLong("court_id")), courtName(rs.getLong("set_by_court")), rs.getString("criteria"), rs.getInt("sample"),
                rs.getBoolean("per_court"), soc == null ? null : SelfOrCross.valueOf(soc), rs.getObject("deadline", LocalDate.class),
                rs.getString("created_by"), rs.getInt("enrolled"), rs.getInt("concluded"), rs.getInt("version"));
    }

    private String courtName(long id) {
        return organization.court(id).map(CourtView::name).orElse(String.valueOf(id));
    }

    /** The next court of the same level in the scope (wrapping round); null when the level has no other court. */
    private static Long crossReviewer(CourtView c, List<CourtView> courts) {
        List<CourtView> level = courts.stream().filter(x -> x.level() == c.level()).toList();
        if (level.size() < 2) return null;
        return level.get((level.indexOf(c) + 1) % level.size()).id();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
