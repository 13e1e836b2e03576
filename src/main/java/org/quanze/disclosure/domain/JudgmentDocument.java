package org.quanze.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 上网裁判文书 — an effective judgment or ruling of a case on its way to the internet (法释〔2016〕19号), with every
 * version of its text. Its verbs check their rule ({@link PublicationRule}, article in each) and record a
 * {@link PublicationStep}; the caller saves it with the version it read and writes the steps to the trail in the same
 * transaction.
 *
 * <pre>
 *   PENDING ──publish──▶ PUBLISHED ──withdraw──▶ WITHDRAWN ──publish (with reason) / withhold──▶ …
 *      └──withhold (第4条(一)–(四))──▶ WITHHELD (notice, 第6条)
 *      └──withhold (第4条(五))──▶ WITHHOLDING_PROPOSED ──approve──▶ WITHHELD │ ──reject──▶ PENDING
 * </pre>
 */
public final class JudgmentDocument {

    /** 第7条: published within 7 working days of taking effect. */
    public static final int PUBLICATION_WORKING_DAYS = 7;

    private final Long id;
    private final String caseNumber;
    private final long courtId;
    private final String court;
    private final String category;
    private final String cause;
    private final DocumentKind kind;
    private final LocalDate judgedOn;
    private final LocalDate effectiveOn;
    private final LocalDate dueOn;
    private final int version;
    private final List<DocumentVersion> versions;
    private PublicationState state;
    private NonPublicationReason reason;
    private String writtenReasons;
    private Long proposedBy;
    private String notice;
    private List<MaskSpan> confirmedSpans;
    private Integer confirmedVersion;
    private String publishedText;
    private Instant publishedAt;
    private final List<PublicationStep> newSteps = new ArrayList<>();
    private final List<DocumentVersion> newVersions = new ArrayList<>();

