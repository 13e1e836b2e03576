package org.quanze.accountability.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * 审判责任追究程序 — one proceeding from 立案 to 归档. Each verb checks its rule and refuses naming it; each records a
 * {@link Step} for the trail. The state is kept as a {@link State} record (stored as a document by the repository).
 */
public final class Proceeding {

    /** A person in the proceeding: a subject (当事人), an investigator or a committee member. */
    public record Person(long staffId, String staffNo, String name) {
    }

    /** 当事人 with the rights they have exercised. */
    public record Subject(Person person, Track track, Instant notifiedAt, Hearing hearing, boolean objectionWaived) {
        Subject with(Hearing h) { return new Subject(person, track, notifiedAt, h, objectionWaived); }

        Subject waivingObjection() { return new Subject(person, track, notifiedAt, hearing, true); }

        public boolean heard() { return hearing != null; }
    }

    /** 陈述、举证、辩解 (法官法 第49条), or a recorded waiver with its reason. */
    public record Hearing(String statement, String evidence, String defence, boolean waived, String waiverReason, Instant at) {
    }

    /** An item of the evidence pack, linked to its source on the platform. */
    public record Evidence(int no, EvidenceSource source, String reference, String link, String summary, String addedBy, Instant at) {
    }

    public record SituationAssessment(Situation situation, List<Integer> evidence, String reasons) {
    }

    /** An element with its evidence, or marked missing (never silently assumed). */
    public record ElementAssessment(NegligenceElement element, List<Integer> evidence, boolean missing, String reasons) {
    }

    public record ExemptionAnswer(Exemption exemption, boolean applies, String reasons) {
    }

    /** 法官惩戒委员会委员: whether a judge representative (法官法 第48条 不少于半数), the secretary, recused. */
    public record Member(Person person, boolean judgeRepresentative, boolean secretary, boolean recused) {
    }

    /** 申请回避 (法官法 第49条): against an investigator or a committee member; decided with reasons. */
    public record Recusal(int no, long applicantStaffId, long againstStaffId, String reasons, Boolean granted, String decisionReasons) {
        public boolean pending() { return granted == null; }
    }

    public record FindingRecord(Finding finding, String reasons, String recordedBy, Instant at, LocalDate servedOn) {
    }

    /** 异议 (法官法 第50条) and the committee's decision on it. */
    public record Objection(long staffId, String reasons, LocalDate filedOn, Finding decided, String decisionReasons) {
    }

    /** 处理决定 for one subject. */
    public record Decision(long staffId, List<Consequence> consequences, List<Sanction> sanctions, LocalDate effectiveOn, String reasons) {
    }

    /** 暂停履行职务 (法官法 第47条) during the investigation, or 停职 decided. */
    public record Suspension(long staffId, LocalDate from, LocalDate to, String reasons) {
    }

    /** 复议 / 申诉 after the decision. */
    public record Appeal(long staffId, String kind, String reasons, LocalDate filedOn) {
    }

    /** A recorded step, written to the trail with the change. */
    public record Step(String action, String by, Instant at, String text) {
    }

    public record State(Long id, long courtId, long clueId, String caseNumber, String reasons, Stage stage, List<Person> investigators,
            List<Subject> subjects, List<Evidence> evidence, List<SituationAssessment> situations,
            List<ElementAssessment> elements, List<ExemptionAnswer> exemptions, List<Allocation.Share> allocation,
            String report, List<Member> committee, List<Recusal> recusals, FindingRecord finding, List<Objection> objections,
            List<Decision> decisions, List<Suspension> suspensions, List<Appeal> appeals, String clearingPublication,
            List<Step> steps, int version) {
    }

    private State s;
    private final List<Step> recorded = new ArrayList<>();

    private Proceeding(State state) {
        this.s = state;
    }

    public static Proceeding restore(State state) { return new Proceeding(state); }

