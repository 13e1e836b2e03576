package org.quanze.casefile.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.ActorDirectory;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.BenchMember;
import org.quanze.casefile.domain.Case;
import org.quanze.casefile.domain.Case.AssignmentKind;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分案 — random assignment among the competent division's quota judges, balanced by weighted open caseload (案件权重
 * 系数): the draw is uniform among the judges whose load lies within a band above the lowest. Designated assignment
 * needs a reason; re-assignment (转办) needs the division chief and a reason and is limited per case. Every
 * assignment is stored with its candidates, their loads and the draw, and written to the trail.
 */
@Service
public class CaseAssignment {

    private final CaseStore store;
    private final CaseRepository cases;
    private final Organization organization;
    private final ActorDirectory directory;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BigDecimal band;
    private final int maxReassignments;
    private final SecureRandom random = new SecureRandom();

    CaseAssignment(CaseStore store, CaseRepository cases, Organization organization, ActorDirectory directory, PowerGuard guard,
            ApplicationEventPublisher events, Clock clock,
            @Value("${quanze.assignment.band:1.0}") BigDecimal band,
            @Value("${quanze.assignment.max-reassignments:2}") int maxReassignments) {
        this.store = store;
        this.cases = cases;
        this.organization = organization;
        this.directory = directory;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.band = band;
        this.maxReassignments = maxReassignments;
    }

    /** A candidate judge and the weighted number of open cases he or she handles. */
    public record Candidate(long staffId, String staffNo, String name, BigDecimal load) {
    }

    public List<Candidate> candidates(CaseView c) {
        if (c.departmentId() == null) {
            throw new DomainException(422, "assignment.no-department", "案件尚未确定承办部门，无法随机分案");
        }
        List<StaffView> judges = organization.quotaJudgesOf(c.departmentId(), LocalDate.now(clock));
        Map<Long, BigDecimal> loads = new HashMap<>();
        store.jdbc().sql("SELECT handler_id, sum(weight) FROM casefile.case_fact WHERE closed_on IS NULL AND handler_id = ANY(?) GROUP BY handler_id")
                .param(judges.stream().map(StaffView::id).toArray(Long[]::new))
                .query(rs -> { loads.put(rs.getLong(1), rs.getBigDecimal(2)); });
        // only those the power list lets handle the case: not a judge suspended from duty (法官法 第47条)
        return judges.stream().map(j -> new Candidate(j.id(), j.staffNo(), j.name(), loads.getOrDefault(j.id(), BigDecimal.ZERO)))
                .filter(k -> mayHandle(k, c)).toList();
    }

    @Transactional
    public CaseView assignRandomly(String caseNumber, int version) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.ASSIGN_CASE, PowerContext.court(c.courtId()));
        requireOpen(c);
        Case kase = cases.load(c.caseNumber());
        List<Candidate> candidates = candidates(c).stream().filter(k -> !kase.recused(k.staffId())).toList();
        if (candidates.isEmpty()) throw new DomainException(422, "assignment.no-candidates", "承办部门没有在额员额法官");
        BigDecimal lowest = candidates.stream().map(Candidate::load).min(BigDecimal::compareTo).orElseThrow();
        List<Candidate> eligible = candidates.stream().filter(k -> k.load().compareTo(lowest.add(band)) <= 0).toList();
        int index = random.nextInt(eligible.size());
        StaffView chosen = organization.staff(eligible.get(index).staffId(), LocalDate.now(clock)).orElseThrow();
        String draw = "负荷 ≤ " + lowest.add(band).toPlainString() + " 的 " + eligible.size() + " 人中随机抽取第 " + (index + 1) + " 人";
        return apply(kase, version, new Case.Assignment(AssignmentKind.RANDOM, member(chosen), describe(candidates), draw, null, null));
    }

    @Transactional
    public CaseView assignDesignated(String caseNumber, int version, String staffNo, String reason) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.ASSIGN_CASE, PowerContext.court(c.courtId()));
        requireOpen(c);
        requireReason(reason, "指定分案必须记录理由");
        return apply(cases.load(caseNumber), version,
                new Case.Assignment(AssignmentKind.DESIGNATED, member(judge(staffNo, c)), "", "指定", reason, null));
    }

    /** 转办 — the division chief moves the case to another judge, with a reason; limited per case. */
    @Transactional
    public CaseView reassign(String caseNumber, int version, String staffNo, String reason) {
        CaseView c = store.get(caseNumber);
        Actor chief = guard.require(Action.REASSIGN_CASE, CaseFiles.powerContext(c));
        requireOpen(c);
        requireReason(reason, "调整分案必须记录理由");
        return apply(cases.load(caseNumber), version,
                new Case.Assignment(AssignmentKind.REASSIGNED, member(judge(staffNo, c)), "", "转办", reason, chief.staffId()));
    }

    private CaseView apply(Case kase, int version, Case.Assignment assignment) {
        List<Object> recorded = kase.assign(assignment, maxReassignments);
        cases.save(kase, version);
        recorded.forEach(events::publishEvent);
        return store.get(kase.caseNumber());
    }

    private boolean mayHandle(Candidate k, CaseView c) {
        return directory.actorFor(k.staffNo(), k.staffId(), LocalDate.now(clock))
                .map(judge -> guard.allows(judge, Action.HANDLE_CASE, CaseFiles.powerContext(c))).orElse(false);
    }

    private static BenchMember member(StaffView s) {
        return new BenchMember(s.id(), s.staffNo(), s.name(), BenchMember.Role.HANDLING, false, s.posts());
    }

    /** The judge named, who must hold the power to handle cases (员额内, N-01) and belong to the case's court. */
    private StaffView judge(String staffNo, CaseView c) {
        StaffView judge = organization.staffInCourt(staffNo, c.courtId(), LocalDate.now(clock)).orElseThrow(() ->
                new DomainException(422, "assignment.staff", "人员编号「" + staffNo + "」不存在", List.of(FieldError.of("staffNo", "不存在"))));
        if (judge.courtId() != c.courtId()) {
            // the staff number typed, never the name of another court's staff
            throw new DomainException(422, "assignment.court", "人员编号「" + judge.staffNo() + "」不是本院人员",
                    List.of(FieldError.of("staffNo", "不是本院人员")));
        }
        Actor asActor = directory.actorFor(judge.staffNo(), judge.id(), LocalDate.now(clock)).orElseThrow();
        guard.require(asActor, Action.HANDLE_CASE, CaseFiles.powerContext(c));
        return judge;
    }

    private static String describe(List<Candidate> candidates) {
        return candidates.stream().map(k -> k.staffNo() + " " + k.name() + "（负荷 " + k.load().stripTrailingZeros().toPlainString() + "）")
                .collect(Collectors.joining("；"));
    }

    static void requireOpen(CaseView c) {
        if (c.closedOn() != null) throw new DomainException(409, "case.closed", "案件已于 " + c.closedOn() + " 结案");
    }

    static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(422, "reason.required", message, List.of(FieldError.of("reason", message)));
        }
    }
}
