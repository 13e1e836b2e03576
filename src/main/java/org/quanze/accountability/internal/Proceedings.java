package org.quanze.accountability.internal;

import java.util.Optional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.quanze.accountability.domain.AccountabilityRefusal;
import org.quanze.accountability.domain.Allocation;
import org.quanze.accountability.domain.Clue;
import org.quanze.accountability.domain.ClueSource;
import org.quanze.accountability.domain.EvidenceSource;
import org.quanze.accountability.domain.Finding;
import org.quanze.accountability.domain.Proceeding;
import org.quanze.accountability.domain.Stage;
import org.quanze.accountability.domain.Track;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.deliberation.DeliberationVotes;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.Recorded;
import org.quanze.shared.Role;
import org.quanze.supervision.NameClearing;
import org.quanze.trail.Trail;
import org.quanze.authority.Accounts;
import org.quanze.supervision.SupervisionSteps;
import org.quanze.trail.TrailEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountability office's desk: load → check the power and the circle → act → save with the version → write every
 * step (and every read) to the trail in the same transaction → reach the other modules (quota, name clearing).
 */
@Service
public class Proceedings {

    static final String TARGET = "ACCOUNTABILITY_PROCEEDING";

    private final ProceedingStore store;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final CaseFiles cases;
    private final Organization organization;
    private final NameClearing clearing;
    private final DeliberationVotes votes;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final AccountabilityProperties properties;
    private final Clock clock;
    private final Accounts accounts;
    private final SupervisionSteps supervision;

