package org.quanze.casefile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quanze.casefile.domain.BenchMember.Role;
import org.quanze.casefile.domain.diversion.AdministrativeSimpleProcedureExclusion;
import org.quanze.casefile.domain.diversion.CivilSimpleProcedureExclusion;
import org.quanze.casefile.domain.diversion.DiversionFacts;
import org.quanze.casefile.domain.diversion.DiversionPolicy;
import org.quanze.casefile.domain.diversion.SmallClaimsExclusion;
import org.quanze.casefile.domain.diversion.SmallClaimsFacts;
import org.quanze.casefile.domain.diversion.StatutoryExclusion;
import org.quanze.casefile.domain.diversion.Track;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Post;
import org.quanze.shared.Recorded;

/**
 * 案件 — one case as a whole: its number, type, procedure (审理程序), track, status, trial organisation (审判组织),
 * trial time limit (审限, {@link TrialDeadline}), the signatures on its judgment, its closing and archiving. Every
 * change goes through a verb here that checks the statute first and returns the events to publish (the trail entry
 * first); nothing else writes a case's state. The repository saves what a verb changed with the version it was read
 * at.
 *
 * <p>The rules each verb guards, with their articles:
 * <ul>
 *   <li>{@link #organise}: 合议庭 three or more, odd (民事诉讼法 第40条; 行政诉讼法 第68条; 刑事诉讼法 第183条); no sole judge
 *       where the law requires a panel ({@link #soleJudgeBar()}); no people's assessor on a second-instance panel
 *       (民事诉讼法 第41条; 人民陪审员法 第15条 lists first-instance cases only); a court president or division chief on
 *       the panel presides (人民法院组织法 第30条); a recused person sits on no panel (民事诉讼法 第47条; 刑事诉讼法
 *       第29–32条).</li>
 *   <li>{@link #changeProcedure}: only to a procedure of the case's kind (民诉解释 第258条、第280条; 刑诉解释 第368条、
 *       第375条; 行诉解释 第105条), never into a simplified procedure the law excludes ({@link #simplifiedProcedureBar}),
 *       and never into a combination without a 审限 rule: a case never loses its deadline.</li>
 *   <li>{@link #suspend} and {@link #extend}: refused once the deadline has passed (最高人民法院关于严格规范民商事案件延长
 *       审限和延期开庭问题的规定 第1条; 审限规定(2000) 第11–14条: an extension is applied for and decided before
 *       expiry); a 公告 period is impossible in simple procedure (民诉解释 第140条).</li>
 *   <li>{@link #sign}: every panel member signs, 承办法官 first, 审判长 last (意见 on signing, RULES.md "Signing").</li>
 *   <li>{@link #assign}: an open case, a judge not withdrawn from it (民事诉讼法 第47条; 刑事诉讼法 第29条), a reason for
 *       a designated assignment or a 转办, and no more 转办 than configured.</li>
 *   <li>{@link #scheduleHearing}, {@link #holdHearing}: an open case; a hearing is held once.</li>
 *   <li>{@link #recordService}: 民事诉讼法 第87–95条 — the date served as the method gives it, consent to electronic
 *       service, the reason for a public notice.</li>
 *   <li>{@link #recordAppeal}: only a closed first-instance case closed by a judgment or an appealable ruling (民事诉讼法
 *       第171条), never a small-claims case (第165条: 一审终审); {@link #recordTransfer} only where a file goes up or
 *       back down.</li>
 * </ul>
 */
public final class Case {

    /** 审判组织的形式 — sole judge (独任) or collegial panel (合议庭). */
    public enum Bench {
        SOLE, PANEL;

        public static Bench parse(String text) {
            for (Bench b : values()) if (b.name().equals(text)) return b;
            throw new DomainException(422, "panel.kind", "审判组织应为独任或合议庭",
                    List.of(FieldError.of("triedBy", "独任(SOLE)或合议庭(PANEL)")));
        }
    }

    /** A suspension recorded by this change, with its note. */
    public record AddedSuspension(Suspension period, String note) {
    }

    /** An extension granted by this change: who approved it, why, and the deadline it gave. */
    public record GrantedExtension(Extension extension, Long approvedBy, String reason, LocalDate newDeadline) {
    }

    /** 回避 — a person withdrawn from the case, with the reason and who decided (民事诉讼法 第47–50条; 刑事诉讼法 第29–31条). */
    public record Recusal(long staffId, String staffNo, String reason, Long decidedBy) {
    }

    /** Who signs: the person and whether he or she is on the case's trial organisation. */
    public record Signer(long staffId, String name) {
    }

    // identity and the facts fixed at filing
    private final long id;
    private final String caseNumber;
    private final long courtId;
    private final CourtLevel courtLevel;
    private final CaseType type;
    private final LocalDate filedOn;
    private final Set<CaseFlag> flags;
    private final DiversionFacts facts;
    private final int version;

    // state
    private Procedure procedure;
    private Track track;
    private CaseStatus status;
    private Long handlerId;
    private Bench triedBy;
    private List<BenchMember> bench;
    private LocalDate deadlineBase;
    private final List<Suspension> suspensions;
    private List<Extension> extensions;
    private TrialDeadline deadline;
    private boolean extended;
    private final List<Long> signatures;
    private LocalDate judgmentSignedOn;
    private final boolean committeeDecided;
    private LocalDate closedOn;
    private CloseMethod closeMethod;
    private ReviewResult reviewResult;
    private String originalCaseNumber;
    private LocalDate archivedOn;
    private final List<Recusal> recusals;
    private int reassignments;
    private final List<Hearing> hearings;
    private boolean hearingLiveStreamed;
    private LocalDate appealOn;
    private LocalDate transferredOn;

    // what the verbs changed since loading, for the repository
    private final List<AddedSuspension> addedSuspensions = new ArrayList<>();
    private final List<GrantedExtension> grantedExtensions = new ArrayList<>();
    private final List<Long> addedSignatures = new ArrayList<>();
    private final List<Recusal> addedRecusals = new ArrayList<>();
    private boolean benchChanged;
    private boolean extensionsLapsed;
    private boolean deadlineChanged;
    private String benchReason;
    private Assignment addedAssignment;
    private final List<Hearing> addedHearings = new ArrayList<>();
    private final List<Service> addedServices = new ArrayList<>();
    private Long heldHearing;

