package org.quanze.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.deliberation.CommitteeAgenda;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.review.ReviewConcluded;
import org.quanze.review.domain.Assignment;
import org.quanze.review.domain.ConflictRule;
import org.quanze.review.domain.Dimension;
import org.quanze.review.domain.Flaw;
import org.quanze.review.domain.QualityResult;
import org.quanze.review.domain.ResultRule;
import org.quanze.review.domain.ReviewKind;
import org.quanze.review.domain.ReviewRefusal;
import org.quanze.review.domain.ReviewStatus;
import org.quanze.review.domain.SelfOrCross;
import org.quanze.review.domain.Severity;
import org.quanze.review.domain.TwoWay;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案件评查 — a review's life: enrolled (automatically for 发改指, or by the office), a reviewer assigned under the
 * conflict rules, the form filled and the report written (the result follows from the findings), the handler's
 * answer, the lower court's two-way application, a dispute taken to the committee. Every step checks its power and
 * writes its trail entry in the same transaction; every read is scoped like the writes.
 */
@Service
public class ReviewDesk {

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final Organization organization;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CommitteeAgenda committee;

    ReviewDesk(JdbcClient jdbc, CaseFiles cases, Organization organization, PowerGuard guard, CurrentActor current,
            ApplicationEventPublisher events, Clock clock, CommitteeAgenda committee) {
        this.committee = committee;
        this.jdbc = jdbc;
        this.cases = cases;
        this.organization = organization;
        this.guard = guard;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /** One review as the pages and the API show it. */
    public record Review(long id, String caseNumber, long caseCourtId, String caseCourt, long reviewingCourtId,
            String reviewingCourt, ReviewKind kind, String reason, SelfOrCross selfOrCross, ReviewStatus status,
            LocalDate enrolledOn, Long reviewerStaffId, String reviewerName, boolean proposedExcellent, String report,
            QualityResult result, Integer points, LocalDate concludedOn, String handlerAnswer, String suspectedViolation,
            boolean committeeStudied, TwoWay twoWay, String twoWayReason, int version) {
    }

    /**
     * The material of the review as the review page shows it: the case's facts and its trial organisation, never its
     * parties (the case file, with parties and personal data, is linked for reviewers of the courts only: a third-party
     * reviewer sees this anonymised material alone, as a published judgment hides every party).
     */
    public record Material(String caseType, String category, String cause, String procedure, LocalDate filedOn,
            LocalDate closedOn, String closeMethod, String upperOutcome, List<String> trialOrganisation) {
    }

    /** A finding on the form: the catalogue's flaw and the reviewer's note. */
    public record Finding(Flaw flaw, String note) {
    }

    /** What the reviewer submits: flaw codes with notes, the excellent proposal, the report, an optional clue. */
    public record Conclusion(Map<String, String> findings, boolean proposedExcellent, String report,
            String suspectedViolation) {
    }

    // ---- enrolment ----------------------------------------------------------------------------------------------

    /**
     * 重点评查: a case reversed, remanded or ordered retried is a key candidate and is enrolled, reviewed by the court
     * that recorded the outcome. Runs as the system (no person acted); idempotent per case.
     */
    @Transactional
    public void enrolReversed(String upperCaseNumber, String originalCaseNumber, String outcome) {
        CaseView original = cases.find(originalCaseNumber).orElseThrow(() -> ReviewRefusal.notFound(originalCaseNumber));
        long reviewing = cases.find(upperCaseNumber).map(CaseView::courtId).orElse(original.courtId());
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                INSERT INTO review.key_candidate (case_number, case_court_id, reason, upper_case_number, recorded_on)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_number) DO NOTHING""")
                .params(originalCaseNumber, original.courtId(), outcome, upperCaseNumber, today).update();
        Long id = jdbc.sql("""
                INSERT INTO review.review (case_number, case_court_id, reviewing_court_id, kind, reason, enrolled_on)
                VALUES (?, ?, ?, 'KEY', ?, ?)
                ON CONFLICT (case_number) WHERE kind = 'KEY' AND import_key IS NULL DO NOTHING RETURNING id""")
                .params(originalCaseNumber, original.courtId(), reviewing, "发改指：" + upperCaseNumber, today)
                .query(Long.class).optional().orElse(null);
        if (id != null) {
            events.publishEvent(Recorded.onCase("REVIEW_ENROLLED", originalCaseNumber,
                    Map.of("review", id, "kind", ReviewKind.KEY.label(), "upperCase", upperCaseNumber, "outcome", outcome)));
        }
    }

    /**
     * 信访案件纳入重点评查: the office of the case's court or a court above it records that the case is the subject of
     * petitions (涉诉信访, with the petition's reference) and it is enrolled for key review by the office's court, as a
     * 发改指 case is — it counts as 应纳入评查 and 纳入评查 in the ledger (图表 3.2), not as 被发改指. A case already
     * under key review is refused (409), naming its review.
     */
    @Transactional
    public long enrolPetition(String caseNumber, String reference) {
        Actor me = current.get();
        if (me.courtId() == null) throw ReviewRefusal.notYours("只有法院工作人员可以组织评查");
        List<org.quanze.shared.DomainException.FieldError> errors = new ArrayList<>();
        CaseView c = null;
        if (caseNumber == null || caseNumber.isBlank()) errors.add(org.quanze.shared.DomainException.FieldError.of("caseNumber", "请填写案号"));
        else {
            c = cases.find(caseNumber.strip()).orElse(null);
            if (c == null) errors.add(org.quanze.shared.DomainException.FieldError.of("caseNumber", "案号「" + caseNumber.strip() + "」不存在"));
        }
        if (reference == null || reference.isBlank()) {
            errors.add(org.quanze.shared.DomainException.FieldError.of("reference", "请填写信访件编号或来源"));
        }
        if (!errors.isEmpty()) throw ReviewRefusal.invalid(errors);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(c.courtId()));
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(me.courtId()));
        Long existing = jdbc.sql("SELECT id FROM review.review WHERE case_number = ? AND kind = 'KEY' AND import_key IS NULL")
                .param(c.caseNumber()).query(Long.class).optional().orElse(null);
        if (existing != null) throw ReviewRefusal.state("本案已纳入重点评查（第 " + existing + " 号）");
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                INSERT INTO review.key_candidate (case_number, case_court_id, reason, recorded_on)
                VALUES (?, ?, 'PETITION', ?) ON CONFLICT (case_number) DO NOTHING""")
                .params(c.caseNumber(), c.courtId(), today).update();
        long id = jdbc.sql("""
                INSERT INTO review.review (case_number, case_court_id, reviewing_court_id, kind, reason, enrolled_on)
                VALUES (?, ?, ?, 'KEY', ?, ?) RETURNING id""")
                .params(c.caseNumber(), c.courtId(), me.courtId(), "信访：" + reference.strip(), today).query(Long.class).single();
        events.publishEvent(Recorded.onCase("REVIEW_ENROLLED", c.caseNumber(),
                Map.of("review", id, "kind", ReviewKind.KEY.label(), "petition", reference.strip())));
        return id;
    }

    /**
     * 应纳入评查: registers as key candidates the 发改指 cases of the person's courts that the case file shows but no
     * outcome event announced — history imported from the old system (its rows carry upper_outcome, and no event).
     * Reads the case file's published view {@code casefile.case_fact} (as evaluation does); a case is dated by the
     * closing of the reviewing case that names it, else by its own closing. The ledger then shows those not enrolled.
     */
    @Transactional
    public int registerCandidatesFromCaseFile() {
        DataScope scope = guard.scope(Action.MANAGE_REVIEW);
        if (scope.empty()) guard.require(Action.MANAGE_REVIEW);
        int n = jdbc.sql("""
                INSERT INTO review.key_candidate (case_number, case_court_id, reason, upper_case_number, recorded_on)
                SELECT o.case_number, o.court_id, o.upper_outcome, u.case_number, coalesce(u.closed_on, o.closed_on, o.filed_on)
                FROM casefile.case_fact o
                LEFT JOIN LATERAL (SELECT x.case_number, x.closed_on FROM casefile.case_fact x
                                   WHERE x.original_case_number = o.case_number AND x.closed_on IS NOT NULL
                                   ORDER BY x.closed_on DESC LIMIT 1) u ON true
                WHERE o.upper_outcome IN ('REVERSED', 'REMANDED', 'RETRIAL_ORDERED') AND (:all OR o.court_id IN (:courts))
                ON CONFLICT (case_number) DO NOTHING""")
                .param("all", scope.all()).param("courts", scope.courtIds().isEmpty() ? Set.of(-1L) : scope.courtIds()).update();
        if (n > 0) {
            events.publishEvent(Recorded.of("REVIEW_CANDIDATES_REGISTERED", "REVIEW", "key_candidate", Map.of("registered", n)));
        }
        return n;
    }

    /**
     * The office enrols a case by hand: a special (专项) or published-document (文书) review by its own court or,
     * for 互查, by another court; a routine or key review.
     */
    @Transactional
    public long enrol(String caseNumber, ReviewKind kind, SelfOrCross selfOrCross, String reason) {
        Actor me = current.get();
        if (me.courtId() == null) throw ReviewRefusal.notYours("只有法院工作人员可以组织评查");
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(me.courtId()));
        if (kind == null) throw ReviewRefusal.invalid("kind", "请选择评查类别");
        CaseView c = caseInScope(caseNumber);
        if (selfOrCross == SelfOrCross.CROSS && c.courtId() == me.courtId()) {
            throw ReviewRefusal.conflict(ConflictRule.OWN_COURT_IN_CROSS_REVIEW);
        }
        if (selfOrCross == SelfOrCross.SELF && c.courtId() != me.courtId()) {
            throw ReviewRefusal.invalid("selfOrCross", "本院自查只能评查本院案件");
        }
        if (selfOrCross == null && !me.courtSubtreeIds().contains(c.courtId())) {
            throw ReviewRefusal.notYours("只能评查本院及下级法院的案件（互查请选择「互查」）");
        }
        long id = jdbc.sql("""
                INSERT INTO review.review (case_number, case_court_id, reviewing_court_id, kind, reason, self_or_cross, enrolled_on)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseNumber, c.courtId(), me.courtId(), kind.name(), blankToDefault(reason, kind.label() + "评查"),
                        selfOrCross == null ? null : selfOrCross.name(), LocalDate.now(clock))
                .query(Long.class).single();
        events.publishEvent(Recorded.onCase("REVIEW_ENROLLED", caseNumber, Map.of("review", id, "kind", kind.label())));
        return id;
    }

    // ---- reviewer -----------------------------------------------------------------------------------------------

    /** The office of the reviewing court assigns a reviewer, unless a conflict rule refuses him (named in the 409). */
    @Transactional
    public Review assign(long reviewId, int version, String reviewerStaffNo) {
        Review r = get(reviewId);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(r.reviewingCourtId()));
        if (r.status() == ReviewStatus.CONCLUDED) throw ReviewRefusal.state("评查已评定，不能更换评查人");
        if (reviewerStaffNo == null || reviewerStaffNo.isBlank()) throw ReviewRefusal.invalid("reviewer", "请填写评查人工号");
        StaffView reviewer = organization.staff(reviewerStaffNo.strip(), LocalDate.now(clock))
                .orElseThrow(() -> ReviewRefusal.invalid("reviewer", "工号「" + reviewerStaffNo.strip() + "」不存在"));
        CaseView c = cases.find(r.caseNumber()).orElseThrow(() -> ReviewRefusal.notFound(r.caseNumber()));
        ConflictRule.broken(assignment(c, reviewer, r.selfOrCross() == SelfOrCross.CROSS)).ifPresent(rule -> {
            throw ReviewRefusal.conflict(rule);
        });
        touch(r, version);
        jdbc.sql("UPDATE review.review SET reviewer_staff_id = ?, reviewer_name = ?, status = 'ASSIGNED' WHERE id = ?")
                .params(reviewer.id(), reviewer.name(), reviewId).update();
        events.publishEvent(Recorded.onCase("REVIEW_ASSIGNED", r.caseNumber(), Map.of("review", reviewId, "reviewer",
                reviewer.staffNo() + " " + reviewer.name())));
        return get(reviewId);
    }

    /** The facts the conflict rules read, for this reviewer and case. */
    Assignment assignment(CaseView c, StaffView reviewer, boolean cross) {
        boolean own = c.trialOrganisationIds().contains(reviewer.id()) || Objects.equals(c.handlerId(), reviewer.id());
        boolean team = c.handlerId() != null && organization.teamMatesOf(c.handlerId()).contains(reviewer.id());
        boolean recused = jdbc.sql("SELECT count(*) FROM review.recusal WHERE staff_id = ? AND case_number = ?")
                .params(reviewer.id(), c.caseNumber()).query(Long.class).single() > 0;
        return new Assignment(own, cross, reviewer.courtId(), c.courtId(), team, recused);
    }

    /** 回避声明: the signed-in person declares he will not review this case. */
    @Transactional
    public void declareRecusal(String caseNumber, String reason) {
        Actor me = current.get();
        if (me.staffId() == null) throw ReviewRefusal.notYours("只有法院工作人员可以声明回避");
        if (reason == null || reason.isBlank()) throw ReviewRefusal.invalid("reason", "请填写回避理由");
        cases.find(caseNumber).orElseThrow(() -> ReviewRefusal.notFound(caseNumber));
        jdbc.sql("INSERT INTO review.recusal (staff_id, case_number, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(me.staffId(), caseNumber, reason.strip()).update();
        events.publishEvent(Recorded.onCase("REVIEW_RECUSAL_DECLARED", caseNumber, Map.of("reviewer", me.name(), "reason", reason.strip())));
    }

    // ---- the form and the report --------------------------------------------------------------------------------

    /**
     * The assigned reviewer fills the form (一表) and writes the report (一报告; for a key review the 评析报告): the
     * result follows from the findings by {@link ResultRule}. Every wrong field is named at once.
     */
    @Transactional
    public Review conclude(long reviewId, int version, Conclusion form) {
        Review r = get(reviewId);
        Actor me = current.get();
        if (r.reviewerStaffId() == null || !r.reviewerStaffId().equals(me.staffId())) {
            throw ReviewRefusal.notYours("只有本案的评查人可以填写评查表");
        }
        if (r.status() == ReviewStatus.CONCLUDED) throw ReviewRefusal.state("评查已评定");
        Map<String, Flaw> catalogue = catalogue();
        List<org.quanze.shared.DomainException.FieldError> errors = new ArrayList<>();
        List<Flaw> flaws = new ArrayList<>();
        form.findings().keySet().forEach(code -> {
            Flaw f = catalogue.get(code);
            if (f == null) errors.add(org.quanze.shared.DomainException.FieldError.of("findings", "瑕疵代码「" + code + "」不在评查目录中"));
            else flaws.add(f);
        });
        if (form.report() == null || form.report().isBlank()) {
            errors.add(org.quanze.shared.DomainException.FieldError.of("report", "请填写评查报告"));
        }
        if (form.proposedExcellent() && !flaws.isEmpty()) {
            errors.add(org.quanze.shared.DomainException.FieldError.of("proposedExcellent", "存在瑕疵的案件不能推荐为优秀案件"));
        }
        if (!errors.isEmpty()) {
            throw ReviewRefusal.invalid(errors);
        }
        ResultRule rule = ResultRule.deciding(flaws, form.proposedExcellent());
        int points = ResultRule.points(flaws);
        LocalDate today = LocalDate.now(clock);
        touch(r, version);
        form.findings().forEach((code, note) -> jdbc.sql("INSERT INTO review.finding (review_id, flaw_code, note) VALUES (?, ?, ?)")
                .params(reviewId, code, note == null ? "" : note.strip()).update());
        String clue = form.suspectedViolation() == null || form.suspectedViolation().isBlank() ? null : form.suspectedViolation().strip();
        jdbc.sql("""
                UPDATE review.review SET status = 'CONCLUDED', result = ?, points = ?, concluded_on = ?, report = ?,
                    proposed_excellent = ?, suspected_violation = ? WHERE id = ?""")
                .params(rule.result().name(), points, today, form.report().strip(), form.proposedExcellent(), clue, reviewId).update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("review", reviewId);
        changes.put("result", rule.result().label());
        changes.put("rule", rule.code() + " " + rule.description());
        changes.put("points", points);
        changes.put("flaws", String.join(",", form.findings().keySet()));
        if (clue != null) changes.put("suspectedViolation", clue);
        events.publishEvent(Recorded.onCase("REVIEW_CONCLUDED", r.caseNumber(), changes));
        CaseView c = cases.find(r.caseNumber()).orElseThrow();
        events.publishEvent(new ReviewConcluded(reviewId, r.caseNumber(), r.caseCourtId(), r.kind().name(), rule.result().name(),
                points, today, c.trialOrganisationIds(), clue));
        return get(reviewId);
    }

    /** The handler (or a member of the trial organisation) answers the report. */
    @Transactional
    public Review answer(long reviewId, int version, String text) {
        Review r = get(reviewId);
        Actor me = current.get();
        CaseView c = cases.find(r.caseNumber()).orElseThrow();
        if (me.staffId() == null || !(Objects.equals(c.handlerId(), me.staffId()) || c.trialOrganisationIds().contains(me.staffId()))) {
            throw ReviewRefusal.notYours("只有本案承办法官或审判组织成员可以答复评查报告");
        }
        if (r.status() != ReviewStatus.CONCLUDED) throw ReviewRefusal.state("评查尚未评定，暂不能答复");
        if (text == null || text.isBlank()) throw ReviewRefusal.invalid("answer", "请填写答复意见");
        touch(r, version);
        jdbc.sql("UPDATE review.review SET handler_answer = ? WHERE id = ?").params(text.strip(), reviewId).update();
        events.publishEvent(Recorded.onCase("REVIEW_ANSWERED", r.caseNumber(), Map.of("review", reviewId, "answer", text.strip())));
        return get(reviewId);
    }

    /**
     * 双向评查: the reviewed case's court disagrees with the analysis report and applies to the court above it; the
     * direction follows from the case court's level ({@link TwoWay}). Asked by that court's office or president.
     */
    @Transactional
    public Review applyTwoWay(long reviewId, int version, String reason) {
        Review r = get(reviewId);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(r.caseCourtId()));
        Actor me = current.get();
        if (me.courtId() == null || me.courtId() != r.caseCourtId()) {
            throw ReviewRefusal.notYours("双向评查由被评查案件所在法院申请");
        }
        if (r.kind() != ReviewKind.KEY || r.status() != ReviewStatus.CONCLUDED) {
            throw ReviewRefusal.state("只能对已形成评析报告的重点评查案件申请双向评查");
        }
        if (r.twoWay() != null) throw ReviewRefusal.state("本案已申请双向评查");
        if (reason == null || reason.isBlank()) throw ReviewRefusal.invalid("reason", "请填写不同意评析意见的理由");
        CourtView court = organization.court(r.caseCourtId()).orElseThrow();
        TwoWay direction = TwoWay.forCaseCourt(court.level())
                .orElseThrow(() -> ReviewRefusal.state("高级法院的案件不在省内申请双向评查"));
        touch(r, version);
        jdbc.sql("UPDATE review.review SET two_way = ?, two_way_reason = ? WHERE id = ?").params(direction.name(), reason.strip(), reviewId).update();
        events.publishEvent(Recorded.onCase("REVIEW_TWO_WAY_APPLIED", r.caseNumber(), Map.of("review", reviewId,
                "direction", direction.label(), "reason", reason.strip())));
        return get(reviewId);
    }

    /**
     * 上审委会研究: the reviewing court takes the dispute over a review to its adjudication committee — a non-case topic
     * on the committee's agenda (deliberation's {@link CommitteeAgenda}), waiting for the president's approval like a
     * submitted case — and the review counts as 上审委会研究 from then on.
     */
    @Transactional
    public Review referToCommittee(long reviewId, int version, String note) {
        Review r = get(reviewId);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(r.reviewingCourtId()));
        if (note == null || note.isBlank()) throw ReviewRefusal.invalid("note", "请填写提请研究的事项");
        if (r.committeeStudied()) throw ReviewRefusal.state("本案评查已提交审判委员会研究");
        touch(r, version);
        CourtView court = organization.court(r.reviewingCourtId()).orElseThrow();
        String report = "评查第 " + r.id() + " 号（" + r.kind().label() + "评查，" + r.caseCourt() + "）"
                + (r.result() == null ? "" : "，评查结果：" + r.result().label())
                + (r.twoWay() == null ? "" : "；" + r.twoWay().label() + "双向评查，理由：" + r.twoWayReason())
                + "。提请研究：" + note.strip();
        long item = committee.submitTopic(court.code(), "案件评查争议：" + r.caseNumber(), report);
        jdbc.sql("UPDATE review.review SET committee_studied = true, committee_item_id = ? WHERE id = ?").params(item, reviewId).update();
        events.publishEvent(Recorded.onCase("REVIEW_REFERRED_TO_COMMITTEE", r.caseNumber(), Map.of("review", reviewId, "note", note.strip(),
                "agendaItem", item)));
        return get(reviewId);
    }

    // ---- reads --------------------------------------------------------------------------------------------------

    /** A review the signed-in person may see (its case's court or the reviewing court in scope, or his own role in it). */
    public Review get(long id) {
        Review r = jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> ReviewRefusal.notFound("评查 " + id));
        if (!visible(r)) throw ReviewRefusal.notFound("评查 " + id);
        return r;
    }

    public Optional<Review> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(this::map).optional().filter(this::visible);
    }

    /** Reviews in the person's scope, and those he reviews or whose case he handled; newest first. */
    public List<Review> visible(ReviewStatus status, int limit) {
        Actor me = current.get();
        DataScope scope = guard.scope(Action.VIEW_REVIEW);
        Set<Long> courts = scope.courtIds().isEmpty() ? Set.of(-1L) : scope.courtIds();
        return jdbc.sql(SELECT + """
                 WHERE (:all OR r.case_court_id IN (:courts) OR r.reviewing_court_id IN (:courts) OR r.reviewer_staff_id = :me)
                   AND (:status = '' OR r.status = :status)
                 ORDER BY r.enrolled_on DESC, r.id DESC LIMIT :limit""")
                .param("all", scope.all()).param("courts", courts).param("me", me.staffId() == null ? -1L : me.staffId())
                .param("status", status == null ? "" : status.name()).param("limit", limit)
                .query(this::map).list();
    }

    /**
     * The workbench's lists: reviews assigned to the person and not concluded; concluded reviews of cases he handled
     * or sat on that he has not answered yet.
     */
    public record Desk(List<Review> toReview, List<Review> toAnswer) {
    }

    public Desk desk(Actor actor) {
        if (actor.staffId() == null) return new Desk(List.of(), List.of());
        List<Review> toReview = jdbc.sql(SELECT + " WHERE r.reviewer_staff_id = ? AND r.status = 'ASSIGNED' ORDER BY r.enrolled_on LIMIT 50")
                .param(actor.staffId()).query(this::map).list();
        List<Review> toAnswer = jdbc.sql(SELECT + """
                 WHERE r.status = 'CONCLUDED' AND r.handler_answer IS NULL AND r.case_court_id = ? AND r.concluded_on >= ?
                 ORDER BY r.concluded_on DESC LIMIT 200""")
                .params(actor.courtId() == null ? -1L : actor.courtId(), LocalDate.now(clock).minusYears(1)).query(this::map).list().stream()
                .filter(r -> cases.find(r.caseNumber()).map(c -> Objects.equals(c.handlerId(), actor.staffId())
                        || c.trialOrganisationIds().contains(actor.staffId())).orElse(false))
                .limit(20).toList();
        return new Desk(toReview, toAnswer);
    }

    /** The review's material (see {@link Material}); the review must be visible to the person. */
    public Material material(Review r) {
        get(r.id());
        CaseView c = cases.find(r.caseNumber()).orElseThrow(() -> ReviewRefusal.notFound(r.caseNumber()));
        return new Material(c.caseType(), c.category(), c.causeName(), c.procedure(), c.filedOn(), c.closedOn(), c.closeMethod(),
                c.upperOutcome(), c.trialOrganisation().stream().map(m -> m.name()).toList());
    }

    public List<Finding> findings(long reviewId) {
        get(reviewId);
        Map<String, Flaw> catalogue = catalogue();
        return jdbc.sql("SELECT flaw_code, note FROM review.finding WHERE review_id = ? ORDER BY flaw_code").param(reviewId)
                .query((rs, n) -> new Finding(catalogue.get(rs.getString("flaw_code")), rs.getString("note"))).list();
    }

    /** The flaw catalogue, in code order. */
    public Map<String, Flaw> catalogue() {
        Map<String, Flaw> all = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM review.flaw WHERE active ORDER BY code").query((rs, n) -> new Flaw(rs.getString("code"),
                Dimension.valueOf(rs.getString("dimension")), rs.getString("description"), Severity.valueOf(rs.getString("severity")),
                rs.getInt("points"))).list().forEach(f -> all.put(f.code(), f));
        return all;
    }

    /** Whether the signed-in person is the review's reviewer (the form is his). */
    public boolean isReviewer(Review r) {
        return r.reviewerStaffId() != null && r.reviewerStaffId().equals(current.get().staffId());
    }

    /** Whether the signed-in person handled the case or sat on it (he may answer the report). */
    public boolean onCase(Review r) {
        Long me = current.get().staffId();
        return me != null && cases.find(r.caseNumber())
                .map(c -> Objects.equals(c.handlerId(), me) || c.trialOrganisationIds().contains(me)).orElse(false);
    }

    private boolean visible(Review r) {
        Actor me = current.get();
        if (me.staffId() != null && me.staffId().equals(r.reviewerStaffId())) return true;
        DataScope scope = guard.scope(Action.VIEW_REVIEW);
        if (scope.coversCourt(r.caseCourtId()) || scope.coversCourt(r.reviewingCourtId())) return true;
        // the handler and his trial organisation see the report on their case
        return me.staffId() != null && cases.find(r.caseNumber())
                .map(c -> Objects.equals(c.handlerId(), me.staffId()) || c.trialOrganisationIds().contains(me.staffId())).orElse(false);
    }

    private CaseView caseInScope(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) throw ReviewRefusal.invalid("caseNumber", "请填写案号");
        return cases.find(caseNumber.strip()).orElseThrow(() -> ReviewRefusal.invalid("caseNumber", "案号「" + caseNumber.strip() + "」不存在"));
    }

    private void touch(Review r, int version) {
        int n = jdbc.sql("UPDATE review.review SET version = version + 1 WHERE id = ? AND version = ?").params(r.id(), version).update();
        if (n == 0) throw ReviewRefusal.state("该评查已被他人修改，请刷新后重试");
    }

    private static String blankToDefault(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip();
    }

    private static final String SELECT = "SELECT r.* FROM review.review r\n";

    private Review map(ResultSet rs, int n) throws SQLException {
        long caseCourt = rs.getLong("case_court_id");
        long reviewing = rs.getLong("reviewing_court_id");
        String soc = rs.getString("self_or_cross");
        String result = rs.getString("result");
        String twoWay = rs.getString("two_way");
        return new Review(rs.getLong("id"), rs.getString("case_number"), caseCourt, courtName(caseCourt), reviewing,
                courtName(reviewing), ReviewKind.valueOf(rs.getString("kind")), rs.getString("reason"),
                soc == null ? null : SelfOrCross.valueOf(soc), ReviewStatus.valueOf(rs.getString("status")),
                rs.getObject("enrolled_on", LocalDate.class), (Long) rs.getObject("reviewer_staff_id"), rs.getString("reviewer_name"),
                rs.getBoolean("proposed_excellent"), rs.getString("report"), result == null ? null : QualityResult.valueOf(result),
                (Integer) rs.getObject("points"), rs.getObject("concluded_on", LocalDate.class), rs.getString("handler_answer"),
                rs.getString("suspected_violation"), rs.getBoolean("committee_studied"), twoWay == null ? null : TwoWay.valueOf(twoWay),
                rs.getString("two_way_reason"), rs.getInt("version"));
    }

    private String courtName(long id) {
        return organization.court(id).map(CourtView::name).orElse(String.valueOf(id));
    }
}