    Proceedings(ProceedingStore store, PowerGuard guard, CurrentActor current, CaseFiles cases, Organization organization,
            NameClearing clearing, DeliberationVotes votes, Trail trail, ApplicationEventPublisher events,
            AccountabilityProperties properties, Clock clock, Accounts accounts, SupervisionSteps supervision) {
        this.accounts = accounts;
        this.supervision = supervision;
        this.store = store;
        this.guard = guard;
        this.current = current;
        this.cases = cases;
        this.organization = organization;
        this.clearing = clearing;
        this.votes = votes;
        this.trail = trail;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public record Summary(long id, String caseNumber, Stage stage, Finding finding, Instant openedAt, LocalDate due,
            boolean overdue, List<String> consequences, int version) {
    }

    /** @param measure a {@link org.quanze.accountability.domain.Consequence} or {@link org.quanze.accountability.domain.Sanction}; null for none */
    public record Statistic(int year, ClueSource source, Finding finding, Enum<?> measure, long count) {
    }

    // ---- clues --------------------------------------------------------------------------------------------------

    /** 登记线索 by the supervision office or the trial-management office; a clue opens nothing. */
    @Transactional
    public long recordClue(String caseNumber, ClueSource source, String description) {
        if (caseNumber == null || caseNumber.isBlank()) throw AccountabilityRefusal.invalid("caseNumber", "请填写案号");
        if (source == null) throw AccountabilityRefusal.invalid("source", "请选择线索来源");
        if (description == null || description.isBlank()) throw AccountabilityRefusal.invalid("description", "请填写线索内容");
        if (description.length() > 4000) throw AccountabilityRefusal.invalid("description", "线索内容最多 4000 个字");
        CaseView c = cases.find(caseNumber.strip()).orElseThrow(() -> AccountabilityRefusal.invalid("caseNumber", "案号不存在"));
        Actor me = guard.require(Action.RECORD_ACCOUNTABILITY_CLUE, PowerContext.court(c.courtId()));
        long id = store.insertClue(c.courtId(), c.caseNumber(), source, description.strip(), me.name(), clock.instant());
        events.publishEvent(Recorded.of("ACCOUNTABILITY_CLUE_RECORDED", "ACCOUNTABILITY_CLUE", String.valueOf(id),
                Map.of("source", source.label())));
        return id;
    }

    /** A clue from a review marked "suspected fault", recorded by the system (the review is the person's act). */
    @Transactional
    public long recordReviewClue(long courtId, String caseNumber, String reasons) {
        long id = store.insertClue(courtId, caseNumber, ClueSource.REVIEW, reasons, "案件评查", clock.instant());
        events.publishEvent(Recorded.of("ACCOUNTABILITY_CLUE_RECORDED", "ACCOUNTABILITY_CLUE", String.valueOf(id),
                Map.of("source", ClueSource.REVIEW.label())));
        return id;
    }

    /** 初核 by the trial-management office or the trial-supervision division. */
    @Transactional
    public Clue reviewClue(long id, boolean proceed, String reasons) {
        Clue c = store.clue(id).orElseThrow(() -> AccountabilityRefusal.notFound("线索 " + id));
        Actor me = guard.require(Action.RECORD_ACCOUNTABILITY_CLUE, PowerContext.court(c.courtId()));
        Clue reviewed = c.reviewed(proceed, reasons, me.name(), clock.instant());
        store.saveReview(reviewed);
        events.publishEvent(Recorded.of("ACCOUNTABILITY_CLUE_REVIEWED", "ACCOUNTABILITY_CLUE", String.valueOf(id),
                Map.of("proceed", proceed, "reasons", reasons.strip())));
        return store.clue(id).orElseThrow();
    }

    public List<Clue> clues() {
        DataScope scope = guard.scope(Action.RECORD_ACCOUNTABILITY_CLUE);
        if (scope.empty()) return List.of();
        return store.clues(scope.all() ? Set.copyOf(organization.courts().stream().map(x -> x.id()).toList()) : scope.courtIds());
    }

    // ---- opening ------------------------------------------------------------------------------------------------

    /** 立案 by the supervision office, naming the subjects by staff number, with reasons. */
    @Transactional
    public long open(long clueId, List<String> staffNos, String reasons) {
        Clue clue = store.clue(clueId).orElseThrow(() -> AccountabilityRefusal.invalid("clueId", "线索不存在"));
        Actor me = guard.require(Action.HANDLE_ACCOUNTABILITY, PowerContext.court(clue.courtId()));
        if (staffNos == null || staffNos.isEmpty()) throw AccountabilityRefusal.invalid("subjects", "请至少指明一名当事人");
        LocalDate today = LocalDate.now(clock);
        List<Proceeding.Subject> subjects = new ArrayList<>();
        for (String no : staffNos) {
            StaffView s = organization.staff(no == null ? "" : no.strip(), today)
                    .orElseThrow(() -> AccountabilityRefusal.invalid("subjects", "人员编号不存在：" + no));
            subjects.add(new Proceeding.Subject(person(s), trackOf(s), null, null, false));
        }
        Instant now = clock.instant();
        Proceeding p = Proceeding.open(clue.courtId(), clue, subjects, reasons, me.name(), now);
        long id = store.insert(p, now);
        trail(id, p);
        return id;
    }

    /** Quota judges answer before the disciplinary committee; assistants and clerks through ordinary discipline; leaders apart. */
    static Track trackOf(StaffView s) {
        if (s.role() == Role.QUOTA_JUDGE) return Track.JUDGE_DISCIPLINE;
        if (s.role() == Role.JUDICIAL_ASSISTANT || s.role() == Role.CLERK) return Track.ORDINARY_DISCIPLINE;
        return Track.SUPERVISORY;
    }

    // ---- reading (confidential, on the trail) --------------------------------------------------------------------

    /** The proceeding, for someone in its circle; the read is written to the trail. */
    @Transactional
    public Proceeding.State read(long id) {
        Actor me = current.get();
        // a number outside the reader's circle answers like one that does not exist: ids cannot be probed
        Proceeding p = store.find(id).orElseThrow(AccountabilityRefusal::outsideCircle);
        requireCircle(p, me);
        events.publishEvent(Recorded.of("ACCOUNTABILITY_READ", TARGET, String.valueOf(id), Map.of("reader", me.postLabels())));
        return p.state();
    }

    /** The proceedings the person may see; the listing is written to the trail. */
    @Transactional
    public List<Summary> visible() {
        Actor me = current.get();
        DataScope scope = guard.scope(Action.VIEW_ACCOUNTABILITY);
        Set<Long> courts = scope.all() ? Set.copyOf(organization.courts().stream().map(x -> x.id()).toList()) : scope.courtIds();
        LocalDate today = LocalDate.now(clock);
        List<Summary> list = store.visible(courts, me.staffId()).stream().map(r -> {
            Stage stage = Stage.valueOf(r.stage());
            LocalDate due = r.stageSince().atZone(clock.getZone()).toLocalDate().plusDays(properties.daysFor(stage));
            boolean open = stage != Stage.ARCHIVED;
            return new Summary(r.id(), r.caseNumber(), stage, r.finding() == null ? null : Finding.valueOf(r.finding()),
                    r.openedAt(), open ? due : null, open && today.isAfter(due), r.consequences(), r.version());
        }).toList();
        events.publishEvent(Recorded.of("ACCOUNTABILITY_LIST_READ", TARGET, "*", Map.of("count", list.size())));
        return list;
    }

    /** Stage and version after a change the caller has just made (answered with the change; not a read of its content). */
    public Proceeding.State stateAfterChange(long id) {
        return load(id).state();
    }

    /** Open proceedings the person is a subject of or sits on the committee of (the workbench), not trailed: no content. */
    public List<Summary> concerning(Actor me) {
        return store.visible(Set.of(), me.staffId()).stream().filter(r -> !Stage.ARCHIVED.name().equals(r.stage()))
                .map(r -> new Summary(r.id(), r.caseNumber(), Stage.valueOf(r.stage()), r.finding() == null ? null : Finding.valueOf(r.finding()),
                        r.openedAt(), null, false, r.consequences(), r.version()))
                .toList();
    }

    /** The office's proceedings that stayed in their stage longer than configured (the workbench); trailed when any. */
    @Transactional
    public List<Summary> overdueFor(Actor me) {
        if (me.courtId() == null || !guard.allows(me, Action.HANDLE_ACCOUNTABILITY, PowerContext.court(me.courtId()))) return List.of();
        LocalDate today = LocalDate.now(clock);
        List<Summary> overdue = store.visible(Set.of(me.courtId()), null).stream()
                .filter(r -> !Stage.ARCHIVED.name().equals(r.stage()))
                .map(r -> {
                    Stage stage = Stage.valueOf(r.stage());
                    LocalDate due = r.stageSince().atZone(clock.getZone()).toLocalDate().plusDays(properties.daysFor(stage));
                    return new Summary(r.id(), r.caseNumber(), stage, r.finding() == null ? null : Finding.valueOf(r.finding()),
                            r.openedAt(), due, today.isAfter(due), r.consequences(), r.version());
                })
                .filter(Summary::overdue).toList();
        if (!overdue.isEmpty()) {
            events.publishEvent(Recorded.of("ACCOUNTABILITY_LIST_READ", TARGET, "*", Map.of("count", overdue.size(), "overdue", true)));
        }
        return overdue;
    }

    public boolean inCircle(Proceeding.State s, Actor me) {
        if (guard.allows(me, Action.VIEW_ACCOUNTABILITY, PowerContext.court(s.courtId()))) return true;
        Proceeding p = Proceeding.restore(s);
        return me.staffId() != null && (p.concerns(me.staffId()) || p.onCommittee(me.staffId()));
    }

    private void requireCircle(Proceeding p, Actor me) {
        if (!inCircle(p.state(), me)) throw AccountabilityRefusal.outsideCircle();
    }

    // ---- the office's steps --------------------------------------------------------------------------------------

    @Transactional
    public void investigate(long id, Integer version, List<String> staffNos) {
        LocalDate today = LocalDate.now(clock);
        List<Proceeding.Person> people = new ArrayList<>();
        for (String no : staffNos == null ? List.<String>of() : staffNos) {
            people.add(person(organization.staff(no.strip(), today)
                    .orElseThrow(() -> AccountabilityRefusal.invalid("investigators", "人员编号不存在：" + no))));
        }
        office(id, version, (p, by, now) -> p.investigate(people, by, now));
    }

    @Transactional
    public void addEvidence(long id, Integer version, EvidenceSource source, String reference, String link, String summary) {
        if (source == null) throw AccountabilityRefusal.invalid("source", "请选择证据来源");
        office(id, version, (p, by, now) -> p.addEvidence(source, reference, link, summary, by, now));
    }

    /**
     * 证据材料 assembled from the platform: the case's trail, each event linked to its source and classified (the
     * deliberation record's votes, the committee, the signing order, the review, supervision and interference).
     */
    @Transactional
    public int assembleEvidence(long id, Integer version) {
        int[] added = {0};
        office(id, version, (p, by, now) -> {
            Set<String> present = new java.util.HashSet<>(p.state().evidence().stream().map(Proceeding.Evidence::reference).toList());
            String caseNumber = p.state().caseNumber();
            for (TrailEvent e : trail.timelineOf(caseNumber)) {
                String reference = "留痕 #" + e.seq() + " " + e.action();
                if (present.contains(reference)) continue;
                p.addEvidence(sourceOf(e.action()), reference, "/trail?caseNumber=" + caseNumber + "#" + e.seq(),
                        e.changes(), by, now);
                added[0]++;
            }
            for (DeliberationVotes.CastVote v : votes.panelVotes(caseNumber)) {
                String reference = v.reference() + " " + v.name() + " " + (v.choice() == null ? "" : v.choice());
                if (present.contains(reference)) continue;
                p.addEvidence(EvidenceSource.DELIBERATION_RECORD, reference, "/cases/" + caseNumber + "#deliberation", v.opinion(), by, now);
                added[0]++;
            }
            for (DeliberationVotes.CommitteeVote v : votes.committeeVotes(caseNumber)) {
                String reference = v.reference() + " " + v.name() + " " + (v.choice() == null ? "" : v.choice());
                if (present.contains(reference)) continue;
                p.addEvidence(EvidenceSource.COMMITTEE_MINUTES, reference, "/committee", v.opinion(), by, now);
                added[0]++;
            }
        });
        return added[0];
    }

    static EvidenceSource sourceOf(String action) {
        if (action.startsWith("DELIBERATION")) return EvidenceSource.DELIBERATION_RECORD;
        if (action.startsWith("MEETING") || action.startsWith("COMMITTEE") || action.equals("PUT_ON_AGENDA")) return EvidenceSource.COMMITTEE_MINUTES;
        if (action.startsWith("JUDGMENT_SIGN")) return EvidenceSource.SIGNING_ORDER;
        if (action.startsWith("REVIEW")) return EvidenceSource.REVIEW_REPORT;
        if (action.startsWith("INTERFERENCE")) return EvidenceSource.INTERFERENCE_RECORD;
        if (action.startsWith("SUPERVISION") || action.startsWith("FOUR_KINDS")) return EvidenceSource.SUPERVISION_STEP;
        return EvidenceSource.TRAIL;
    }

    @Transactional
    public void assessSituation(long id, Integer version, org.quanze.accountability.domain.Situation situation, List<Integer> evidence, String reasons) {
        if (situation == null) throw AccountabilityRefusal.invalid("situation", "请选择情形");
        office(id, version, (p, by, now) -> p.assessSituation(situation, evidence, reasons, by, now));
    }

    @Transactional
    public void assessElement(long id, Integer version, org.quanze.accountability.domain.NegligenceElement element, List<Integer> evidence,
            boolean missing, String reasons) {
        if (element == null) throw AccountabilityRefusal.invalid("element", "请选择要件");
        office(id, version, (p, by, now) -> p.assessElement(element, evidence, missing, reasons, by, now));
    }

    @Transactional
    public void answerExemption(long id, Integer version, org.quanze.accountability.domain.Exemption exemption, boolean applies, String reasons) {
        if (exemption == null) throw AccountabilityRefusal.invalid("exemption", "请选择免责情形");
        office(id, version, (p, by, now) -> p.answerExemption(exemption, applies, reasons, by, now));
    }

    /** The allocation proposed from the recorded votes and roles of the case (意见 第29–32条). */
    @Transactional
    public List<Allocation.Share> proposeAllocation(long id, Integer version, boolean panelMisreported, String misreportCitation,
            boolean centralismBreached) {
        List<Allocation.Share> shares = new ArrayList<>();
        office(id, version, (p, by, now) -> {
            Allocation.DecisionRecord record = decisionRecord(p.state().caseNumber(), panelMisreported, misreportCitation, centralismBreached);
            shares.addAll(Allocation.propose(record));
            p.proposeAllocation(shares, by, now);
        });
        return shares;
    }

    /** The decision as the record shows it: trial organisation, the panel's votes, the committee's votes and chair. */
    Allocation.DecisionRecord decisionRecord(String caseNumber, boolean misreported, String misreportCitation, boolean breached) {
        CaseView c = cases.find(caseNumber).orElseThrow(() -> AccountabilityRefusal.notFound(caseNumber));
        List<DeliberationVotes.CastVote> cast = votes.panelVotes(caseNumber);
        List<Allocation.Vote> panel = new ArrayList<>();
        boolean sole = c.trialOrganisation().size() <= 1;
        String majority = majority(cast.stream().map(DeliberationVotes.CastVote::choice).toList());
        for (CaseView.TrialMember m : c.trialOrganisation()) {
            List<DeliberationVotes.CastVote> own = cast.stream().filter(v -> v.staffId() == m.staffId()).toList();
            boolean dissent = !sole && own.stream().anyMatch(v -> v.choice() != null && !v.choice().equals(majority));
            String citation = own.isEmpty() ? (sole ? "独任审理（审判组织）" : "审判组织：" + m.role() + "（评议笔录无表决记录）")
                    : own.stream().map(v -> v.reference() + " " + v.choice()).reduce((a, b) -> a + "；" + b).orElse("");
            panel.add(new Allocation.Vote(m.staffId(), m.name(), !dissent, citation));
        }
        List<DeliberationVotes.CommitteeVote> cv = votes.committeeVotes(caseNumber);
        Allocation.CommitteeDiscussion committee = null;
        if (!cv.isEmpty()) {
            String prevailing = majority(cv.stream().map(DeliberationVotes.CommitteeVote::choice).toList());
            List<Allocation.Vote> members = cv.stream().map(v -> new Allocation.Vote(v.staffId(), v.name(),
                    v.choice() != null && v.choice().equals(prevailing), v.reference() + " " + v.name() + " " + v.choice())).toList();
            DeliberationVotes.CommitteeVote first = cv.get(0);
            committee = new Allocation.CommitteeDiscussion("DISAGREE".equals(prevailing), members, first.chairStaffId(),
                    first.chairName(), breached, first.reference());
        }
        return new Allocation.DecisionRecord(sole ? Allocation.Organisation.SOLE_JUDGE : Allocation.Organisation.PANEL, panel,
                committee, misreported, misreportCitation, auxiliaryActs(caseNumber), supervisionSteps(caseNumber));
    }

    /**
     * 法官助理、书记员 answer for their own fault (RULES.md [U], e.g. a clerk who alters the hearing record): each one's
     * recorded acts on the case (the trail), cited by trail number and action, for the investigator to weigh.
     */
    private List<Allocation.RecordedAct> auxiliaryActs(String caseNumber) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<String>> acts = new java.util.LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        // each account is looked up once, however many acts it recorded
        Map<String, Optional<StaffView>> staffOf = new HashMap<>();
        for (org.quanze.trail.TrailEvent e : trail.timelineOf(caseNumber)) {
            if (e.actor() == null) continue;
            staffOf.computeIfAbsent(e.actor(), actor -> accounts.staffIdOf(actor).flatMap(id -> organization.staff(id, today))).ifPresent(s -> {
                if (s.role() != Role.JUDICIAL_ASSISTANT && s.role() != Role.CLERK) return;
                names.put(s.id(), s.name());
                acts.computeIfAbsent(s.id(), k -> new ArrayList<>()).add("留痕#" + e.seq() + " " + e.action());
            });
        }
        return acts.entrySet().stream().map(a -> new Allocation.RecordedAct(a.getKey(), names.get(a.getKey()),
                String.join("；", a.getValue()))).toList();
    }