    /**
     * 立案 — a person of the supervision office opens a proceeding on a clue that passed preliminary review, with
     * reasons, naming the subjects; each is notified at once (知情). No figure and no event opens one (意见 第3条).
     */
    public static Proceeding open(long courtId, Clue clue, List<Subject> subjects, String reasons, String by, Instant now) {
        AccountabilityRefusal.requireText(reasons, "reasons", "立案理由");
        if (subjects.isEmpty()) throw AccountabilityRefusal.invalid("subjects", "请至少指明一名当事人");
        if (clue.review() == null) {
            throw AccountabilityRefusal.rule("意见 第34条：先由审判管理或审判监督部门初核", "线索尚未初核", "clueId");
        }
        if (!clue.review().proceed()) {
            throw AccountabilityRefusal.rule("意见 第34条", "初核意见为不予立案", "clueId");
        }
        List<Subject> notified = subjects.stream()
                .map(x -> new Subject(x.person(), x.track(), now, null, false)).toList();
        Proceeding p = new Proceeding(new State(null, courtId, clue.id(), clue.caseNumber(), reasons.strip(), Stage.OPENED,
                List.of(), notified, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                null, List.of(), List.of(), List.of(), List.of(), null, List.of(), 0));
        p.step("ACCOUNTABILITY_OPENED", by, now, reasons.strip());
        notified.forEach(x -> p.step("ACCOUNTABILITY_SUBJECT_NOTIFIED", by, now, x.person().name()));
        return p;
    }

    public State state() { return s; }

    /** Steps recorded by the verbs called since the proceeding was loaded. */
    public List<Step> recorded() { return List.copyOf(recorded); }

    public Optional<Subject> subject(long staffId) {
        return s.subjects().stream().filter(x -> x.person().staffId() == staffId).findFirst();
    }

    public boolean concerns(long staffId) { return subject(staffId).isPresent(); }

    public boolean onCommittee(long staffId) {
        return s.committee().stream().anyMatch(m -> m.person().staffId() == staffId);
    }

    // ---- investigation ----------------------------------------------------------------------------------------

