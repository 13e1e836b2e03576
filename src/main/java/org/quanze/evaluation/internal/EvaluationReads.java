package org.quanze.evaluation.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.evaluation.EvaluationRefusal;
import org.quanze.evaluation.domain.Grade;
import org.quanze.evaluation.domain.RunStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What evaluations show: runs and their ranked results to those who may see the court's statistics
 * ({@link Action#VIEW_STATISTICS}), and to each person evaluated his or her own result, explanation and cases.
 */
@Service
public class EvaluationReads {

    /** A run; {@code version} is what publish and lock send back (If-Match), so no one acts on a run changed since. */
    public record RunView(long id, String courtCode, int year, String subjectKind, String scheme, long schemeId,
            String status, OffsetDateTime computedAt, OffsetDateTime publishedAt, OffsetDateTime lockedAt, long results,
            long openObjections, int version) {
    }

    /** A ranked result; {@code version} is what entering a score or answering an objection sends back. */
    public record ResultRow(long id, long runId, int rank, String key, String name, Long staffId, BigDecimal total,
            String grade, String gradeLabel, Map<String, BigDecimal> points, int version) {
    }

    public record ItemView(String code, String name, String measure, Double value, Double numerator, Double denominator,
            Double peersAverage, String rule, BigDecimal fullPoints, BigDecimal points, int caseCount, int baseCaseCount,
            String note) {
        /** Whether the value is a share (a rate, a score rate), shown as a percentage rather than a fraction. */
        public boolean rate() {
            return org.quanze.evaluation.domain.Measure.valueOf(measure).share(denominator != null);
        }
    }

    /** An objection; {@code resultVersion} is the objected result's version, which an answer sends back. */
    public record ObjectionView(long id, long resultId, long runId, String subjectName, String itemCode, String reasons,
            String filedBy, OffsetDateTime filedAt, String status, String answer, BigDecimal changedPoints,
            String answeredBy, int resultVersion) {
    }

    public record Explanation(RunView run, ResultRow result, BigDecimal startScore, List<ItemView> items,
            List<ObjectionView> objections) {
    }

    public record ItemCases(long resultId, String item, List<String> cases, List<String> baseCases) {
    }

    public record ArchiveEntry(long id, long runId, long resultId, String subjectKind, String courtCode, int year,
            String scheme, String subjectKey, String subjectName, BigDecimal total, String grade, String gradeLabel,
            int rank, List<Map<String, Object>> items, List<Map<String, Object>> objections, OffsetDateTime archivedAt,
            String archivedBy) {
    }

    private final JdbcClient jdbc;
    private final PowerGuard guard;
    private final SchemeStore schemes;
    private final JsonMapper json;

    EvaluationReads(JdbcClient jdbc, PowerGuard guard, SchemeStore schemes, JsonMapper json) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.schemes = schemes;
        this.json = json;
    }

    private static final String RUN = """
            SELECT r.id, r.court_code, r.year, s.subject_kind, s.name || '（' || s.year || '年第' || s.version || '版）' AS scheme,
                   s.id AS scheme_id, r.status, r.computed_at, r.published_at, r.locked_at,
                   (SELECT count(*) FROM evaluation.result x WHERE x.run_id = r.id) AS results,
                   (SELECT count(*) FROM evaluation.objection o JOIN evaluation.result x ON x.id = o.result_id
                    WHERE x.run_id = r.id AND o.status = 'OPEN') AS open_objections, r.court_id, r.row_version
            FROM evaluation.run r JOIN evaluation.scheme s ON s.id = r.scheme_id""";

    private RunView runView(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RunView(rs.getLong("id"), rs.getString("court_code"), rs.getInt("year"), rs.getString("subject_kind"),
                rs.getString("scheme"), rs.getLong("scheme_id"), rs.getString("status"),
                rs.getObject("computed_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("locked_at", OffsetDateTime.class), rs.getLong("results"), rs.getLong("open_objections"),
                rs.getInt("row_version"));
    }

    /** Runs of the courts in the person's statistics scope, newest first. */
    public List<RunView> runs() {
        DataScope scope = guard.scope(Action.VIEW_STATISTICS);
        if (scope.empty()) return List.of();
        return jdbc.sql(RUN + " WHERE (:all OR r.court_id IN (:courts)) ORDER BY r.id DESC LIMIT 200")
                .param("all", scope.all()).param("courts", scope.courtIds().isEmpty() ? List.of(-1L) : scope.courtIds())
                .query((rs, i) -> runView(rs)).list();
    }

    private RunView runRow(long runId) {
        return jdbc.sql(RUN + " WHERE r.id = ?").param(runId).query((rs, i) -> runView(rs)).optional()
                .orElseThrow(() -> EvaluationRefusal.noRun(runId));
    }

    private long courtOf(long runId) {
        return jdbc.sql("SELECT court_id FROM evaluation.run WHERE id = ?").param(runId).query(Long.class).optional()
                .orElseThrow(() -> EvaluationRefusal.noRun(runId));
    }

    public RunView run(long runId) {
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(courtOf(runId)));
        return runRow(runId);
    }

    private static final String RESULT = """
            SELECT r.id, r.run_id, r.rank, r.subject_key, r.subject_name, r.staff_id, r.total, r.grade, r.row_version,
                   (SELECT jsonb_object_agg(i.code, i.points) FROM evaluation.result_item i WHERE i.result_id = r.id)::text AS points
            FROM evaluation.result r""";

    @SuppressWarnings("unchecked")
    private ResultRow resultRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        String text = rs.getString("points");
        if (text != null) {
            ((Map<String, Object>) json.readValue(text, Map.class)).forEach((k, v) -> points.put(k, new BigDecimal(v.toString())));
        }
        Grade grade = Grade.valueOf(rs.getString("grade"));
        return new ResultRow(rs.getLong("id"), rs.getLong("run_id"), rs.getInt("rank"), rs.getString("subject_key"),
                rs.getString("subject_name"), rs.getObject("staff_id", Long.class), rs.getBigDecimal("total"), grade.name(),
                grade.label(), points, rs.getInt("row_version"));
    }

    /** The run's results, ranked; before publication only one's own unless one may see the draft (see below). */
    public List<ResultRow> results(long runId) {
        Actor me = guard.require(Action.VIEW_STATISTICS, PowerContext.court(courtOf(runId)));
        boolean draftHidden = !seesDraft(me) && !published(runRow(runId));
        return jdbc.sql(RESULT + " WHERE r.run_id = ? ORDER BY r.rank = 0, r.rank, r.subject_key").param(runId)
                .query((rs, i) -> resultRow(rs)).list().stream()
                .filter(row -> !draftHidden || me.staffId() != null && me.staffId().equals(row.staffId())).toList();
    }

    /**
     * 考核结果公示前 — before a run is published (公示), a score is seen by the person evaluated and by those who run
     * the evaluation in that court: the court's leaders (院长、副院长、庭长、副庭长) and the 审判管理办公室 (法发〔2015〕13号
     * 审判管理职责). A colleague sees it only from publication on.
     */
    static boolean seesDraft(Actor actor) {
        return actor.administrator() || actor.office() == org.quanze.shared.DepartmentKind.TRIAL_MANAGEMENT
                || actor.posts().stream().anyMatch(org.quanze.shared.Post.LEADERS::contains);
    }

    private static boolean published(RunView run) {
        return RunStatus.valueOf(run.status()) != RunStatus.COMPUTED;
    }

    /** The signed-in person may see this result: it is their own, or the court is in their statistics scope. */
    private ResultRow allowed(long resultId, Actor actor) {
        ResultRow row = jdbc.sql(RESULT + " WHERE r.id = ?").param(resultId).query((rs, i) -> resultRow(rs)).optional()
                .orElseThrow(() -> EvaluationRefusal.noResult(resultId));
        boolean own = actor.staffId() != null && actor.staffId().equals(row.staffId());
        if (!own) {
            guard.require(Action.VIEW_STATISTICS, PowerContext.court(courtOf(row.runId())));
            if (!seesDraft(actor) && !published(runRow(row.runId()))) throw EvaluationRefusal.noResult(resultId);
        }
        return row;
    }

    /** A result with each item's value, rule, points and the number of its cases, and its objections. */
    public Explanation explain(long resultId, Actor actor) {
        ResultRow row = allowed(resultId, actor);
        RunView run = runRow(row.runId());
        List<ItemView> items = jdbc.sql("""
                SELECT code, name, measure, value, numerator, denominator, peers_average, rule_text, full_points, points,
                       cardinality(cases) AS n, cardinality(base_cases) AS b, note
                FROM evaluation.result_item WHERE result_id = ? ORDER BY position""").param(resultId)
                .query((rs, i) -> new ItemView(rs.getString("code"), rs.getString("name"), rs.getString("measure"),
                        rs.getObject("value", Double.class), rs.getObject("numerator", Double.class),
                        rs.getObject("denominator", Double.class), rs.getObject("peers_average", Double.class),
                        rs.getString("rule_text"), rs.getBigDecimal("full_points"), rs.getBigDecimal("points"),
                        rs.getInt("n"), rs.getInt("b"), rs.getString("note")))
                .list();
        return new Explanation(run, row, schemes.get(run.schemeId()).startScore(), items, objections(" WHERE o.result_id = ?", resultId));
    }

    /** The case numbers behind one item of a result: those counted, and those of its denominator. */
    public ItemCases cases(long resultId, String item, Actor actor) {
        allowed(resultId, actor);
        return jdbc.sql("SELECT cases, base_cases FROM evaluation.result_item WHERE result_id = ? AND code = ?")
                .params(resultId, item)
                .query((rs, i) -> new ItemCases(resultId, item, List.of((String[]) rs.getArray(1).getArray()),
                        List.of((String[]) rs.getArray(2).getArray())))
                .optional().orElseThrow(() -> EvaluationRefusal.unknownItem(item));
    }

    private List<ObjectionView> objections(String where, Object... params) {
        return jdbc.sql("""
                SELECT o.id, o.result_id, r.run_id, r.subject_name, o.item_code, o.reasons, o.filed_by, o.filed_at, o.status,
                       o.answer, o.changed_points, o.answered_by, r.row_version
                FROM evaluation.objection o JOIN evaluation.result r ON r.id = o.result_id
                JOIN evaluation.run run ON run.id = r.run_id""" + where + " ORDER BY o.id").params(params)
                .query((rs, i) -> new ObjectionView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                        rs.getString(9), rs.getString(10), rs.getBigDecimal(11), rs.getString(12), rs.getInt(13)))
                .list();
    }

    /** Objections awaiting the 审管办, in the courts of its scope; empty for anyone without the office's power. */
    public List<ObjectionView> openObjections(Actor actor) {
        if (!guard.allows(actor, Action.EDIT_POWER_LIST, PowerContext.NONE)) return List.of();
        DataScope scope = guard.scope(Action.VIEW_STATISTICS);
        if (scope.empty()) return List.of();
        if (scope.all()) return objections(" WHERE o.status = 'OPEN'");
        List<ObjectionView> all = new ArrayList<>();
        for (Long court : scope.courtIds()) all.addAll(objections(" WHERE o.status = 'OPEN' AND run.court_id = ?", court));
        return all;
    }

    /** The person's own results, newest first, with the run's stage. */
    public List<Map<String, Object>> mine(Actor actor) {
        if (actor.staffId() == null) return List.of();
        return jdbc.sql("""
                SELECT r.id, r.run_id, run.year, run.court_code, run.status, r.total, r.grade, r.rank,
                       (SELECT count(*) FROM evaluation.result x WHERE x.run_id = r.run_id) AS of
                FROM evaluation.result r JOIN evaluation.run run ON run.id = r.run_id
                WHERE r.staff_id = ? ORDER BY run.year DESC, r.run_id DESC""").param(actor.staffId())
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("runId", rs.getLong("run_id"));
                    m.put("year", rs.getInt("year"));
                    m.put("court", rs.getString("court_code"));
                    m.put("status", rs.getString("status"));
                    m.put("total", rs.getBigDecimal("total"));
                    m.put("grade", Grade.valueOf(rs.getString("grade")).label());
                    m.put("gradeCode", rs.getString("grade"));
                    m.put("rank", rs.getInt("rank"));
                    m.put("of", rs.getLong("of"));
                    return m;
                }).list();
    }

    private static final String ARCHIVE = """
            SELECT id, run_id, result_id, subject_kind, court_code, year, scheme, subject_key, subject_name, total, grade,
                   rank, items::text AS items, objections::text AS objections, archived_at, archived_by, staff_id
            FROM evaluation.archive""";

    @SuppressWarnings("unchecked")
    private ArchiveEntry archiveEntry(java.sql.ResultSet rs) throws java.sql.SQLException {
        Grade grade = Grade.valueOf(rs.getString("grade"));
        return new ArchiveEntry(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("result_id"), rs.getString("subject_kind"),
                rs.getString("court_code"), rs.getInt("year"), rs.getString("scheme"), rs.getString("subject_key"),
                rs.getString("subject_name"), rs.getBigDecimal("total"), grade.name(), grade.label(), rs.getInt("rank"),
                Arrays.asList(json.readValue(rs.getString("items"), Map[].class)),
                Arrays.asList(json.readValue(rs.getString("objections"), Map[].class)),
                rs.getObject("archived_at", OffsetDateTime.class), rs.getString("archived_by"));
    }

    /** 考核档案 of a run (in the person's scope), or the person's own when {@code runId} is null. */
    public List<ArchiveEntry> archive(Long runId, Actor actor) {
        if (runId == null) {
            if (actor.staffId() == null) return List.of();
            return jdbc.sql(ARCHIVE + " WHERE staff_id = ? ORDER BY year DESC, id").param(actor.staffId())
                    .query((rs, i) -> archiveEntry(rs)).list();
        }
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(courtOf(runId)));
        return jdbc.sql(ARCHIVE + " WHERE run_id = ? ORDER BY rank = 0, rank, subject_key").param(runId)
                .query((rs, i) -> archiveEntry(rs)).list();
    }

    /** One archived result: the person's own, or in the person's scope. */
    public ArchiveEntry archived(long resultId, Actor actor) {
        ArchiveEntry e = jdbc.sql(ARCHIVE + " WHERE result_id = ?").param(resultId).query((rs, i) -> archiveEntry(rs))
                .optional().orElseThrow(() -> EvaluationRefusal.noResult(resultId));
        Long staff = jdbc.sql("SELECT staff_id FROM evaluation.archive WHERE result_id = ?").param(resultId)
                .query(Long.class).optional().orElse(null);
        if (actor.staffId() == null || !actor.staffId().equals(staff)) {
            guard.require(Action.VIEW_STATISTICS, PowerContext.court(courtOf(e.runId())));
        }
        return e;
    }
}