    /** The state as stored; see {@link Builder}. */
    private Case(Builder b) {
        this.id = b.id;
        this.caseNumber = Objects.requireNonNull(b.caseNumber);
        this.courtId = b.courtId;
        this.courtLevel = b.courtLevel;
        this.type = Objects.requireNonNull(b.type);
        this.filedOn = Objects.requireNonNull(b.filedOn);
        this.flags = flagsAt(b.courtLevel, type, b.flags);
        this.facts = b.facts != null ? b.facts
                : new DiversionFacts(type.category().name(), type.code(), "", "", null, "", Set.of());
        this.version = b.version;
        this.procedure = b.procedure == null ? type.defaultProcedure() : b.procedure;
        this.track = b.track;
        this.status = b.status == null ? CaseStatus.FILED : b.status;
        this.handlerId = b.handlerId;
        this.triedBy = b.triedBy;
        this.bench = List.copyOf(b.bench);
        this.deadlineBase = b.deadlineBase == null ? filedOn : b.deadlineBase;
        this.suspensions = new ArrayList<>(b.suspensions);
        this.extensions = List.copyOf(b.extensions);
        this.deadline = b.deadline != null ? b.deadline.orElse(null) : counted();
        this.extended = b.extended;
        this.signatures = new ArrayList<>(b.signatures);
        this.judgmentSignedOn = b.judgmentSignedOn;
        this.committeeDecided = b.committeeDecided;
        this.closedOn = b.closedOn;
        this.closeMethod = b.closeMethod;
        this.reviewResult = b.reviewResult;
        this.originalCaseNumber = b.originalCaseNumber;
        this.archivedOn = b.archivedOn;
        this.recusals = new ArrayList<>(b.recusals);
        this.reassignments = b.reassignments;
        this.hearings = new ArrayList<>(b.hearings);
        this.hearingLiveStreamed = b.hearingLiveStreamed;
        this.appealOn = b.appealOn;
        this.transferredOn = b.transferredOn;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The case flags as the law reads them: 高级法院审理的行政案件 (行政诉讼法 第81条、第88条: the SPC approves the
     * extension) follows from the court that tried it, never from what was typed at filing.
     */
    public static Set<CaseFlag> flagsAt(CourtLevel courtLevel, CaseType type, Set<CaseFlag> typed) {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        if (typed != null) flags.addAll(typed);
        flags.remove(CaseFlag.TRIED_BY_HIGH_COURT);
        if (courtLevel == CourtLevel.HIGH && type.category() == CaseCategory.ADMINISTRATIVE) flags.add(CaseFlag.TRIED_BY_HIGH_COURT);
        return Set.copyOf(flags);
    }

    // ---------------------------------------------------------------- the deadline

    /** The 审限 as it stands; empty where the law sets none (涉外 civil cases, 民事诉讼法 第287条). */
    public Optional<TrialDeadline> trialDeadline() {
        return Optional.ofNullable(deadline);
    }

    /**
     * The deadline counted from the stored facts, where the repository did not bring it (tests; a stored deadline the
     * deadline store cannot rebuild): rule, base date, suspensions and extensions in force.
     */
    private TrialDeadline counted() {
        Optional<DeadlineRule> current;
        try {
            current = ruleFor(procedure);
        } catch (DomainException none) {
            return null; // a stored case from before the check: it had no deadline, and changes nothing here
        }
        return current.map(rule -> {
            TrialDeadline d = new TrialDeadline(rule, filedOn, deadlineBase, List.of(), List.of(), HolidayPolicy.UNCHANGED);
            for (Suspension s : suspensions) d = d.suspend(s);
            for (Extension e : extensions) d = d.extend(e);
            return d;
        }).orElse(null);
    }

    public Optional<LocalDate> deadline() {
        return trialDeadline().map(TrialDeadline::dueOn);
    }

    /** The rule for a procedure; empty for a statutory "no limit"; refuses (422) a combination without a rule. */
    private Optional<DeadlineRule> ruleFor(Procedure p) {
        DeadlineRule rule;
        try {
            rule = DeadlineRules.forCase(type, p, flags);
        } catch (DomainException none) {
            throw new DomainException(422, "procedure.noDeadline", type.code() + "案件不能适用" + p.label()
                    + "：法律没有为这一组合规定审理期限", List.of(FieldError.of("procedure", "不能适用" + p.label())), p.label());
        }
        return rule.hasStatutoryLimit() ? Optional.of(rule) : Optional.empty();
    }

    /** Which approver the law names for the next extension; refuses a case without a limit or with none left. */
    public ExtensionApprover nextExtensionApprover() {
        return requireDeadline().nextExtensionApprover();
    }

    private TrialDeadline requireDeadline() {
        return trialDeadline().orElseThrow(() -> new DomainException(422, "deadline.unlimited", "本案没有法定审限，无需延长"));
    }

    /** Applications are due before expiry; once the deadline has passed nothing may move it. */
    private void requireDeadlineNotPassed(String code, String what, LocalDate today) {
        Optional<LocalDate> due = deadline();
        if (due.isPresent() && today.isAfter(due.get())) {
            throw new DomainException(409, code, "审限已于 " + due.get() + " 届满，不能再" + what
                    + "（最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定 第1条；审限规定 第11–14条）", due.get());
        }
    }

    // ---------------------------------------------------------------- 审判组织

    /**
     * Why the law requires a panel for this case, or empty where a sole judge may try it:
     * <ul>
     *   <li>civil: simple and small-claims procedure are tried by one judge (民事诉讼法 第40条第2款); ordinary procedure
     *       alone only at a basic court (同款) and never in a case of public interest (第42条第(一)项) or a remanded case
     *       (第41条第3款: 另行组成合议庭); second instance and retrial by a panel (第41条第1款、第4款 — the sole judge of
     *       第41条第2款 needs both parties' consent, which the case does not record);</li>
     *   <li>criminal: a panel, except simple and fast-track procedure at a basic court (刑事诉讼法 第183条), and simple
     *       procedure with a likely sentence over three years again a panel (第216条);</li>
     *   <li>administrative: a panel (行政诉讼法 第68条; second instance 第86条), except simple procedure (第83条).</li>
     * </ul>
     */
    public Optional<String> soleJudgeBar() {
        Instance instance = type.instance();
        return switch (type.category()) {
            case CIVIL -> switch (instance) {
                case SECOND -> Optional.of("民事诉讼法 第41条第1款：第二审民事案件由审判员组成合议庭");
                case RETRIAL -> Optional.of("民事诉讼法 第41条第4款：再审案件另行组成合议庭");
                case FIRST -> {
                    if (procedure == Procedure.SIMPLE || procedure == Procedure.SMALL_CLAIMS) yield Optional.empty();
                    if (facts.remanded()) yield Optional.of("民事诉讼法 第41条第3款：发回重审的案件另行组成合议庭");
                    if (facts.publicInterest()) yield Optional.of("民事诉讼法 第42条第(一)项：涉及国家利益、社会公共利益的案件不得独任审理");
                    if (courtLevel != null && courtLevel != CourtLevel.BASIC) {
                        yield Optional.of("民事诉讼法 第40条第2款：只有基层人民法院可以由审判员一人适用普通程序独任审理");
                    }
                    yield Optional.empty();
                }
                default -> Optional.empty();
            };
            case CRIMINAL -> switch (instance) {
                case FIRST -> {
                    boolean simplified = procedure == Procedure.SIMPLE || procedure == Procedure.FAST_TRACK;
                    if (!simplified || courtLevel != null && courtLevel != CourtLevel.BASIC) {
                        yield Optional.of("刑事诉讼法 第183条：第一审刑事案件由合议庭审判，基层人民法院适用简易程序、速裁程序的除外");
                    }
                    if (procedure == Procedure.SIMPLE && flags.contains(CaseFlag.LIKELY_SENTENCE_OVER_THREE_YEARS)) {
                        yield Optional.of("刑事诉讼法 第216条：可能判处的有期徒刑超过三年的，应当组成合议庭");
                    }
                    yield Optional.empty();
                }
                case SECOND, RETRIAL -> Optional.of("刑事诉讼法 第183条、第256条：上诉、抗诉和再审案件由合议庭审判");
                default -> Optional.empty();
            };
            case ADMINISTRATIVE -> switch (instance) {
                case FIRST -> procedure == Procedure.SIMPLE ? Optional.empty()
                        : Optional.of("行政诉讼法 第68条：行政案件由合议庭审理，简易程序除外（第83条）");
                case SECOND -> Optional.of("行政诉讼法 第86条：上诉案件应当组成合议庭");
                case RETRIAL -> Optional.of("行政诉讼法 第68条：再审案件由合议庭审理");
                default -> Optional.empty();
            };
            default -> Optional.empty();
        };
    }

    /**
     * 确定审判组织 — a sole judge (the handling judge) or a panel: the presiding judge and the other members as resolved
     * by the caller (a people's assessor comes as {@link Role#ASSESSOR}). A change needs a reason.
     */
    public List<Object> organise(Bench kind, BenchMember presiding, List<BenchMember> others, String reason) {
        requireOpen();
        BenchMember handling = handling().orElseThrow(() -> new DomainException(409, "case.unassigned", "案件尚未分案，没有承办法官"));
        boolean change = bench.size() > 1 || triedBy != null && triedBy != kind;
        if (change) requireReason(reason, "变更审判组织必须记录理由");
        List<BenchMember> members = new ArrayList<>();
        boolean presidingHandler = false;
        if (kind == Bench.PANEL) {
            Objects.requireNonNull(presiding, "presiding");
            if (presiding.staffId() != handling.staffId()) members.add(as(presiding, Role.PRESIDING, true));
            for (BenchMember m : others) {
                if (m.staffId() == handling.staffId() || m.staffId() == presiding.staffId()
                        || members.stream().anyMatch(x -> x.staffId() == m.staffId())) continue;
                members.add(as(m, m.role() == Role.ASSESSOR ? Role.ASSESSOR : Role.MEMBER, false));
            }
            int size = members.size() + 1;
            if (size < 3 || size % 2 == 0) {
                throw new DomainException(422, "panel.size", "合议庭成员应为三人以上的单数（民事诉讼法 第40条），现为 " + size + " 人",
                        List.of(FieldError.of("members", "合议庭成员应为三人以上的单数")), size);
            }
            presidingHandler = presiding.staffId() == handling.staffId();
        } else {
            soleJudgeBar().ifPresent(article -> {
                throw new DomainException(422, "panel.required", "本案依法应当组成合议庭（" + article + "）",
                        List.of(FieldError.of("triedBy", "应当组成合议庭")), article);
            });
        }
        List<BenchMember> next = new ArrayList<>();
        next.add(as(handling, Role.HANDLING, presidingHandler));
        next.addAll(members);
        next.sort(Comparator.comparing(BenchMember::role)); // 审判长, 承办法官, 成员, 陪审员 — as the case page lists them
        checkBench(kind, next);
        this.triedBy = kind;
        this.bench = List.copyOf(next);
        this.benchChanged = true;
        this.benchReason = reason;
        return List.of(Recorded.onCase("TRIAL_ORGANISATION_SET", caseNumber, Map.of("triedBy", kind.name(),
                "members", bench.stream().map(BenchMember::trailLabel).toList(), "reason", reason == null ? "" : reason)));
    }

    private void checkBench(Bench kind, List<BenchMember> members) {
        for (BenchMember m : members) {
            if (recused(m.staffId())) {
                throw new DomainException(422, "panel.recused", m.staffNo() + " " + m.name() + " 已回避，不得参加本案审理（民事诉讼法 第47条；刑事诉讼法 第29条）",
                        List.of(FieldError.of("members", m.staffNo() + " 已回避")), m.staffNo());
            }
        }
        if (kind == Bench.PANEL && type.instance() == Instance.SECOND && members.stream().anyMatch(m -> m.role() == Role.ASSESSOR)) {
            throw new DomainException(422, "panel.assessor", "第二审案件由审判员组成合议庭，人民陪审员不参加（民事诉讼法 第41条；人民陪审员法 第15条）",
                    List.of(FieldError.of("members", "第二审合议庭不能有人民陪审员")));
        }
        if (kind == Bench.PANEL) {
            // 组织法 第30条: 院长或者庭长参加审理案件时，由自己担任审判长 — the president before the division chief
            Optional<BenchMember> mustPreside = members.stream().filter(m -> m.posts().contains(Post.PRESIDENT)).findFirst()
                    .or(() -> members.stream().filter(m -> m.posts().contains(Post.DIVISION_CHIEF)).findFirst());
            if (mustPreside.isPresent() && !mustPreside.get().presiding()) {
                BenchMember leader = mustPreside.get();
                throw new DomainException(422, "panel.leaderPresides", leader.name() + "（" + (leader.posts().contains(Post.PRESIDENT)
                        ? Post.PRESIDENT.label() : Post.DIVISION_CHIEF.label()) + "）参加审理，应当由其担任审判长（人民法院组织法 第30条）",
                        List.of(FieldError.of("presiding", "院长或者庭长参加审理时由其担任审判长")), leader.staffNo());
            }
        }
    }

    private static BenchMember as(BenchMember m, Role role, boolean presiding) {
        return new BenchMember(m.staffId(), m.staffNo(), m.name(), role, presiding, m.posts());
    }

    /**
     * 回避 — records that a person withdraws or is withdrawn from the case, with the reason; from then on he or she
     * may sit on no panel of it, and a panel on which he or she still sits must be re-formed before it signs.
     */
    public List<Object> recuse(long staffId, String staffNo, String name, String reason, Long decidedBy) {
        requireOpen();
        requireReason(reason, "回避必须记录理由");
        if (recused(staffId)) throw new DomainException(409, "recusal.recorded", staffNo + " 已回避");
        Recusal r = new Recusal(staffId, staffNo, reason.strip(), decidedBy);
        recusals.add(r);
        addedRecusals.add(r);
        return List.of(Recorded.onCase("MEMBER_RECUSED", caseNumber, Map.of("member", staffNo + " " + name, "reason", r.reason(),
                "onPanel", bench.stream().anyMatch(m -> m.staffId() == staffId))));
    }

    public boolean recused(long staffId) {
        return recusals.stream().anyMatch(r -> r.staffId() == staffId);
    }

    // ---------------------------------------------------------------- 审限

    /** 扣除审限 — an excluded period (公告, 鉴定, 管辖权异议, 中止 …) moves the deadline later. */
    public List<Object> suspend(SuspensionReason reason, LocalDate from, LocalDate to, String note, LocalDate today) {
        requireOpen();
        Objects.requireNonNull(reason, "reason");
        if (from == null || to == null || to.isBefore(from) || from.isBefore(filedOn)) {
            throw new DomainException(422, "suspension.dates", "扣除期间的起止日期不合理：应在立案之后，且终止不早于开始",
                    List.of(FieldError.of("from", "应不早于立案日期 " + filedOn), FieldError.of("to", "应不早于开始日期")));
        }
        if (!reason.appliesTo(type.category())) {
            throw new DomainException(422, "suspension.reason", reason.label() + "不适用于本类案件（" + reason.article() + "）",
                    List.of(FieldError.of("reason", reason.label() + "不适用于本类案件")), reason.label());
        }
        if (reason == SuspensionReason.PUBLIC_NOTICE && simplified(procedure) && type.category() == CaseCategory.CIVIL) {
            throw new DomainException(422, "suspension.publicNotice", "适用简易程序的案件不适用公告送达，须先裁定转为普通程序（民诉解释 第140条）",
                    List.of(FieldError.of("reason", "简易程序不适用公告送达")));
        }
        requireDeadlineNotPassed("suspension.late", "扣除审限", today);
        Suspension period = Suspension.of(reason, from, to);
        suspensions.add(period);
        if (deadline != null) deadline = deadline.suspend(period);
        addedSuspensions.add(new AddedSuspension(period, note));
        deadlineChanged = true;
        return List.of(Recorded.onCase("DEADLINE_SUSPENDED", caseNumber, Map.of("reason", reason.label(),
                "article", reason.article(), "from", from.toString(), "to", to.toString(),
                "deadline", String.valueOf(deadline().orElse(null)))));
    }

    /**
     * 延长审限 — granted by the approver the law names ({@link #nextExtensionApprover()}; the caller has checked the
     * person), capped by the statute; refused once the deadline has passed.
     */
    public List<Object> extend(Signer approver, int months, int days, String reason, LocalDate today) {
        requireOpen();
        requireReason(reason, "延长审限必须记录理由");
        TrialDeadline before = requireDeadline();
        ExtensionApprover needed = before.nextExtensionApprover();
        requireDeadlineNotPassed("extension.late", "延长审限", today);
        TimeLimit length = new TimeLimit(months, days);
        Extension extension = Extension.by(needed, length);
        TrialDeadline after = before.extend(extension);
        extensions = append(extensions, extension);
        deadline = after;
        extended = true;
        deadlineChanged = true;
        grantedExtensions.add(new GrantedExtension(extension, approver.staffId() == 0 ? null : approver.staffId(), reason, after.dueOn()));
        return List.of(Recorded.onCase("DEADLINE_EXTENDED", caseNumber, Map.of("approver", needed.label(),
                "by", approver.name(), "length", length.label(), "reason", reason,
                "from", before.dueOn().toString(), "to", after.dueOn().toString())));
    }

    /**
     * A person who may approve an extension, in the terms of the court tree: his or her posts, whether the president
     * delegated the approval to him or her, the court, its level and the courts at and below it.
     */
    public record Approver(Set<Post> posts, boolean delegated, long courtId, CourtLevel courtLevel, Set<Long> courtsAtAndBelow) {
    }

    /**
     * Whether this person is the approver the law names for the extension:
     * <ul>
     *   <li>本院院长 (民事诉讼法 第152条; 刑事诉讼法 第208条 …): the president of the case's court; a vice-president only
     *       under the president's delegation on record;</li>
     *   <li>上级人民法院 (民事诉讼法 第152条; 刑事诉讼法 第208条): a (vice-)president of the next-higher court — the court
     *       the case's court reports to, not any court above it;</li>
     *   <li>高级人民法院 (刑事诉讼法 第243条; 行政诉讼法 第81条、第88条): a (vice-)president of the high court over the
     *       case's court;</li>
     *   <li>最高人民法院 (行政诉讼法 第81条、第88条 for high-court cases; 刑事诉讼法 第208条): the SPC is outside quanze; its
     *       written approval is recorded by a (vice-)president of the high court that applied for it (报请).</li>
     * </ul>
     *
     * @param upperCourtId the court directly above the case's court; null for a high court
     */
    public static boolean approves(ExtensionApprover needed, Approver who, long caseCourtId, Long upperCourtId) {
        boolean leader = who.posts().contains(Post.PRESIDENT) || who.posts().contains(Post.VICE_PRESIDENT);
        boolean highCourtOver = leader && who.courtLevel() == CourtLevel.HIGH && who.courtsAtAndBelow().contains(caseCourtId);
        return switch (needed) {
            case PRESIDENT -> who.courtId() == caseCourtId
                    && (who.posts().contains(Post.PRESIDENT) || who.posts().contains(Post.VICE_PRESIDENT) && who.delegated());
            case UPPER_COURT -> leader && upperCourtId != null && who.courtId() == upperCourtId;
            case HIGH_COURT, SUPREME_COURT -> highCourtOver;
        };
    }

    // ---------------------------------------------------------------- 程序转换

    /**
     * 程序转换 — to another procedure of the case's kind, ruled before the current limit expires; refuses a procedure
     * the law excludes for this case and any combination without a 审限 rule. Civil and administrative limits restart
     * from filing (民诉解释 第258条), criminal ones from the decision (刑诉解释 第376条) — periods excluded before the
     * decision no longer count then, but stay on record. Extensions under the old procedure lapse.
     *
     * @param partiesConsent whether every party's consent to 简易程序 is on record (行政诉讼法 第82条第2款)
     */
    public List<Object> changeProcedure(Procedure to, LocalDate decidedOn, String reason, boolean partiesConsent, LocalDate today) {
        requireOpen();
        requireReason(reason, "转换程序必须记录理由");
        Objects.requireNonNull(to, "procedure");
        if (to == procedure) {
            throw new DomainException(422, "procedure.unchanged", "本案已适用" + to.label(), List.of(FieldError.of("procedure", "与现程序相同")));
        }
        if (!Procedure.conversionsFor(type).contains(to)) {
            throw new DomainException(422, "procedure.illegal", type.code() + "案件不能转为" + to.label()
                    + "（可转换的程序：" + Procedure.conversionsFor(type).stream().map(Procedure::label).toList() + "）",
                    List.of(FieldError.of("procedure", "不能转为" + to.label())), to.label());
        }
        simplifiedProcedureBar(to, partiesConsent).ifPresent(why -> {
            throw new DomainException(422, "procedure.excluded", "依法不得适用" + to.label() + "：" + why,
                    List.of(FieldError.of("procedure", why)), to.label());
        });
        LocalDate decided = decidedOn == null ? today : decidedOn;
        Optional<DeadlineRule> next = ruleFor(to); // refuses a combination without a rule
        Optional<TrialDeadline> current = trialDeadline();
        TrialDeadline converted = null;
        if (next.isPresent()) {
            converted = current.isPresent()
                    ? current.get().convertTo(next.get(), decided) // refuses a conversion after the limit expired
                    : new TrialDeadline(next.get(), filedOn, filedOn, suspensions, List.of(), HolidayPolicy.UNCHANGED);
        }
        Procedure from = procedure;
        procedure = to;
        deadline = converted;
        deadlineBase = converted == null ? filedOn : converted.startsOn();
        extensions = List.of();
        extended = false;
        extensionsLapsed = true;
        deadlineChanged = true;
        return List.of(Recorded.onCase("PROCEDURE_CHANGED", caseNumber, Map.of("from", from.label(), "to", to.label(),
                "decidedOn", decided.toString(), "reason", reason, "deadline", String.valueOf(deadline().orElse(null)))));
    }

    /**
     * Why the law keeps this case out of a simplified procedure, or empty:
     * <ul>
     *   <li>civil 简易 and 小额: only at a basic court (民事诉讼法 第160条、第165条); none of 民诉解释 第257条 (一)–(六)
     *       ({@link CivilSimpleProcedureExclusion}); not after an ordinary-procedure hearing has opened (第260条); not
     *       with a 公告 period on record (第140条); 小额 also none of 民事诉讼法 第166条 that the case's facts show
     *       ({@link SmallClaimsExclusion}: 涉外, 一方下落不明);</li>
     *   <li>administrative 简易: not remanded or retried (行政诉讼法 第82条第3款); outside 第82条第1款 only with every
     *       party's consent (第2款);</li>
     *   <li>criminal 简易 and 速裁: only at a basic court (刑事诉讼法 第214条、第222条); 速裁 only where the likely
     *       sentence is three years or less (第222条).</li>
     * </ul>
     */
    public Optional<String> simplifiedProcedureBar(Procedure to, boolean partiesConsent) {
        boolean basic = courtLevel == null || courtLevel == CourtLevel.BASIC;
        switch (type.category()) {
            case CIVIL -> {
                if (!simplified(to)) return Optional.empty();
                if (!basic) return Optional.of("只有基层人民法院和它派出的法庭可以适用（民事诉讼法 第160条、第165条）");
                Optional<String> excluded = first(List.of(CivilSimpleProcedureExclusion.values()), facts);
                if (excluded.isPresent()) return excluded;
                if (status == CaseStatus.HEARD && procedure == Procedure.ORDINARY) {
                    return Optional.of("已按普通程序开庭审理的案件不得转为简易程序（民诉解释 第260条）");
                }
                if (suspensions.stream().anyMatch(s -> s.reason() == SuspensionReason.PUBLIC_NOTICE)) {
                    return Optional.of("已经公告送达的案件不适用简易程序（民诉解释 第140条）");
                }
                if (to == Procedure.SMALL_CLAIMS) {
                    boolean foreign = facts.foreignRelated() || flags.contains(CaseFlag.FOREIGN_RELATED);
                    SmallClaimsFacts small = new SmallClaimsFacts(facts.claimAmount(), true, false, foreign, false,
                            facts.defendantWhereaboutsUnknown(), false, false);
                    return first(List.of(SmallClaimsExclusion.values()), small);
                }
                return Optional.empty();
            }
            case ADMINISTRATIVE -> {
                if (to != Procedure.SIMPLE) return Optional.empty();
                Optional<String> excluded = first(List.of(AdministrativeSimpleProcedureExclusion.values()), facts);
                if (excluded.isPresent()) return excluded;
                if (!partiesConsent && DiversionPolicy.administrativeSimpleProcedureBasis(facts).code().equals("ALL-82-2")) {
                    return Optional.of("不属于行政诉讼法 第82条第1款的案件，须记录当事人各方同意（第82条第2款）");
                }
                return Optional.empty();
            }
            case CRIMINAL -> {
                if (to != Procedure.SIMPLE && to != Procedure.FAST_TRACK) return Optional.empty();
                if (!basic) return Optional.of("只有基层人民法院管辖的案件可以适用（刑事诉讼法 第214条、第222条）");
                if (to == Procedure.FAST_TRACK && (flags.contains(CaseFlag.LIKELY_SENTENCE_OVER_THREE_YEARS))) {
                    return Optional.of("可能判处三年有期徒刑以上刑罚的案件不适用速裁程序（刑事诉讼法 第222条）");
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static <F> Optional<String> first(List<? extends StatutoryExclusion<F>> exclusions, F facts) {
        return exclusions.stream().filter(e -> e.appliesTo(facts)).findFirst()
                .map(e -> e.description() + "（" + e.article() + "）");
    }

    private static boolean simplified(Procedure p) {
        return p == Procedure.SIMPLE || p == Procedure.SMALL_CLAIMS;
    }

    // ---------------------------------------------------------------- 签署

    /**
     * 签署裁判文书 — a sole judge signs and the judgment is signed. On a panel every member signs, the handling judge
     * first and the presiding judge last (a presiding handling judge signs last); the judgment is signed with the
     * last signature. A leader who did not hear the case signs only a judgment the committee decided (the power list
     * checks him), and then alone.
     */
    public List<Object> sign(Signer signer, LocalDate today) {
        requireOpen();
        if (judgmentSignedOn != null) throw new DomainException(409, "judgment.signed", "裁判文书已于 " + judgmentSignedOn + " 签发");
        Optional<BenchMember> member = bench.stream().filter(m -> m.staffId() == signer.staffId()).findFirst();
        if (triedBy != Bench.PANEL || bench.size() < 2 || member.isEmpty() && committeeDecided) {
            return signed(signer, today);
        }
        if (member.isEmpty()) {
            throw new DomainException(403, "judgment.notMember", "只有合议庭成员签署裁判文书");
        }
        bench.stream().filter(m -> recused(m.staffId())).findFirst().ifPresent(m -> {
            throw new DomainException(409, "judgment.recused", m.name() + " 已回避，须先变更审判组织");
        });
        if (signatures.contains(signer.staffId())) throw new DomainException(409, "judgment.signedBy", signer.name() + " 已签署");
        BenchMember m = member.get();
        List<BenchMember> unsigned = bench.stream().filter(x -> !signatures.contains(x.staffId()) && x.staffId() != m.staffId()).toList();
        if (m.presiding() && !unsigned.isEmpty()) {
            throw new DomainException(409, "judgment.order", "审判长最后签署：尚待 " + names(unsigned) + " 签署");
        }
        Optional<BenchMember> handlingFirst = unsigned.stream().filter(x -> x.role() == Role.HANDLING && !x.presiding()).findFirst();
        if (handlingFirst.isPresent()) {
            throw new DomainException(409, "judgment.order", "承办法官 " + handlingFirst.get().name() + " 先签署");
        }
        signatures.add(signer.staffId());
        addedSignatures.add(signer.staffId());
        if (unsigned.isEmpty()) return signed(signer, today);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("by", signer.name());
        changes.put("waitingFor", names(unsigned));
        return List.of(Recorded.onCase("JUDGMENT_SIGNATURE", caseNumber, changes));
    }

    private List<Object> signed(Signer signer, LocalDate today) {
        judgmentSignedOn = today;
        return List.of(Recorded.onCase("JUDGMENT_SIGNED", caseNumber, Map.of("by", signer.name(), "committeeDecided", committeeDecided)));
    }

    private static String names(List<BenchMember> members) {
        return String.join("、", members.stream().map(BenchMember::name).toList());
    }

    // ---------------------------------------------------------------- 结案、归档

    // ---------------------------------------------------------------- 分案

    /** 分案方式: 随机分案, 指定分案 (with a reason), 转办 (the division chief moves the case, with a reason). */
    public enum AssignmentKind { RANDOM, DESIGNATED, REASSIGNED }

    /**
     * An assignment as the service resolved it: the judge (a quota judge of the case's court), for a draw the candidates
     * with their loads and the draw itself, the reason, and the division chief who approved a 转办.
     */
    public record Assignment(AssignmentKind kind, BenchMember judge, String candidates, String draw, String reason,
            Long approvedBy) {
    }

    /**
     * 分案 — the judge becomes the handling judge (承办法官); a case not yet tried by anyone starts with a panel where it is
     * complex or the law requires one ({@link #soleJudgeBar()}), else with the judge alone. At most
     * {@code maxReassignments} 转办 per case (configuration).
     */
    public List<Object> assign(Assignment a, int maxReassignments) {
        requireOpen();
        BenchMember judge = a.judge();
        if (recused(judge.staffId())) {
            // 回避 (民事诉讼法 第47条; 刑事诉讼法 第29条): a person withdrawn from the case does not handle it
            throw new DomainException(422, "assignment.recused", "该法官已在本案回避，不能承办", List.of(FieldError.of("staffNo", "已回避")));
        }
        if (a.kind() == AssignmentKind.DESIGNATED) requireReason(a.reason(), "指定分案必须记录理由");
        if (a.kind() == AssignmentKind.REASSIGNED) {
            requireReason(a.reason(), "调整分案必须记录理由");
            if (reassignments >= maxReassignments) {
                throw new DomainException(409, "assignment.limit", "本案已调整分案 " + reassignments + " 次，达到上限 "
                        + maxReassignments + " 次", reassignments, maxReassignments);
            }
            reassignments++;
        }
        handlerId = judge.staffId();
        if (status == CaseStatus.FILED || status == CaseStatus.DIVERTED) status = CaseStatus.ASSIGNED;
        if (triedBy == null) triedBy = track == Track.COMPLEX || soleJudgeBar().isPresent() ? Bench.PANEL : Bench.SOLE;
        List<BenchMember> next = new ArrayList<>(bench.stream().filter(m -> m.role() != Role.HANDLING).toList());
        next.add(new BenchMember(judge.staffId(), judge.staffNo(), judge.name(), Role.HANDLING, false, judge.posts()));
        next.sort(Comparator.comparing(BenchMember::role));
        bench = List.copyOf(next);
        addedAssignment = a;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", a.kind().name());
        changes.put("handler", judge.staffNo() + " " + judge.name());
        if (a.candidates() != null && !a.candidates().isEmpty()) changes.put("candidates", a.candidates());
        changes.put("draw", a.draw());
        if (a.reason() != null) changes.put("reason", a.reason());
        return List.of(Recorded.onCase("CASE_" + a.kind().name(), caseNumber, changes));
    }

    // ---------------------------------------------------------------- 开庭

    /** 开庭 — a hearing: when, where, whether it is streamed live (庭审直播); {@code id} null until stored. */
    public record Hearing(Long id, Instant scheduledAt, String courtroom, boolean liveStreamed, boolean held) {
    }

    /** 排期开庭 — an open case, with the time and the courtroom. */
    public List<Object> scheduleHearing(Instant at, String courtroom, boolean liveStreamed) {
        requireOpen();
        if (at == null || courtroom == null || courtroom.isBlank()) {
            throw new DomainException(422, "hearing.invalid", "请填写开庭时间和法庭",
                    List.of(FieldError.of("scheduledAt", "必填"), FieldError.of("courtroom", "必填")));
        }
        Hearing h = new Hearing(null, at, courtroom.strip(), liveStreamed, false);
        hearings.add(h);
        addedHearings.add(h);
        return List.of(Recorded.onCase("HEARING_SCHEDULED", caseNumber, Map.of("at", at.toString(), "courtroom", h.courtroom(),
                "liveStreamed", liveStreamed)));
    }

    /** 已开庭 — a scheduled hearing of this case took place, once; the case counts as heard, a streamed one as 直播. */
    public List<Object> holdHearing(long hearingId) {
        requireOpen();
        int i = 0;
        while (i < hearings.size() && !(Objects.equals(hearings.get(i).id(), hearingId) && !hearings.get(i).held())) i++;
        if (i == hearings.size()) throw new DomainException(409, "hearing.held", "该庭审不存在或已记录为已开庭");
        Hearing h = hearings.get(i);
        hearings.set(i, new Hearing(h.id(), h.scheduledAt(), h.courtroom(), h.liveStreamed(), true));
        hearingLiveStreamed |= h.liveStreamed();
        status = CaseStatus.HEARD;
        heldHearing = hearingId;
        return List.of(Recorded.onCase("HEARING_HELD", caseNumber, Map.of("hearing", hearingId)));
    }

    // ---------------------------------------------------------------- 送达

    /**
     * 送达 — a court document served on an addressee: the document (起诉状副本, 应诉通知书, 传票, 判决书 …), the
     * addressee (a party or a representative), the method, the date the record bears, the day it counts as served
     * ({@link ServiceMethod#servedOn}), and for a public notice why (第95条: 应当在案卷中记明原因和经过).
     */
    public record Service(String document, String addressee, ServiceMethod method, LocalDate recordedOn, LocalDate servedOn,
            String note) {
    }

    /**
     * 记录送达 — until the case is archived (a judgment is served after it is pronounced). The date the record bears
     * lies between filing and today; an electronic service needs the addressee's consent (民事诉讼法 第90条), a public
     * notice its reason (第95条).
     */
    public List<Object> recordService(String document, String addressee, ServiceMethod method, LocalDate recordedOn,
            boolean consent, String note, LocalDate today) {
        if (archivedOn != null) throw new DomainException(409, "case.archived", "案件已于 " + archivedOn + " 归档");
        List<FieldError> errors = new ArrayList<>();
        if (document == null || document.isBlank()) errors.add(FieldError.of("document", "请填写送达的文书"));
        else if (document.strip().length() > 100) errors.add(FieldError.of("document", "文书名称不能超过 100 个字"));
        if (addressee == null || addressee.isBlank()) errors.add(FieldError.of("addressee", "请填写受送达人"));
        else if (addressee.strip().length() > 100) errors.add(FieldError.of("addressee", "受送达人不能超过 100 个字"));
        if (method == null) errors.add(FieldError.of("method", "请选择送达方式"));
        if (recordedOn == null) errors.add(FieldError.of("servedOn", "请填写日期"));
        else if (recordedOn.isBefore(filedOn)) errors.add(FieldError.of("servedOn", recordedOn + " 早于立案日期 " + filedOn));
        else if (recordedOn.isAfter(today)) errors.add(FieldError.of("servedOn", recordedOn + " 晚于今天"));
        if (method == ServiceMethod.ELECTRONIC && !consent) {
            errors.add(FieldError.of("consent", "电子送达须经受送达人同意（民事诉讼法 第90条）"));
        }
        if (method == ServiceMethod.PUBLIC_NOTICE && (note == null || note.isBlank())) {
            errors.add(FieldError.of("note", "公告送达应当记明原因和经过（民事诉讼法 第95条）"));
        }
        if (!errors.isEmpty()) throw new DomainException(422, "service.invalid", "送达记录有误", errors);
        Service s = new Service(document.strip(), addressee.strip(), method, recordedOn, method.servedOn(recordedOn),
                note == null ? "" : note.strip());
        addedServices.add(s);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("document", s.document());
        changes.put("addressee", s.addressee());
        changes.put("method", method.name());
        changes.put("servedOn", s.servedOn().toString());
        if (!s.note().isEmpty()) changes.put("note", s.note());
        return List.of(Recorded.onCase("SERVICE_RECORDED", caseNumber, changes));
    }

    // ---------------------------------------------------------------- 上诉与移送

    /** 结案方式 open to appeal: judgments, and the rulings 不予受理 and 驳回起诉 (民事诉讼法 第157条、第171条). */
    private static final Set<CloseMethod> APPEALABLE = EnumSet.of(CloseMethod.JUDGMENT, CloseMethod.RULING,
            CloseMethod.DISMISSAL, CloseMethod.NOT_ACCEPTED);

    /**
     * Whether an appeal may be recorded: a closed first-instance case closed by an appealable decision, not tried in
     * small-claims procedure (民事诉讼法 第165条: 一审终审).
     */
    public static boolean appealable(CaseType type, Procedure procedure, CloseMethod method, boolean closed) {
        return closed && type.instance() == Instance.FIRST && APPEALABLE.contains(method) && !procedure.finalAtFirstInstance();
    }

    /**
     * A second-instance case whose own result is 发回重审 (recorded as its review result): its file goes back down. Not
     * one that a higher court remanded: that file stays where it is.
     */
    public static boolean remanded(CaseType type, ReviewResult result, boolean closed) {
        return closed && type.instance() == Instance.SECOND && result == ReviewResult.REMANDED;
    }

    public boolean appealable() {
        return appealable(type, procedure, closeMethod, closedOn != null);
    }

    public boolean remanded() {
        return remanded(type, reviewResult, closedOn != null);
    }

    /** Whether the file goes somewhere: an appealed first-instance case, or a second-instance case remanded. */
    public boolean transferable() {
        return appealable() && appealOn != null || remanded();
    }

    /**
     * 上诉登记 — the date the appeal reached the court (lodged through the original court, 民事诉讼法 第173条), and
     * optionally the date the file went up (within five days, 第174条; 刑事诉讼法 第231条: three). A transfer date left
     * empty keeps the one recorded. Neither may precede the closing (or the appeal) nor lie after today.
     */
    public List<Object> recordAppeal(LocalDate appealOn, LocalDate transferredOn, LocalDate today) {
        if (!appealable()) {
            throw new DomainException(409, "appeal.not-appealable", closedOn == null ? "案件尚未结案，不能登记上诉"
                    : procedure.finalAtFirstInstance() ? "小额诉讼案件实行一审终审，不得上诉（民事诉讼法 第165条）"
                    : "只有以判决或不予受理、驳回起诉等裁定结案的一审案件可以上诉（民事诉讼法 第171条）");
        }
        List<FieldError> errors = new ArrayList<>();
        checkDate(errors, "appealOn", appealOn, closedOn, "结案日期", today);
        LocalDate transfer = transferredOn != null ? transferredOn : this.transferredOn;
        if (transfer != null) {
            boolean appealValid = errors.isEmpty();
            checkDate(errors, "transferredOn", transfer, appealValid ? appealOn : closedOn, appealValid ? "上诉日期" : "结案日期", today);
        }
        if (!errors.isEmpty()) throw new DomainException(422, "appeal.dates", "上诉登记的日期有误", errors);
        this.appealOn = appealOn;
        this.transferredOn = transfer;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("appealOn", appealOn.toString());
        if (transfer != null) changes.put("transferredOn", transfer.toString());
        return List.of(Recorded.onCase("APPEAL_RECORDED", caseNumber, changes));
    }

    /**
     * 移送 — the date the file of an appealed case went to the court above, or that of a remanded second-instance case
     * back to the court below; not before the appeal (or the closing of the remanding case), not after today.
     */
    public List<Object> recordTransfer(LocalDate transferredOn, LocalDate today) {
        if (!transferable()) {
            throw new DomainException(409, "transfer.nothing-to-send", "只有已登记上诉的一审案件或发回重审的二审案件需要登记案卷移送");
        }
        boolean down = remanded();
        List<FieldError> errors = new ArrayList<>();
        checkDate(errors, "transferredOn", transferredOn, down ? closedOn : appealOn, down ? "结案日期" : "上诉日期", today);
        if (!errors.isEmpty()) throw new DomainException(422, "transfer.date", "移送日期有误", errors);
        this.transferredOn = transferredOn;
        return List.of(Recorded.onCase("CASE_TRANSFERRED", caseNumber, Map.of("transferredOn", transferredOn.toString(),
                "to", down ? "原审法院（发回重审）" : "上一级法院（上诉）")));
    }

    private static void checkDate(List<FieldError> errors, String field, LocalDate date, LocalDate notBefore, String before,
            LocalDate today) {
        if (date == null) errors.add(FieldError.of(field, "请填写日期"));
        else if (date.isBefore(notBefore)) errors.add(FieldError.of(field, date + " 早于" + before + " " + notBefore));
        else if (date.isAfter(today)) errors.add(FieldError.of(field, date + " 晚于今天"));
    }

    // ---------------------------------------------------------------- 结案与归档

    /** A closing as the form states it; the original case, when named, as found (null when none or not found). */
    public record Closing(LocalDate closedOn, String closeMethod, String reviewResult, String originalCaseNumber,
            String originalFound) {
    }

    /**
     * 结案 — with close method and date (not before filing, not in the future). A reviewing case (二审, 再审) records its
     * own result: the one chosen, or the one its close method states (维持, 改判, 发回重审, 指令再审), which may not
     * contradict each other. A judgment needs its signatures.
     */
    public List<Object> close(Closing form, LocalDate today) {
        requireOpen();
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = form.closedOn();
        if (on == null) errors.add(FieldError.of("closedOn", "请填写结案日期"));
        else if (on.isBefore(filedOn)) errors.add(FieldError.of("closedOn", "结案日期 " + on + " 早于立案日期 " + filedOn));
        else if (on.isAfter(today)) errors.add(FieldError.of("closedOn", "结案日期不能晚于今天"));
        Optional<CloseMethod> method = CloseMethod.fromLabel(form.closeMethod());
        if (method.isEmpty()) errors.add(FieldError.of("closeMethod", "结案方式不可识别"));
        boolean resultChosen = type.instance() == Instance.SECOND || type.instance() == Instance.RETRIAL;
        ReviewResult result = null;
        String typed = form.reviewResult();
        if (typed != null && !typed.isBlank()) {
            result = ReviewResult.fromLabel(typed.trim()).orElse(null);
            if (result == null) errors.add(FieldError.of("reviewResult", "二审/再审结果应为 " + ReviewResult.labels() + " 之一"));
            else if (!resultChosen) errors.add(FieldError.of("reviewResult", "只有二审或再审案件才有改判、发回等结果"));
        }
        Optional<ReviewResult> stated = type.instance().reviewing() ? ReviewResult.statedByCloseMethod(form.closeMethod()) : Optional.empty();
        if (result != null && stated.isPresent() && stated.get() != result) {
            errors.add(FieldError.of("reviewResult", "结案方式「" + form.closeMethod() + "」与二审/再审结果「" + result.label() + "」不一致"));
        }
        if (result == null) result = stated.orElse(null);
        String named = form.originalCaseNumber();
        if (named != null && !named.isBlank() && form.originalFound() == null) {
            errors.add(FieldError.of("originalCaseNumber", "原审案号「" + named + "」不存在"));
        }
        if (method.orElse(null) == CloseMethod.JUDGMENT && judgmentSignedOn == null) {
            errors.add(FieldError.of("closeMethod", "以判决结案前，须由审判组织成员签发裁判文书"));
        }
        if (!errors.isEmpty()) throw new DomainException(422, "case.close", "结案信息有误", errors);
        Optional<LocalDate> due = deadline();
        closedOn = on;
        closeMethod = method.get();
        reviewResult = result;
        originalCaseNumber = form.originalFound();
        status = CaseStatus.CLOSED;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("closedOn", on.toString());
        changes.put("closeMethod", closeMethod.label());
        changes.put("withinDeadline", due.isEmpty() || !on.isAfter(due.get()));
        if (result != null) changes.put("reviewResult", result.label());
        if (originalCaseNumber != null) changes.put("originalCase", originalCaseNumber);
        return List.of(Recorded.onCase("CASE_CLOSED", caseNumber, changes),
                new org.quanze.casefile.CaseClosed(caseNumber, courtId, type.code(), on, closeMethod.label(), handlerId));
    }

    /** 归档 — after closing, on a day between the closing and today. */
    public List<Object> archive(LocalDate archivedOn, LocalDate today) {
        if (closedOn == null) throw new DomainException(409, "case.open", "案件尚未结案，不能归档");
        LocalDate on = archivedOn == null ? today : archivedOn;
        if (on.isBefore(closedOn) || on.isAfter(today)) {
            throw new DomainException(422, "archive.date", "归档日期应在结案日期 " + closedOn + " 之后、今天之前",
                    List.of(FieldError.of("archivedOn", "应在结案之后")));
        }
        this.archivedOn = on;
        status = CaseStatus.ARCHIVED;
        return List.of(Recorded.onCase("CASE_ARCHIVED", caseNumber, Map.of("archivedOn", on.toString())));
    }

    // ---------------------------------------------------------------- helpers

    private void requireOpen() {
        if (closedOn != null) throw new DomainException(409, "case.closed", "案件已于 " + closedOn + " 结案");
    }

    static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(422, "reason.required", message, List.of(FieldError.of("reason", message)));
        }
    }

    private Optional<BenchMember> handling() {
        if (handlerId == null) return Optional.empty();
        return Optional.of(bench.stream().filter(m -> m.role() == Role.HANDLING).findFirst()
                .orElse(new BenchMember(handlerId, "", "", Role.HANDLING, false, Set.of())));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    // ---------------------------------------------------------------- read access

    public long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public long courtId() { return courtId; }
    public CourtLevel courtLevel() { return courtLevel; }
    public CaseType type() { return type; }
    public LocalDate filedOn() { return filedOn; }
    public Set<CaseFlag> flags() { return flags; }
    public int version() { return version; }
    public Procedure procedure() { return procedure; }
    public Track track() { return track; }
    public CaseStatus status() { return status; }
    public Long handlerId() { return handlerId; }
    public Bench triedBy() { return triedBy; }
    public List<BenchMember> bench() { return bench; }
    public LocalDate deadlineBase() { return deadlineBase; }
    public List<Suspension> suspensions() { return List.copyOf(suspensions); }
    public List<Extension> extensions() { return extensions; }
    public boolean extended() { return extended; }
    public List<Long> signatures() { return List.copyOf(signatures); }
    public LocalDate judgmentSignedOn() { return judgmentSignedOn; }
    public boolean committeeDecided() { return committeeDecided; }
    public LocalDate closedOn() { return closedOn; }
    public CloseMethod closeMethod() { return closeMethod; }
    public ReviewResult reviewResult() { return reviewResult; }
    public String originalCaseNumber() { return originalCaseNumber; }
    public LocalDate archivedOn() { return archivedOn; }
    public List<Recusal> recusals() { return List.copyOf(recusals); }

    // what changed, for the repository
    public List<AddedSuspension> addedSuspensions() { return List.copyOf(addedSuspensions); }
    public List<GrantedExtension> grantedExtensions() { return List.copyOf(grantedExtensions); }
    public List<Long> addedSignatures() { return List.copyOf(addedSignatures); }
    public List<Recusal> addedRecusals() { return List.copyOf(addedRecusals); }
    public boolean benchChanged() { return benchChanged; }
    public String benchReason() { return benchReason; }
    public boolean extensionsLapsed() { return extensionsLapsed; }
    public boolean deadlineChanged() { return deadlineChanged; }
    public LocalDate appealOn() { return appealOn; }
    public List<Hearing> hearings() { return List.copyOf(hearings); }
    public boolean hearingLiveStreamed() { return hearingLiveStreamed; }
    public List<Hearing> addedHearings() { return List.copyOf(addedHearings); }
    public List<Service> addedServices() { return List.copyOf(addedServices); }
    /** The hearing the last verb recorded as held, for the repository; null when none. */
    public Long heldHearing() { return heldHearing; }
    public LocalDate transferredOn() { return transferredOn; }
    /** The assignment the last verb made, for the repository; null when none. */
    public Assignment addedAssignment() { return addedAssignment; }

    /** The stored state, field by field; the repository's way in, and the tests'. */
    public static final class Builder {
        private long id;
        private String caseNumber;
        private long courtId;
        private CourtLevel courtLevel = CourtLevel.BASIC;
        private CaseType type;
        private LocalDate filedOn;
        private Set<CaseFlag> flags = Set.of();
        private DiversionFacts facts;
        private int version;
        private Procedure procedure;
        private Track track;
        private CaseStatus status;
        private Long handlerId;
        private Bench triedBy;
        private List<BenchMember> bench = List.of();
        private LocalDate deadlineBase;
        private List<Suspension> suspensions = List.of();
        private List<Extension> extensions = List.of();
        private Optional<TrialDeadline> deadline;
        private boolean extended;
        private List<Long> signatures = List.of();
        private LocalDate judgmentSignedOn;
        private boolean committeeDecided;
        private LocalDate closedOn;
        private CloseMethod closeMethod;
        private ReviewResult reviewResult;
        private String originalCaseNumber;
        private LocalDate archivedOn;
        private List<Recusal> recusals = List.of();
        private int reassignments;
        private List<Hearing> hearings = List.of();
        private boolean hearingLiveStreamed;
        private LocalDate appealOn;
        private LocalDate transferredOn;

        public Builder id(long v) { id = v; return this; }
        public Builder caseNumber(String v) { caseNumber = v; return this; }
        public Builder court(long id, CourtLevel level) { courtId = id; courtLevel = level; return this; }
        public Builder type(CaseType v) { type = v; return this; }
        public Builder filedOn(LocalDate v) { filedOn = v; return this; }
        public Builder flags(Set<CaseFlag> v) { flags = v; return this; }
        public Builder facts(DiversionFacts v) { facts = v; return this; }
        public Builder version(int v) { version = v; return this; }
        public Builder procedure(Procedure v) { procedure = v; return this; }
        public Builder track(Track v) { track = v; return this; }
        public Builder status(CaseStatus v) { status = v; return this; }
        public Builder handlerId(Long v) { handlerId = v; return this; }
        public Builder triedBy(Bench v) { triedBy = v; return this; }
        public Builder bench(List<BenchMember> v) { bench = v; return this; }
        public Builder deadlineBase(LocalDate v) { deadlineBase = v; return this; }
        public Builder suspensions(List<Suspension> v) { suspensions = v; return this; }
        public Builder extensions(List<Extension> v) { extensions = v; return this; }
        /** The deadline as the deadline store rebuilt it; without it the case counts its own from the facts above. */
        public Builder deadline(Optional<TrialDeadline> v) { deadline = v; return this; }
        public Builder extended(boolean v) { extended = v; return this; }
        public Builder signatures(List<Long> v) { signatures = v; return this; }
        public Builder judgmentSignedOn(LocalDate v) { judgmentSignedOn = v; return this; }
        public Builder committeeDecided(boolean v) { committeeDecided = v; return this; }
        public Builder closed(LocalDate on, CloseMethod method) { closedOn = on; closeMethod = method; return this; }
        public Builder reviewResult(ReviewResult v) { reviewResult = v; return this; }
        public Builder originalCaseNumber(String v) { originalCaseNumber = v; return this; }
        public Builder archivedOn(LocalDate v) { archivedOn = v; return this; }
        public Builder recusals(List<Recusal> v) { recusals = v; return this; }
        /** How many times the case was moved to another judge (转办). */
        public Builder reassignments(int v) { reassignments = v; return this; }
        public Builder hearings(List<Hearing> v, boolean anyLiveStreamed) { hearings = v; hearingLiveStreamed = anyLiveStreamed; return this; }
        public Builder appeal(LocalDate on, LocalDate transferred) { appealOn = on; transferredOn = transferred; return this; }

        public Case build() {
            return new Case(this);
        }
    }

    /** The distinct people on the bench, in the order they sign (承办法官, members, 审判长 last). */
    public List<BenchMember> signingOrder() {
        Set<BenchMember> order = new LinkedHashSet<>();
        bench.stream().filter(m -> m.role() == Role.HANDLING && !m.presiding()).forEach(order::add);
        bench.stream().filter(m -> !m.presiding() && m.role() != Role.HANDLING).forEach(order::add);
        bench.stream().filter(BenchMember::presiding).forEach(order::add);
        return List.copyOf(order);
    }
}