    /** As loaded: every field as stored. */
    public JudgmentDocument(Long id, String caseNumber, long courtId, String court, String category, String cause,
            DocumentKind kind, LocalDate judgedOn,
            LocalDate effectiveOn, LocalDate dueOn, PublicationState state, NonPublicationReason reason, String writtenReasons,
            Long proposedBy, String notice, List<MaskSpan> confirmedSpans, Integer confirmedVersion, String publishedText,
            Instant publishedAt, List<DocumentVersion> versions, int version) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.courtId = courtId;
        this.court = court;
        this.category = category;
        this.cause = cause;
        this.kind = kind;
        this.judgedOn = judgedOn;
        this.effectiveOn = effectiveOn;
        this.dueOn = dueOn;
        this.state = state;
        this.reason = reason;
        this.writtenReasons = writtenReasons;
        this.proposedBy = proposedBy;
        this.notice = notice;
        this.confirmedSpans = List.copyOf(confirmedSpans);
        this.confirmedVersion = confirmedVersion;
        this.publishedText = publishedText;
        this.publishedAt = publishedAt;
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(DocumentVersion::number));
        this.version = version;
    }

    /**
     * The facts of the case a document is attached to, as the case file knows them: the court's name, the category
     * (CIVIL, CRIMINAL, ADMINISTRATIVE …) and cause (案由) the public search filters by, the closing date (裁判日期).
     */
    public record CaseFacts(String caseNumber, long courtId, String court, String category, String cause, LocalDate closedOn) {
    }

    /**
     * 附文书: the effective document of a closed case (P-01), effective on a day already past (P-02); the deadline is
     * 7 working days of the court's calendar after that day (第7条).
     */
    public static JudgmentDocument attach(CaseFacts c, DocumentKind kind, LocalDate effectiveOn, String text, String fileName,
            Person by, Instant at, LocalDate today, WorkingDayCalendar calendar) {
        if (c.closedOn() == null) throw PublicationRule.ATTACH_AFTER_CLOSING.refusal();
        if (effectiveOn.isAfter(today)) throw PublicationRule.EFFECTIVE_DATE_NOT_FUTURE.refusal();
        JudgmentDocument d = new JudgmentDocument(null, c.caseNumber(), c.courtId(), c.court(), c.category(), c.cause(), kind, c.closedOn(), effectiveOn,
                calendar.plusWorkingDays(effectiveOn, PUBLICATION_WORKING_DAYS), PublicationState.PENDING, null, null, null, null,
                List.of(), null, null, null, List.of(), 0);
        d.addVersion(text, fileName, by, at);
        d.newSteps.set(0, new PublicationStep(PublicationAction.JUDGMENT_DOCUMENT_ATTACHED, by.staffId(), by.name(), at, d.state, null));
        return d;
    }

    /** 新版本: a corrected text while the document is not online (P-03: a published one is withdrawn first, 第16条). */
    public void addVersion(String text, String fileName, Person by, Instant at) {
        if (state == PublicationState.PUBLISHED) throw PublicationRule.NO_NEW_VERSION_WHILE_PUBLISHED.refusal();
        DocumentVersion v = new DocumentVersion(versions.size() + 1, text, fileName, by.staffId(), by.name(), at);
        versions.add(v);
        newVersions.add(v);
        step(PublicationAction.JUDGMENT_DOCUMENT_VERSION_ADDED, by, at, "第" + v.number() + "版");
    }

    /**
     * 公开 (第3条): publishes the latest version (P-05) with the changes the judge confirmed in the preview (P-06: inside
     * the text, in order, not overlapping), so the published text is the original with exactly those changes (第15条).
     * A document pending or withdrawn only (P-04); after a withdrawal with the reason for republishing (P-07, 第16条).
     */
    public void publish(int ofVersion, List<MaskSpan> spans, String republicationReason, Person by, Instant at) {
        if (!state.awaitingDecision()) throw PublicationRule.DECIDE_ONLY_PENDING.refusal();
        if (ofVersion != latest().number()) throw PublicationRule.CONFIRM_LATEST_VERSION.refusal();
        String original = latest().text();
        List<MaskSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(MaskSpan::start));
        int end = 0;
        for (MaskSpan s : ordered) {
            if (s.start() < end || s.end() > original.length()) throw PublicationRule.CONFIRMED_SPANS_INSIDE_TEXT.refusal();
            end = s.end();
        }
        boolean republication = state == PublicationState.WITHDRAWN;
        if (republication && blank(republicationReason)) throw PublicationRule.REPUBLISH_WITH_REASON.refusal();
        confirmedSpans = List.copyOf(ordered);
        confirmedVersion = ofVersion;
        publishedText = Anonymisation.apply(original, ordered).text();
        publishedAt = at;
        reason = null;
        writtenReasons = null;
        notice = null;
        state = PublicationState.PUBLISHED;
        step(republication ? PublicationAction.JUDGMENT_REPUBLISHED : PublicationAction.JUDGMENT_PUBLISHED, by, at, republication ? republicationReason.strip() : null);
    }

    /**
     * 不公开 (第4条): a reason of 第4条 (P-08). Items (一)–(四) are the law's own and take effect with their notice
     * (第6条); item (五) is the court's judgment, proposed with written reasons (P-09) for the president (第12条).
     */
    public void withhold(NonPublicationReason why, String reasons, Person by, Instant at) {
        if (!state.awaitingDecision()) throw PublicationRule.DECIDE_ONLY_PENDING.refusal();
        if (why == null) throw PublicationRule.REASON_FROM_ARTICLE_4.refusal();
        if (why.needsPresidentsApproval() && blank(reasons)) throw PublicationRule.OTHER_NEEDS_WRITTEN_REASONS.refusal();
        reason = why;
        writtenReasons = blank(reasons) ? null : reasons.strip();
        proposedBy = by.staffId();
        if (why.needsPresidentsApproval()) {
            state = PublicationState.WITHHOLDING_PROPOSED;
            step(PublicationAction.JUDGMENT_WITHHOLDING_PROPOSED, by, at, why.item() + why.wording() + "：" + writtenReasons);
        } else {
            announce();
            step(PublicationAction.JUDGMENT_WITHHELD, by, at, why.item() + why.wording());
        }
    }

    /** 批准不公开 (第12条): the president decides on a waiting proposal (P-10), never his own (P-11); the notice follows (第6条). */
    public void approveWithholding(Person approver, Instant at) {
        decidable(approver);
        announce();
        step(PublicationAction.JUDGMENT_WITHHOLDING_APPROVED, approver, at, reason.item() + reason.wording());
    }

    /** 不予批准 (第12条): the proposal goes back to the judge, who proposes publication or another reason. */
    public void rejectWithholding(Person approver, String note, Instant at) {
        decidable(approver);
        reason = null;
        writtenReasons = null;
        proposedBy = null;
        state = PublicationState.PENDING;
        step(PublicationAction.JUDGMENT_WITHHOLDING_REJECTED, approver, at, blank(note) ? null : note.strip());
    }

    /** 撤回 (第16条): a published document (P-12) is taken off the internet with its reason (P-13). */
    public void withdraw(String why, Person by, Instant at) {
        if (state != PublicationState.PUBLISHED) throw PublicationRule.WITHDRAW_ONLY_PUBLISHED.refusal();
        if (blank(why)) throw PublicationRule.WITHDRAW_WITH_REASON.refusal();
        state = PublicationState.WITHDRAWN;
        step(PublicationAction.JUDGMENT_WITHDRAWN, by, at, why.strip());
    }

    /** 逾期: the law's disclosure (publication or notice) is not done and the 7 working days are past (第7条). */
    public boolean overdue(LocalDate today) {
        return !state.disclosed() && today.isAfter(dueOn);
    }

    private void decidable(Person approver) {
        if (state != PublicationState.WITHHOLDING_PROPOSED) throw PublicationRule.APPROVE_ONLY_PROPOSED.refusal();
        if (proposedBy != null && proposedBy == approver.staffId()) throw PublicationRule.NO_SELF_APPROVAL.refusal();
    }

    /** 第6条: the notice of a document not published. */
    private void announce() {
        state = PublicationState.WITHHELD;
        notice = reason.notice(caseNumber, court, judgedOn);
    }

    private void step(PublicationAction action, Person by, Instant at, String why) {
        newSteps.add(new PublicationStep(action, by.staffId(), by.name(), at, state, why));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public DocumentVersion latest() { return versions.get(versions.size() - 1); }

    public Long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public long courtId() { return courtId; }
    public String court() { return court; }
    public String category() { return category; }
    public String cause() { return cause; }
    public DocumentKind kind() { return kind; }
    public LocalDate judgedOn() { return judgedOn; }
    public LocalDate effectiveOn() { return effectiveOn; }
    public LocalDate dueOn() { return dueOn; }
    public PublicationState state() { return state; }
    public NonPublicationReason reason() { return reason; }
    public String writtenReasons() { return writtenReasons; }
    public Long proposedBy() { return proposedBy; }
    public String notice() { return notice; }
    public List<MaskSpan> confirmedSpans() { return confirmedSpans; }
    public Integer confirmedVersion() { return confirmedVersion; }
    public String publishedText() { return publishedText; }
    public Instant publishedAt() { return publishedAt; }
    public List<DocumentVersion> versions() { return List.copyOf(versions); }
    public int version() { return version; }
    /** Steps taken since loading, to be saved and written to the trail. */
    public List<PublicationStep> newSteps() { return List.copyOf(newSteps); }
    /** Versions attached since loading, to be saved. */
    public List<DocumentVersion> newVersions() { return List.copyOf(newVersions); }
}