    /** 院庭长 bear 监督管理责任 (意见 第27条 [U]) where they supervised the case through recorded steps. */
    private List<Allocation.RecordedAct> supervisionSteps(String caseNumber) {
        Map<Long, List<String>> steps = new java.util.LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (SupervisionSteps.Step s : supervision.ofCase(caseNumber)) {
            if (s.staffId() == null) continue;
            names.put(s.staffId(), s.name() + "（" + s.post() + "）");
            steps.computeIfAbsent(s.staffId(), k -> new ArrayList<>()).add("监督记录#" + s.id() + " " + s.kind() + "：" + s.text());
        }
        return steps.entrySet().stream().map(a -> new Allocation.RecordedAct(a.getKey(), names.get(a.getKey()),
                String.join("；", a.getValue()))).toList();
    }

    private static String majority(List<String> choices) {
        Map<String, Long> counts = new HashMap<>();
        choices.stream().filter(java.util.Objects::nonNull).forEach(c -> counts.merge(c, 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("AGREE");
    }

    @Transactional
    public void reportToPresident(long id, Integer version, String report) {
        office(id, version, (p, by, now) -> p.reportToPresident(report, by, now));
    }

    /** A committee member as the office names them: staff number, judge representative, secretary. */
    public record MemberInput(String staffNo, boolean judgeRepresentative, boolean secretary) {
    }

    @Transactional
    public void constituteCommittee(long id, Integer version, List<MemberInput> members) {
        LocalDate today = LocalDate.now(clock);
        List<Proceeding.Member> list = new ArrayList<>();
        for (MemberInput m : members == null ? List.<MemberInput>of() : members) {
            StaffView s = organization.staff(m.staffNo() == null ? "" : m.staffNo().strip(), today)
                    .orElseThrow(() -> AccountabilityRefusal.invalid("members", "人员编号不存在：" + m.staffNo()));
            list.add(new Proceeding.Member(person(s), m.judgeRepresentative(), m.secretary(), false));
        }
        office(id, version, (p, by, now) -> p.constituteCommittee(list, by, now));
    }

    @Transactional
    public void decideRecusal(long id, Integer version, int no, boolean granted, String reasons) {
        office(id, version, (p, by, now) -> p.decideRecusal(no, granted, reasons, by, now));
    }

    /**
     * 审查意见 entered by the committee's secretary or the supervision office. On 没有违反职责 the name of each subject
     * is cleared through the protection committee (法官法 第56条).
     */
    @Transactional
    public void recordFinding(long id, Integer version, Finding finding, String reasons) {
        Proceeding p = load(id);
        Actor me = current.get();
        if (!secretary(p, me)) guard.require(Action.HANDLE_ACCOUNTABILITY, PowerContext.court(p.state().courtId()));
        act(p, version, x -> x.find(finding, reasons, me.name(), clock.instant()));
        if (finding == Finding.NO_VIOLATION) {
            for (Proceeding.Subject s : p.state().subjects()) {
                long request = clearing.open(p.state().courtId(), s.person().staffId(), s.person().name(), p.state().caseNumber(),
                        "惩戒委员会审查意见：没有违反职责。" + reasons.strip());
                store.addClearingRequest(id, request);
            }
        }
    }

    @Transactional
    public void serveFinding(long id, Integer version, LocalDate on) {
        office(id, version, (p, by, now) -> p.serveFinding(on == null ? LocalDate.now(clock) : on, by, now));
    }

    @Transactional
    public void decideObjection(long id, Integer version, Finding decided, String reasons) {
        Proceeding p = load(id);
        Actor me = current.get();
        if (!secretary(p, me)) guard.require(Action.HANDLE_ACCOUNTABILITY, PowerContext.court(p.state().courtId()));
        act(p, version, x -> x.decideObjection(decided, reasons, me.name(), clock.instant()));
    }

    @Transactional
    public void recordClearingPublication(long id, Integer version, String publication) {
        office(id, version, (p, by, now) -> p.recordClearingPublication(publication, by, now));
        for (Long request : store.clearingRequests(id)) clearing.published(request, publication.strip());
    }

    @Transactional
    public void archive(long id, Integer version) {
        office(id, version, (p, by, now) -> p.archive(by, now));
    }

    // ---- the president's steps ----------------------------------------------------------------------------------

    /** 暂停履行职务 (法官法 第47条): from then on the power list refuses the judge new cases and signing. */
    @Transactional
    public void suspend(long id, Integer version, String staffNo, LocalDate from, String reasons) {
        Proceeding p = load(id);
        Actor me = guard.require(Action.DECIDE_ACCOUNTABILITY, PowerContext.court(p.state().courtId()));
        long staffId = subjectId(p, staffNo);
        act(p, version, x -> x.suspend(staffId, from == null ? LocalDate.now(clock) : from, reasons, me.name(), clock.instant()));
    }

    public record DecisionInput(String staffNo, List<org.quanze.accountability.domain.Consequence> consequences,
            List<org.quanze.accountability.domain.Sanction> sanctions, LocalDate effectiveOn, String reasons) {
    }

    /** 处理决定; 退出员额 ends the quota term the day before it takes effect. */
    @Transactional
    public void decide(long id, Integer version, List<DecisionInput> decisions) {
        Proceeding p = load(id);
        Actor me = guard.require(Action.DECIDE_ACCOUNTABILITY, PowerContext.court(p.state().courtId()));
        if (decisions == null || decisions.isEmpty()) throw AccountabilityRefusal.invalid("decisions", "请填写处理决定");
        List<Proceeding.Decision> list = decisions.stream().map(d -> new Proceeding.Decision(subjectId(p, d.staffNo()),
                d.consequences() == null ? List.of() : List.copyOf(d.consequences()),
                d.sanctions() == null ? List.of() : List.copyOf(d.sanctions()), d.effectiveOn(), d.reasons())).toList();
        act(p, version, x -> x.decide(list, LocalDate.now(clock), properties.objectionDays(), me.name(), clock.instant()));
        for (Proceeding.Decision d : list) {
            if (d.consequences().contains(org.quanze.accountability.domain.Consequence.QUOTA_EXIT)) {
                organization.endQuotaTerm(d.staffId(), d.effectiveOn().minusDays(1), "退出员额（审判责任追究程序 " + id + "）");
            }
        }
    }

    // ---- the judge's own steps ----------------------------------------------------------------------------------

    @Transactional
    public int applyForRecusal(long id, Integer version, String againstStaffNo, String reasons) {
        Proceeding p = load(id);
        long me = self(p);
        long against = organization.staff(againstStaffNo == null ? "" : againstStaffNo.strip(), LocalDate.now(clock))
                .orElseThrow(() -> AccountabilityRefusal.invalid("against", "人员编号不存在")).id();
        int[] no = {0};
        act(p, version, x -> no[0] = x.applyForRecusal(me, against, reasons, clock.instant()));
        return no[0];
    }

    @Transactional
    public void hear(long id, Integer version, String statement, String evidence, String defence) {
        Proceeding p = load(id);
        long me = self(p);
        act(p, version, x -> x.hear(me, statement, evidence, defence, clock.instant()));
    }

    @Transactional
    public void waiveHearing(long id, Integer version, String reason) {
        Proceeding p = load(id);
        long me = self(p);
        act(p, version, x -> x.waiveHearing(me, reason, clock.instant()));
    }

    @Transactional
    public void object(long id, Integer version, String reasons) {
        Proceeding p = load(id);
        long me = self(p);
        act(p, version, x -> x.object(me, reasons, LocalDate.now(clock), properties.objectionDays(), clock.instant()));
    }

    @Transactional
    public void waiveObjection(long id, Integer version) {
        Proceeding p = load(id);
        long me = self(p);
        act(p, version, x -> x.waiveObjection(me, clock.instant()));
    }

    @Transactional
    public void appeal(long id, Integer version, String kind, String reasons) {
        Proceeding p = load(id);
        long me = self(p);
        act(p, version, x -> x.appeal(me, kind, reasons, LocalDate.now(clock), clock.instant()));
    }

    // ---- statistics ----------------------------------------------------------------------------------------------

    /** By year opened, clue source, finding and consequence, for the courts the person may see proceedings of. */
    @Transactional
    public List<Statistic> statistics() {
        DataScope scope = guard.scope(Action.VIEW_ACCOUNTABILITY);
        if (scope.empty()) throw AccountabilityRefusal.outsideCircle();
        Set<Long> courts = scope.all() ? Set.copyOf(organization.courts().stream().map(x -> x.id()).toList()) : scope.courtIds();
        events.publishEvent(Recorded.of("ACCOUNTABILITY_STATISTICS_READ", TARGET, "*", Map.of()));
        return store.statistics(courts).stream().map(r -> new Statistic(r.year(), ClueSource.valueOf(r.source()),
                r.finding() == null ? null : Finding.valueOf(r.finding()), measure(r.consequence()), r.count())).toList();
    }

    private static Enum<?> measure(String name) {
        if (name == null || name.isEmpty()) return null;
        for (var c : org.quanze.accountability.domain.Consequence.values()) if (c.name().equals(name)) return c;
        return org.quanze.accountability.domain.Sanction.valueOf(name);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private interface Step {
        void apply(Proceeding p, String by, Instant now);
    }

    /** A step of the supervision office (HANDLE_ACCOUNTABILITY over the proceeding's court). */
    private void office(long id, Integer version, Step step) {
        Proceeding p = load(id);
        Actor me = guard.require(Action.HANDLE_ACCOUNTABILITY, PowerContext.court(p.state().courtId()));
        act(p, version, x -> step.apply(x, me.name(), clock.instant()));
    }

    private void act(Proceeding p, Integer version, Consumer<Proceeding> change) {
        int loaded = p.state().version();
        if (version != null && version != loaded) throw AccountabilityRefusal.stale();
        Stage before = p.state().stage();
        change.accept(p);
        store.update(p, loaded, before != p.state().stage(), clock.instant());
        trail(p.state().id(), p);
    }

    private void trail(long id, Proceeding p) {
        for (Proceeding.Step s : p.recorded()) {
            events.publishEvent(Recorded.of(s.action(), TARGET, String.valueOf(id), Map.of("text", s.text())));
        }
    }

    private Proceeding load(long id) {
        return store.find(id).orElseThrow(() -> AccountabilityRefusal.notFound("程序 " + id));
    }

    private long self(Proceeding p) {
        Actor me = current.get();
        if (me.staffId() == null || !p.concerns(me.staffId())) throw AccountabilityRefusal.notSubject();
        return me.staffId();
    }

    private boolean secretary(Proceeding p, Actor me) {
        return me.staffId() != null && p.state().committee().stream()
                .anyMatch(m -> m.secretary() && !m.recused() && m.person().staffId() == me.staffId());
    }

    private long subjectId(Proceeding p, String staffNo) {
        return p.state().subjects().stream().filter(s -> s.person().staffNo().equals(staffNo == null ? "" : staffNo.strip()))
                .findFirst().orElseThrow(() -> AccountabilityRefusal.invalid("staffNo", "不是本案当事人：" + staffNo))
                .person().staffId();
    }

    private static Proceeding.Person person(StaffView s) {
        return new Proceeding.Person(s.id(), s.staffNo(), s.name());
    }
}
