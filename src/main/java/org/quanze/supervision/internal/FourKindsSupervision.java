package org.quanze.supervision.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.shared.Post;
import org.quanze.shared.Recorded;
import org.quanze.supervision.domain.FlagSource;
import org.quanze.supervision.domain.FourKind;
import org.quanze.supervision.domain.SupervisionActionKind;
import org.quanze.supervision.domain.SupervisionAttempt;
import org.quanze.supervision.domain.SupervisionRefusal;
import org.quanze.supervision.domain.SupervisionRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 四类案件的监督管理: flag a case, and let court leaders supervise it only through recorded actions on the platform
 * (法发〔2015〕13号 第24条; 法发〔2021〕30号). Every step is on the case timeline; the panel's decision is never changed.
 */
@Service
public class FourKindsSupervision {

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;

    FourKindsSupervision(JdbcClient jdbc, CaseFiles cases, PowerGuard guard, CurrentActor current,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.guard = guard;
        this.current = current;
        this.events = events;
    }

    public record Flag(long id, String caseNumber, FourKind kind, String reason, FlagSource source, String flaggedBy,
            Instant flaggedAt) {
    }

    public record SupervisionStep(long id, String caseNumber, SupervisionActionKind kind, String text, String byName,
            String byPost, Instant at) {
    }

    @Transactional
    public long flag(String caseNumber, FourKind kind, String reason) {
        CaseView c = caseOf(caseNumber);
        Actor me = current.get();
        SupervisionAttempt attempt = attempt(c, me, SupervisionActionKind.OPINION);
        if (!SupervisionRule.mayFlag(attempt)) throw SupervisionRefusal.mayNotFlag();
        return insertFlag(c, kind, reason, attempt.handling() ? FlagSource.JUDGE : FlagSource.CHIEF, me.name());
    }

    /** A platform rule flags a case on its own (e.g. a complaint that a judge acted unlawfully, kind (四)). */
    @Transactional
    public long flagByRule(String caseNumber, FourKind kind, String rule) {
        return insertFlag(caseOf(caseNumber), kind, rule, FlagSource.RULE, "系统规则");
    }

