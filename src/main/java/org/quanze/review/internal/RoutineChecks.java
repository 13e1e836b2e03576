package org.quanze.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.review.domain.ReviewRefusal;
import org.quanze.review.domain.RoutineCheck;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 常规评查 — the routine checks run over a court's cases (and its lower courts'), set-based: each active rule's
 * predicate ({@link RoutineCheck}) finds the cases at fault; each finding goes to the handler's workbench with a date
 * to fix it by; a run also marks fixed the findings whose case no longer fails the rule. What is still open after its
 * date is the evaluation deduction ({@link org.quanze.review.Reviews#unfixedRoutineFindings}).
 */
@Service
public class RoutineChecks {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoutineChecks(JdbcClient jdbc, Organization organization, PowerGuard guard, CurrentActor current,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.guard = guard;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    public record Rule(String code, RoutineCheck kind, String description, String source, int days, int fixDays, boolean active,
            int version) {
    }

    /** What the office edits of a rule: its text and source, its days, the days to fix a finding, whether it runs. */
    public record RuleEdit(String description, String source, Integer days, Integer fixDays, boolean active) {
    }

    public record Finding(long id, String ruleCode, String rule, String caseNumber, long courtId, Long handlerId,
            LocalDate foundOn, LocalDate dueOn, String answer, LocalDate fixedOn) {
    }

    /** What a run did: findings made, findings found fixed. */
    public record Run(int found, int fixed) {
    }

    public List<Rule> rules() {
        return jdbc.sql("SELECT * FROM review.routine_rule ORDER BY code").query((rs, n) -> new Rule(rs.getString("code"),
                RoutineCheck.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("source"), rs.getInt("days"),
                rs.getInt("fix_days"), rs.getBoolean("active"), rs.getInt("version"))).list();
    }

    public Rule rule(String code) {
        return rules().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> ReviewRefusal.notFound("常规评查规则 " + code));
    }

    /**
     * 修改常规评查规则, on the version the office saw (a stale edit is a 409). The rules run over every court of the
     * province, so only the high court's office sets them; every wrong field is named at once.
     */
    @Transactional
    public Rule change(String code, int version, RuleEdit e) {
        Rule before = rule(code);
        requireProvinceOffice();
        check(e, new ArrayList<>(), null, null);
        int n = jdbc.sql("""
                UPDATE review.routine_rule SET description = ?, source = ?, days = ?, fix_days = ?, active = ?, version = version + 1
                WHERE code = ? AND version = ?""")
                .params(e.description().strip(), e.source() == null ? "" : e.source().strip(), e.days(), e.fixDays(), e.active(), code, version)
                .update();
        if (n == 0) throw ReviewRefusal.state("常规评查规则 " + code + " 已被他人修改，请刷新后重试");
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("days", before.days() + " → " + e.days());
        changes.put("fixDays", before.fixDays() + " → " + e.fixDays());
        changes.put("active", before.active() + " → " + e.active());
        if (!before.description().equals(e.description().strip())) changes.put("description", e.description().strip());
        events.publishEvent(Recorded.of("REVIEW_ROUTINE_RULE_CHANGED", "ROUTINE_RULE", code, changes));
        return rule(code);
    }

    /** 新增常规评查规则: a new rule of one of the kinds the platform can test ({@link RoutineCheck}). */
    @Transactional
    public Rule add(String code, RoutineCheck kind, RuleEdit e) {
        requireProvinceOffice();
        check(e, new ArrayList<>(), code == null ? "" : code.strip(), kind);
        String c = code.strip();
        int n = jdbc.sql("""
                INSERT INTO review.routine_rule (code, kind, description, source, days, fix_days, active) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING""")
                .params(c, kind.name(), e.description().strip(), e.source() == null ? "" : e.source().strip(), e.days(), e.fixDays(), e.active())
                .update();
        if (n == 0) throw ReviewRefusal.invalid("code", "规则代码「" + c + "」已存在");
        events.publishEvent(Recorded.of("REVIEW_ROUTINE_RULE_ADDED", "ROUTINE_RULE", c, Map.of("kind", kind.name(),
                "description", e.description().strip(), "days", e.days(), "fixDays", e.fixDays(), "active", e.active())));
        return rule(c);
    }

    /** Whether the signed-in person sets the routine rules (the high court's office). */
    public boolean setsRules() {
        Actor me = current.get();
        return me.courtId() != null && organization.court(me.courtId()).map(c -> c.level() == org.quanze.shared.CourtLevel.HIGH).orElse(false)
                && guard.allows(me, Action.MANAGE_REVIEW, PowerContext.court(me.courtId()));
    }

    private void requireProvinceOffice() {
        Actor me = current.get();
        if (me.courtId() == null) throw ReviewRefusal.notYours("常规评查规则由高级人民法院审判管理办公室制定和修改");
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(me.courtId()));
        if (!setsRules()) throw ReviewRefusal.notYours("常规评查规则由高级人民法院审判管理办公室制定和修改");
    }

    /** Every wrong field at once; {@code code} and {@code kind} only for a new rule (null when editing). */
    private static void check(RuleEdit e, List<org.quanze.shared.DomainException.FieldError> errors, String code, RoutineCheck kind) {
        if (code != null && !code.matches("R-\\d{2,3}")) {
            errors.add(org.quanze.shared.DomainException.FieldError.of("code", "规则代码应写作 R-01 的形式"));
        }
        if (code != null && kind == null) errors.add(org.quanze.shared.DomainException.FieldError.of("kind", "请选择检查内容"));
        if (e.description() == null || e.description().isBlank()) {
            errors.add(org.quanze.shared.DomainException.FieldError.of("description", "请填写规则说明"));
        }
        if (e.days() == null || e.days() < 0 || e.days() > 3650) {
            errors.add(org.quanze.shared.DomainException.FieldError.of("days", "期限天数应为 0 到 3650 之间的整数"));
        }
        if (e.fixDays() == null || e.fixDays() < 1 || e.fixDays() > 365) {
            errors.add(org.quanze.shared.DomainException.FieldError.of("fixDays", "整改期限应为 1 到 365 天"));
        }
        if (!errors.isEmpty()) throw ReviewRefusal.invalid(errors);
    }

    @Transactional
    public Run run(String courtCode) {
        CourtView court = organization.court(courtCode == null ? "" : courtCode.strip())
                .orElseThrow(() -> ReviewRefusal.invalid("court", "法院代字「" + courtCode + "」不存在"));
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(court.id()));
        Set<Long> courts = organization.courtAndBelow(court.id());
        LocalDate today = LocalDate.now(clock);
        int found = 0;
        int fixed = 0;
        for (Rule rule : rules()) {
            if (!rule.active()) continue;
            String predicate = rule.kind().predicate();
            found += jdbc.sql(FIND.replace("{predicate}", predicate))
                    .param("code", rule.code()).param("today", today).param("due", today.plusDays(rule.fixDays()))
                    .param("days", rule.days()).param("courts", courts).update();
            fixed += jdbc.sql(FIXED.replace("{predicate}", predicate))
                    .param("code", rule.code()).param("today", today).param("days", rule.days()).param("courts", courts).update();
        }
        events.publishEvent(Recorded.of("REVIEW_ROUTINE_CHECKS_RUN", "COURT", court.code(), Map.of("found", found, "fixed", fixed)));
        return new Run(found, fixed);
    }

    /** The rule's predicate is code ({@link RoutineCheck}), never input: every value is a parameter. */
    private static final String FIND = """
            INSERT INTO review.routine_finding (rule_code, case_number, court_id, handler_id, found_on, due_on)
            SELECT :code, f.case_number, f.court_id, f.handler_id, :today, :due
            FROM casefile.case_fact f WHERE f.court_id IN (:courts) AND ({predicate})
            ON CONFLICT (rule_code, case_number) DO NOTHING""";

    private static final String FIXED = """
            UPDATE review.routine_finding r SET fixed_on = :today
            WHERE r.rule_code = :code AND r.fixed_on IS NULL AND r.court_id IN (:courts)
              AND NOT EXISTS (SELECT 1 FROM casefile.case_fact f WHERE f.case_number = r.case_number AND ({predicate}))""";

    /** The handler (or the office of the case's court) answers a finding: why it stands, or what was done. */
    @Transactional
    public Finding answer(long id, String text) {
        Finding f = find(id);
        Actor me = current.get();
        boolean handler = me.staffId() != null && Objects.equals(me.staffId(), f.handlerId());
        if (!handler) guard.require(Action.MANAGE_REVIEW, PowerContext.court(f.courtId()));
        if (text == null || text.isBlank()) throw ReviewRefusal.invalid("answer", "请填写答复或整改情况");
        jdbc.sql("UPDATE review.routine_finding SET answer = ? WHERE id = ?").params(text.strip(), id).update();
        events.publishEvent(Recorded.onCase("REVIEW_ROUTINE_ANSWERED", f.caseNumber(), Map.of("rule", f.ruleCode(), "answer", text.strip())));
        return find(id);
    }

    /** Findings in the person's VIEW_REVIEW scope (and his own as handler), open ones first. */
    public List<Finding> visible(int limit) {
        Actor me = current.get();
        DataScope scope = guard.scope(Action.VIEW_REVIEW);
        return jdbc.sql(SELECT + """
                WHERE (:all OR r.court_id IN (:courts) OR r.handler_id = :me)
                ORDER BY r.fixed_on IS NOT NULL, r.due_on, r.id LIMIT :limit""")
                .param("all", scope.all()).param("courts", scope.courtIds().isEmpty() ? Set.of(-1L) : scope.courtIds())
                .param("me", me.staffId() == null ? -1L : me.staffId()).param("limit", limit).query(this::map).list();
    }

    /** The open findings on the person's cases (workbench). */
    public List<Finding> openFor(Actor actor) {
        if (actor.staffId() == null) return List.of();
        return jdbc.sql(SELECT + "WHERE r.handler_id = ? AND r.fixed_on IS NULL ORDER BY r.due_on LIMIT 50").param(actor.staffId())
                .query(this::map).list();
    }

    private Finding find(long id) {
        Finding f = jdbc.sql(SELECT + "WHERE r.id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> ReviewRefusal.notFound("常规评查发现 " + id));
        Actor me = current.get();
        boolean mine = me.staffId() != null && Objects.equals(me.staffId(), f.handlerId());
        if (!mine && !guard.scope(Action.VIEW_REVIEW).coversCourt(f.courtId())) throw ReviewRefusal.notFound("常规评查发现 " + id);
        return f;
    }

    private static final String SELECT = "SELECT r.*, u.description FROM review.routine_finding r JOIN review.routine_rule u ON u.code = r.rule_code\n";

    private Finding map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Finding(rs.getLong("id"), rs.getString("rule_code"), rs.getString("description"), rs.getString("case_number"),
                rs.getLong("court_id"), (Long) rs.getObject("handler_id"), rs.getObject("found_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("answer"), rs.getObject("fixed_on", LocalDate.class));
    }
}