    /** 调查 — the supervision office names its investigators. */
    public void investigate(List<Person> investigators, String by, Instant now) {
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING), "开展调查");
        if (investigators.isEmpty()) throw AccountabilityRefusal.invalid("investigators", "请指定调查人员");
        for (Person i : investigators) {
            if (concerns(i.staffId())) throw AccountabilityRefusal.rule("法官法 第49条 回避", "当事人不得担任调查人员", "investigators");
        }
        update(x -> with(x, Stage.INVESTIGATING, investigators));
        step("ACCOUNTABILITY_INVESTIGATION", by, now, investigators.stream().map(Person::name).reduce((a, b) -> a + "、" + b).orElse(""));
    }

    /** Adds an item to the evidence pack, linked to where it is on the platform. */
    public int addEvidence(EvidenceSource source, String reference, String link, String summary, String by, Instant now) {
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING, Stage.REPORTED), "补充证据");
        AccountabilityRefusal.requireText(reference, "reference", "证据来源");
        int no = s.evidence().size() + 1;
        List<Evidence> list = plus(s.evidence(), new Evidence(no, source, reference.strip(), link, summary, by, now));
        s = copy(s, b -> b.evidence = list);
        step("ACCOUNTABILITY_EVIDENCE_ADDED", by, now, source.label() + "：" + reference.strip());
        return no;
    }

    /** Asserts one of the seven situations (意见 第26条) — only on linked evidence. */
    public void assessSituation(Situation situation, List<Integer> evidence, String reasons, String by, Instant now) {
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING), "评估违法审判情形");
        requireEvidence(evidence, "evidence", situation.article() + " 须有证据支持");
        AccountabilityRefusal.requireText(reasons, "reasons", "评估理由");
        List<SituationAssessment> list = new ArrayList<>(s.situations().stream().filter(a -> a.situation() != situation).toList());
        list.add(new SituationAssessment(situation, List.copyOf(evidence), reasons.strip()));
        s = copy(s, b -> b.situations = List.copyOf(list));
        step("ACCOUNTABILITY_SITUATION_ASSESSED", by, now, situation.article());
    }

    /** One of the three elements of negligence: with its evidence, or marked missing (意见 第25条). */
    public void assessElement(NegligenceElement element, List<Integer> evidence, boolean missing, String reasons, String by, Instant now) {
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING), "评估过失要件");
        if (!missing) requireEvidence(evidence, "evidence", "要件「" + element.label() + "」须有证据，否则应标记为缺失");
        List<ElementAssessment> list = new ArrayList<>(s.elements().stream().filter(a -> a.element() != element).toList());
        list.add(new ElementAssessment(element, missing ? List.of() : List.copyOf(evidence), missing, reasons == null ? "" : reasons.strip()));
        s = copy(s, b -> b.elements = List.copyOf(list));
        step("ACCOUNTABILITY_ELEMENT_ASSESSED", by, now, element.label() + (missing ? "：缺失" : ""));
    }

    /** Answers one exemption of 意见 第28条, always with reasons. */
    public void answerExemption(Exemption exemption, boolean applies, String reasons, String by, Instant now) {
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING), "审查免责情形");
        AccountabilityRefusal.requireText(reasons, "reasons", "对免责情形「" + exemption.label() + "」的理由");
        List<ExemptionAnswer> list = new ArrayList<>(s.exemptions().stream().filter(a -> a.exemption() != exemption).toList());
        list.add(new ExemptionAnswer(exemption, applies, reasons.strip()));
        s = copy(s, b -> b.exemptions = List.copyOf(list));
        step("ACCOUNTABILITY_EXEMPTION_ANSWERED", by, now, exemption.article() + (applies ? "：适用" : "：不适用"));
    }

    /** The allocation proposed from the record (see {@link Allocation#propose}). */
    public void proposeAllocation(List<Allocation.Share> shares, String by, Instant now) {
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING), "提出责任分配");
        s = copy(s, b -> b.allocation = List.copyOf(shares));
        step("ACCOUNTABILITY_ALLOCATION_PROPOSED", by, now, shares.size() + " 人");
    }

    /**
     * 报告院长 — the investigation report; every exemption of 意见 第28条 must have been answered with reasons, and
     * every element of negligence shown (with evidence or marked missing).
     */
    public void reportToPresident(String report, String by, Instant now) {
        requireStage(EnumSet.of(Stage.INVESTIGATING), "报告院长");
        AccountabilityRefusal.requireText(report, "report", "调查报告");
        for (Exemption e : Exemption.values()) {
            if (s.exemptions().stream().noneMatch(a -> a.exemption() == e)) {
                throw AccountabilityRefusal.rule(e.article(), "免责情形「" + e.label() + "」尚未逐项回答", "exemptions");
            }
        }
        for (NegligenceElement e : NegligenceElement.values()) {
            if (s.elements().stream().noneMatch(a -> a.element() == e)) {
                throw AccountabilityRefusal.rule(e.article(), "过失要件「" + e.label() + "」须列明证据或标记缺失", "elements");
            }
        }
        s = copy(s, b -> { b.report = report.strip(); b.stage = Stage.REPORTED; });
        step("ACCOUNTABILITY_REPORTED", by, now, "报告院长");
    }

    /** 惩戒委员会组成: judge representatives at least half (法官法 第48条); subjects and investigators may not sit. */
    public void constituteCommittee(List<Member> members, String by, Instant now) {
        requireStage(EnumSet.of(Stage.REPORTED), "组成惩戒委员会审议");
        if (members.isEmpty()) throw AccountabilityRefusal.invalid("members", "请列明审议的委员");
        for (Member m : members) {
            if (concerns(m.person().staffId())) throw AccountabilityRefusal.rule("法官法 第49条 回避", "当事人不得担任委员", "members");
        }
        s = copy(s, b -> b.committee = List.copyOf(members));
        requireJudgeRepresentatives();
        step("ACCOUNTABILITY_COMMITTEE", by, now, members.size() + " 名委员");
    }

    // ---- the judge's rights -----------------------------------------------------------------------------------

    /** 申请回避 by a subject against an investigator or committee member (法官法 第49条). */
    public int applyForRecusal(long applicant, long against, String reasons, Instant now) {
        Subject me = subject(applicant).orElseThrow(AccountabilityRefusal::notSubject);
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING, Stage.REPORTED), "申请回避");
        boolean known = s.investigators().stream().anyMatch(p -> p.staffId() == against) || onCommittee(against);
        if (!known) throw AccountabilityRefusal.invalid("against", "被申请回避的人员不是本案调查人员或委员");
        AccountabilityRefusal.requireText(reasons, "reasons", "申请回避的理由");
        int no = s.recusals().size() + 1;
        s = copy(s, b -> b.recusals = plus(s.recusals(), new Recusal(no, applicant, against, reasons.strip(), null, null)));
        step("ACCOUNTABILITY_RECUSAL_APPLIED", me.person().name(), now, reasons.strip());
        return no;
    }

    /** Decides a recusal with reasons; a granted one removes the member or investigator. */
    public void decideRecusal(int no, boolean granted, String reasons, String by, Instant now) {
        Recusal r = s.recusals().stream().filter(x -> x.no() == no).findFirst()
                .orElseThrow(() -> AccountabilityRefusal.notFound("回避申请 " + no));
        if (!r.pending()) throw AccountabilityRefusal.rule("法官法 第49条", "该回避申请已决定", "no");
        AccountabilityRefusal.requireText(reasons, "reasons", "决定理由");
        List<Recusal> list = s.recusals().stream()
                .map(x -> x.no() == no ? new Recusal(no, x.applicantStaffId(), x.againstStaffId(), x.reasons(), granted, reasons.strip()) : x)
                .toList();
        s = copy(s, b -> {
            b.recusals = list;
            if (granted) {
                b.investigators = s.investigators().stream().filter(p -> p.staffId() != r.againstStaffId()).toList();
                b.committee = s.committee().stream()
                        .map(m -> m.person().staffId() == r.againstStaffId() ? new Member(m.person(), m.judgeRepresentative(), m.secretary(), true) : m)
                        .toList();
            }
        });
        step("ACCOUNTABILITY_RECUSAL_DECIDED", by, now, (granted ? "准予回避：" : "驳回回避申请：") + reasons.strip());
    }

    /** 陈述、举证、辩解 by the subject (法官法 第49条). */
    public void hear(long staffId, String statement, String evidence, String defence, Instant now) {
        Subject me = subject(staffId).orElseThrow(AccountabilityRefusal::notSubject);
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING, Stage.REPORTED), "陈述、举证、辩解");
        AccountabilityRefusal.requireText(statement, "statement", "陈述");
        AccountabilityRefusal.requireText(defence, "defence", "辩解");
        replaceSubject(me.with(new Hearing(statement.strip(), evidence == null ? "" : evidence.strip(), defence.strip(), false, null, now)));
        if (evidence != null && !evidence.isBlank()) {
            s = copy(s, b -> b.evidence = plus(s.evidence(), new Evidence(s.evidence().size() + 1, EvidenceSource.SUBMITTED,
                    me.person().name() + " 提交", null, evidence.strip(), me.person().name(), now)));
        }
        step("ACCOUNTABILITY_HEARD", me.person().name(), now, "陈述、举证、辩解");
    }

    /** A recorded waiver of the hearing, by the subject himself, with his reason. */
    public void waiveHearing(long staffId, String reason, Instant now) {
        Subject me = subject(staffId).orElseThrow(AccountabilityRefusal::notSubject);
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING, Stage.REPORTED), "放弃陈述、辩解");
        AccountabilityRefusal.requireText(reason, "reason", "放弃的理由");
        replaceSubject(me.with(new Hearing(null, null, null, true, reason.strip(), now)));
        step("ACCOUNTABILITY_HEARING_WAIVED", me.person().name(), now, reason.strip());
    }

    /**
     * 审查意见 — the committee's finding, a person's decision with reasons. Refused while any subject has not been
     * heard (or waived), while a recusal is undecided, or where the committee lacks its judge representatives.
     */
    public void find(Finding finding, String reasons, String by, Instant now) {
        if (finding == null) throw AccountabilityRefusal.invalid("finding", "请选择审查意见");
        AccountabilityRefusal.requireText(reasons, "reasons", "审查意见的理由");
        for (Subject x : s.subjects()) {
            if (!x.heard()) throw AccountabilityRefusal.rightNotRespected(Right.HEARING, x.person().name(), "subjects");
        }
        for (Recusal r : s.recusals()) {
            if (r.pending()) throw AccountabilityRefusal.rightNotRespected(Right.RECUSAL, name(r.applicantStaffId()), "recusals");
        }
        requireStage(EnumSet.of(Stage.REPORTED), "作出审查意见");
        if (s.subjects().stream().noneMatch(x -> x.track() == Track.JUDGE_DISCIPLINE)) {
            throw AccountabilityRefusal.rule("法官惩戒工作程序规定（试行）：仅适用于员额法官",
                    "审判辅助人员和院庭长监督管理责任不经法官惩戒委员会审查，按一般纪律或干部管理程序处理", "subjects");
        }
        if (s.committee().isEmpty()) throw AccountabilityRefusal.rule("法官法 第48条", "惩戒委员会尚未组成", "committee");
        requireJudgeRepresentatives();
        s = copy(s, b -> { b.finding = new FindingRecord(finding, reasons.strip(), by, now, null); b.stage = Stage.FOUND; });
        step("ACCOUNTABILITY_FINDING", by, now, finding.label());
    }

    /** 送达 (法官法 第50条). */
    public void serveFinding(LocalDate on, String by, Instant now) {
        requireStage(EnumSet.of(Stage.FOUND), "送达审查意见");
        if (s.finding().servedOn() != null) throw AccountabilityRefusal.rule("法官法 第50条", "审查意见已送达", "servedOn");
        FindingRecord f = s.finding();
        s = copy(s, b -> b.finding = new FindingRecord(f.finding(), f.reasons(), f.recordedBy(), f.at(), on));
        step("ACCOUNTABILITY_FINDING_SERVED", by, now, on.toString());
    }

    /** 异议 within {@code objectionDays} of service (法官法 第50条; the period [U] is configuration). */
    public void object(long staffId, String reasons, LocalDate today, int objectionDays, Instant now) {
        Subject me = subject(staffId).orElseThrow(AccountabilityRefusal::notSubject);
        requireStage(EnumSet.of(Stage.FOUND), "提出异议");
        LocalDate served = s.finding().servedOn();
        if (served == null) throw AccountabilityRefusal.rightNotRespected(Right.OBJECTION, me.person().name(), "servedOn");
        if (today.isAfter(served.plusDays(objectionDays))) {
            throw AccountabilityRefusal.rule("法官法 第50条；异议期 " + objectionDays + " 日", "已超过异议期限", "reasons");
        }
        AccountabilityRefusal.requireText(reasons, "reasons", "异议理由");
        s = copy(s, b -> { b.objections = plus(s.objections(), new Objection(staffId, reasons.strip(), today, null, null)); b.stage = Stage.OBJECTED; });
        step("ACCOUNTABILITY_OBJECTION", me.person().name(), now, reasons.strip());
    }

    /** The subject declares he will not object, so the court may decide before the period ends. */
    public void waiveObjection(long staffId, Instant now) {
        Subject me = subject(staffId).orElseThrow(AccountabilityRefusal::notSubject);
        requireStage(EnumSet.of(Stage.FOUND), "放弃异议");
        if (s.finding().servedOn() == null) throw AccountabilityRefusal.rightNotRespected(Right.OBJECTION, me.person().name(), "servedOn");
        replaceSubject(me.waivingObjection());
        step("ACCOUNTABILITY_OBJECTION_WAIVED", me.person().name(), now, "放弃异议");
    }

    /** The committee reviews the objection and decides: the finding stands or is changed (法官法 第50条). */
    public void decideObjection(Finding decided, String reasons, String by, Instant now) {
        requireStage(EnumSet.of(Stage.OBJECTED), "审查异议");
        AccountabilityRefusal.requireText(reasons, "reasons", "异议审查理由");
        if (decided == null) throw AccountabilityRefusal.invalid("finding", "请选择审查后的意见");
        FindingRecord f = s.finding();
        List<Objection> list = s.objections().stream()
                .map(o -> o.decided() == null ? new Objection(o.staffId(), o.reasons(), o.filedOn(), decided, reasons.strip()) : o).toList();
        s = copy(s, b -> {
            b.objections = list;
            b.finding = new FindingRecord(decided, f.reasons() + "\n异议审查：" + reasons.strip(), by, now, f.servedOn());
            b.stage = Stage.FOUND;
        });
        step("ACCOUNTABILITY_OBJECTION_DECIDED", by, now, decided.label() + "：" + reasons.strip());
    }

    /** Whether the finding is final: served, and every subject objected and was answered, waived, or let the period pass. */
    public boolean findingFinal(LocalDate today, int objectionDays) {
        FindingRecord f = s.finding();
        if (f == null || f.servedOn() == null || s.stage() != Stage.FOUND) return false;
        if (!today.isAfter(f.servedOn().plusDays(objectionDays))) {
            return s.subjects().stream().allMatch(x -> x.objectionWaived()
                    || s.objections().stream().anyMatch(o -> o.staffId() == x.person().staffId() && o.decided() != null));
        }
        return true;
    }

    /**
     * 处理决定 — the court decides the consequence for each subject once the finding is final; none on a finding of
     * 没有违反职责.
     */
    public void decide(List<Decision> decisions, LocalDate today, int objectionDays, String by, Instant now) {
        FindingRecord f = s.finding();
        if (f == null) throw AccountabilityRefusal.stage(s.stage(), "作出处理决定");
        if (f.servedOn() == null) throw AccountabilityRefusal.rightNotRespected(Right.OBJECTION, subjectsNames(), "servedOn");
        if (!findingFinal(today, objectionDays)) throw AccountabilityRefusal.rightNotRespected(Right.OBJECTION, subjectsNames(), "objections");
        for (Decision d : decisions) {
            if (!concerns(d.staffId())) throw AccountabilityRefusal.invalid("staffNo", "处理对象不是本案当事人");
            if (f.finding() == Finding.NO_VIOLATION && (!d.consequences().isEmpty() || !d.sanctions().isEmpty())) {
                throw AccountabilityRefusal.rule("法官法 第48条", "审查意见为没有违反职责，不得给予惩戒", "consequences");
            }
            AccountabilityRefusal.requireText(d.reasons(), "reasons", "处理理由");
            if (d.effectiveOn() == null) throw AccountabilityRefusal.invalid("effectiveOn", "请填写生效日期");
        }
        List<Suspension> lifted = s.suspensions().stream()
                .map(x -> x.to() == null ? new Suspension(x.staffId(), x.from(), today, x.reasons()) : x).toList();
        List<Suspension> all = new ArrayList<>(lifted);
        decisions.stream().filter(d -> d.consequences().contains(Consequence.SUSPENSION))
                .forEach(d -> all.add(new Suspension(d.staffId(), d.effectiveOn(), null, "停职：" + d.reasons())));
        s = copy(s, b -> { b.decisions = List.copyOf(decisions); b.stage = Stage.DECIDED; b.suspensions = List.copyOf(all); });
        decisions.forEach(d -> step("ACCOUNTABILITY_DECIDED", by, now, name(d.staffId()) + "：" + labels(d)));
    }

    /** 暂时停止履行职务 (法官法 第47条) while under investigation: stops new assignments and signing. */
    public void suspend(long staffId, LocalDate from, String reasons, String by, Instant now) {
        Subject x = subject(staffId).orElseThrow(() -> AccountabilityRefusal.invalid("staffNo", "暂停履职的人员须是本案当事人"));
        requireStage(EnumSet.of(Stage.OPENED, Stage.INVESTIGATING, Stage.REPORTED, Stage.FOUND, Stage.OBJECTED), "暂停履行职务");
        AccountabilityRefusal.requireText(reasons, "reasons", "不宜继续履行职责的理由");
        if (s.suspensions().stream().anyMatch(v -> v.staffId() == staffId && v.to() == null)) {
            throw AccountabilityRefusal.rule("法官法 第47条", "该当事人已暂停履行职务", "staffNo");
        }
        s = copy(s, b -> b.suspensions = plus(s.suspensions(), new Suspension(staffId, from, null, reasons.strip())));
        step("ACCOUNTABILITY_SUSPENDED", by, now, x.person().name() + " 自 " + from + " 暂停履行职务");
    }

    /** 复议 or 申诉 by a subject after the decision. */
    public void appeal(long staffId, String kind, String reasons, LocalDate today, Instant now) {
        Subject me = subject(staffId).orElseThrow(AccountabilityRefusal::notSubject);
        requireStage(EnumSet.of(Stage.DECIDED, Stage.ARCHIVED), "申请复议或申诉");
        if (!Set.of("REVIEW", "PETITION").contains(kind)) throw AccountabilityRefusal.invalid("kind", "请选择复议（REVIEW）或申诉（PETITION）");
        AccountabilityRefusal.requireText(reasons, "reasons", "理由");
        s = copy(s, b -> b.appeals = plus(s.appeals(), new Appeal(staffId, kind, reasons.strip(), today)));
        step("ACCOUNTABILITY_APPEAL", me.person().name(), now, ("REVIEW".equals(kind) ? "申请复议：" : "申诉：") + reasons.strip());
    }

    /** 澄清正名 published (法官法 第56条), after a finding of 没有违反职责. */
    public void recordClearingPublication(String publication, String by, Instant now) {
        if (s.finding() == null || s.finding().finding() != Finding.NO_VIOLATION) {
            throw AccountabilityRefusal.rule("法官法 第56条", "只有审查意见为没有违反职责时才澄清正名", "publication");
        }
        AccountabilityRefusal.requireText(publication, "publication", "澄清正名的公布方式与范围");
        s = copy(s, b -> b.clearingPublication = publication.strip());
        step("ACCOUNTABILITY_NAME_CLEARING_PUBLISHED", by, now, publication.strip());
    }

    /** 归档 once decided. */
    public void archive(String by, Instant now) {
        requireStage(EnumSet.of(Stage.DECIDED), "归档");
        s = copy(s, b -> b.stage = Stage.ARCHIVED);
        step("ACCOUNTABILITY_ARCHIVED", by, now, "归档");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void requireJudgeRepresentatives() {
        List<Member> sitting = s.committee().stream().filter(m -> !m.recused()).toList();
        long judges = sitting.stream().filter(Member::judgeRepresentative).count();
        if (sitting.isEmpty() || judges * 2 < sitting.size()) {
            throw AccountabilityRefusal.rule("法官法 第48条：法官代表不少于半数", "惩戒委员会中法官代表不足半数（" + judges + "/" + sitting.size() + "）", "committee");
        }
    }

    private void requireEvidence(List<Integer> evidence, String field, String rule) {
        if (evidence == null || evidence.isEmpty()) throw AccountabilityRefusal.rule(rule, "未关联证据", field);
        for (Integer n : evidence) {
            if (n == null || n < 1 || n > s.evidence().size()) throw AccountabilityRefusal.invalid(field, "证据 " + n + " 不在证据材料中");
        }
    }

    private void requireStage(Set<Stage> allowed, String step) {
        if (!allowed.contains(s.stage())) throw AccountabilityRefusal.stage(s.stage(), step);
    }

    private void replaceSubject(Subject changed) {
        List<Subject> list = s.subjects().stream()
                .map(x -> x.person().staffId() == changed.person().staffId() ? changed : x).toList();
        s = copy(s, b -> b.subjects = list);
    }

    private String name(long staffId) {
        return subject(staffId).map(x -> x.person().name()).orElse(String.valueOf(staffId));
    }

    private String subjectsNames() {
        return s.subjects().stream().map(x -> x.person().name()).reduce((a, b) -> a + "、" + b).orElse("");
    }

    private static String labels(Decision d) {
        List<String> all = new ArrayList<>();
        d.consequences().forEach(c -> all.add(c.label()));
        d.sanctions().forEach(c -> all.add(c.label()));
        return all.isEmpty() ? "不予惩戒" : String.join("、", all);
    }

    private void step(String action, String by, Instant at, String text) {
        Step st = new Step(action, by, at, text);
        recorded.add(st);
        s = copy(s, b -> b.steps = plus(s.steps(), st));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> l = new ArrayList<>(list);
        l.add(item);
        return List.copyOf(l);
    }

    private static State with(State x, Stage stage, List<Person> investigators) {
        return copy(x, b -> { b.stage = stage; b.investigators = List.copyOf(investigators); });
    }

    private void update(UnaryOperator<State> f) { s = f.apply(s); }

    /** A mutable copy of the state's fields, for the verbs to change a few and build the next state. */
    private static final class Builder {
        Stage stage; List<Person> investigators; List<Subject> subjects; List<Evidence> evidence;
        List<SituationAssessment> situations; List<ElementAssessment> elements; List<ExemptionAnswer> exemptions;
        List<Allocation.Share> allocation; String report; List<Member> committee; List<Recusal> recusals; FindingRecord finding;
        List<Objection> objections; List<Decision> decisions; List<Suspension> suspensions; List<Appeal> appeals;
        String clearingPublication; List<Step> steps;
    }

    private static State copy(State x, java.util.function.Consumer<Builder> change) {
        Builder b = new Builder();
        b.stage = x.stage(); b.investigators = x.investigators(); b.subjects = x.subjects(); b.evidence = x.evidence();
        b.situations = x.situations(); b.elements = x.elements(); b.exemptions = x.exemptions(); b.allocation = x.allocation();
        b.report = x.report(); b.committee = x.committee(); b.recusals = x.recusals(); b.finding = x.finding();
        b.objections = x.objections(); b.decisions = x.decisions(); b.suspensions = x.suspensions(); b.appeals = x.appeals();
        b.clearingPublication = x.clearingPublication(); b.steps = x.steps();
        change.accept(b);
        return new State(x.id(), x.courtId(), x.clueId(), x.caseNumber(), x.reasons(), b.stage, b.investigators, b.subjects,
                b.evidence, b.situations, b.elements, b.exemptions, b.allocation, b.report, b.committee, b.recusals, b.finding,
                b.objections, b.decisions, b.suspensions, b.appeals, b.clearingPublication, b.steps, x.version());
    }
}