    /**
     * A leader's supervision step (or the panel's report). Leaders need {@link Action#RECORD_SUPERVISION_INSTRUCTION}
     * for the case; every step is recorded and shown on the case timeline.
     */
    @Transactional
    public long act(String caseNumber, SupervisionActionKind kind, String text) {
        CaseView c = caseOf(caseNumber);
        if (kind == null) throw SupervisionRefusal.invalid("kind", "请选择监管事项");
        Actor me = kind.byLeader() ? guard.require(Action.RECORD_SUPERVISION_INSTRUCTION, CaseFiles.powerContext(c)) : current.get();
        SupervisionRule.enforce(attempt(c, me, kind));
        if (text == null || text.isBlank()) throw SupervisionRefusal.invalid("text", "请填写内容");
        long id = jdbc.sql("""
                INSERT INTO supervision.supervision_action (case_number, court_id, kind, text, by_staff_id, by_name, by_post)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseNumber, c.courtId(), kind.name(), text.strip(), me.staffId(), me.name(), me.postLabels())
                .query(Long.class).single();
        events.publishEvent(Recorded.onCase("SUPERVISION_" + kind.name(), caseNumber, Map.of("text", text.strip())));
        if (kind == SupervisionActionKind.REFER_COMMITTEE || kind == SupervisionActionKind.REFER_PROFESSIONAL_MEETING) {
            events.publishEvent(new org.quanze.supervision.CaseReferred(caseNumber, kind == SupervisionActionKind.REFER_COMMITTEE, text.strip()));
        }
        return id;
    }

    /**
     * An attempt to change the panel's decision: asked of the power list, which refuses everyone not on the trial
     * organisation (N-07) and grants it to nobody — a leader may only refer the case to a meeting.
     */
    public void changePanelDecision(String caseNumber) {
        guard.require(Action.CHANGE_PANEL_DECISION, CaseFiles.powerContext(caseOf(caseNumber)));
        throw SupervisionRefusal.invalid("decision", "合议庭意见只能由审判组织自行复议改变");
    }

    /**
     * What the signed-in person may do on this case now: the steps the rules and the power list would accept, and
     * whether he may flag it. Pages offer only these, so a form is never one the service would refuse.
     */
    public Options options(String caseNumber) {
        CaseView c = caseOf(caseNumber);
        Actor me = current.get();
        boolean leader = guard.allows(me, Action.RECORD_SUPERVISION_INSTRUCTION, CaseFiles.powerContext(c));
        List<SupervisionActionKind> steps = java.util.Arrays.stream(SupervisionActionKind.values())
                .filter(k -> !k.byLeader() || leader)
                .filter(k -> SupervisionRule.ALL.stream().allMatch(r -> r.check(attempt(c, me, k)).isEmpty()))
                .toList();
        return new Options(SupervisionRule.mayFlag(attempt(c, me, SupervisionActionKind.OPINION)), steps);
    }

    /** @param mayFlag the person may flag the case; @param steps the supervision steps he may record */
    public record Options(boolean mayFlag, List<SupervisionActionKind> steps) {
    }

    public List<Flag> flags(String caseNumber) {
        return jdbc.sql("SELECT * FROM supervision.four_kinds_case WHERE case_number = ? ORDER BY id").param(caseNumber)
                .query(this::mapFlag).list();
    }

    public List<SupervisionStep> steps(String caseNumber) {
        return jdbc.sql("SELECT * FROM supervision.supervision_action WHERE case_number = ? ORDER BY at, id").param(caseNumber)
                .query(this::mapStep).list();
    }

    /** Flagged cases within the person's case scope (court, division or own cases), newest first. */
    public List<Flag> flagged(DataScope scope) {
        if (scope.empty()) return List.of();
        return jdbc.sql("""
                SELECT * FROM supervision.four_kinds_case
                WHERE :all OR court_id IN (:courts) OR department_id IN (:departments)
                ORDER BY flagged_at DESC LIMIT 500""")
                .param("all", scope.all()).param("courts", orNone(scope.courtIds())).param("departments", orNone(scope.departmentIds()))
                .query(this::mapFlag).list();
    }

    /** Requests for a report, not yet answered by the panel, on cases the person sits on (workbench). */
    public List<SupervisionStep> openRequests(Actor actor) {
        if (actor.staffId() == null || actor.courtId() == null) return List.of();
        return jdbc.sql("""
                SELECT a.* FROM supervision.supervision_action a
                WHERE a.court_id = ? AND a.kind = 'REQUEST_REPORT'
                  AND NOT EXISTS (SELECT 1 FROM supervision.supervision_action r
                                  WHERE r.case_number = a.case_number AND r.kind = 'PANEL_REPORT' AND r.at >= a.at)
                ORDER BY a.at LIMIT 200""").param(actor.courtId()).query(this::mapStep).list().stream()
                .filter(s -> cases.find(s.caseNumber()).map(c -> c.trialOrganisationIds().contains(actor.staffId())).orElse(false))
                .toList();
    }

    private long insertFlag(CaseView c, FourKind kind, String reason, FlagSource source, String by) {
        if (reason == null || reason.isBlank()) throw SupervisionRefusal.invalid("reason", "请填写标记理由");
        long id = jdbc.sql("""
                INSERT INTO supervision.four_kinds_case (case_number, court_id, department_id, kind, reason, source, flagged_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_number, kind) DO UPDATE SET reason = EXCLUDED.reason RETURNING id""")
                .params(c.caseNumber(), c.courtId(), c.departmentId(), kind.name(), reason.strip(), source.name(), by)
                .query(Long.class).single();
        events.publishEvent(Recorded.onCase("FOUR_KINDS_FLAGGED", c.caseNumber(),
                Map.of("kind", kind.label(), "reason", reason.strip(), "source", source.label())));
        return id;
    }

    private SupervisionAttempt attempt(CaseView c, Actor me, SupervisionActionKind kind) {
        boolean onPanel = me.staffId() != null && c.trialOrganisationIds().contains(me.staffId());
        boolean handling = me.staffId() != null && (Objects.equals(c.handlerId(), me.staffId()) || c.trialOrganisation().stream()
                .anyMatch(m -> m.staffId() == me.staffId() && ("PRESIDING".equals(m.role()) || "HANDLING".equals(m.role()))));
        boolean chief = (me.holds(Post.DIVISION_CHIEF) || me.holds(Post.DEPUTY_DIVISION_CHIEF))
                && me.departmentId() != null && me.departmentId().equals(c.departmentId());
        boolean flagged = jdbc.sql("SELECT count(*) FROM supervision.four_kinds_case WHERE case_number = ?")
                .param(c.caseNumber()).query(Long.class).single() > 0;
        return new SupervisionAttempt(kind, flagged, onPanel, handling, chief);
    }

    private CaseView caseOf(String caseNumber) {
        return cases.find(caseNumber).orElseThrow(() -> SupervisionRefusal.notFound("案号 " + caseNumber));
    }

    private Flag mapFlag(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Flag(rs.getLong("id"), rs.getString("case_number"), FourKind.valueOf(rs.getString("kind")), rs.getString("reason"),
                FlagSource.valueOf(rs.getString("source")), rs.getString("flagged_by"), rs.getTimestamp("flagged_at").toInstant());
    }

    private SupervisionStep mapStep(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SupervisionStep(rs.getLong("id"), rs.getString("case_number"), SupervisionActionKind.valueOf(rs.getString("kind")),
                rs.getString("text"), rs.getString("by_name"), rs.getString("by_post"), rs.getTimestamp("at").toInstant());
    }

    static java.util.Set<Long> orNone(java.util.Set<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of(-1L) : ids;
    }
}
