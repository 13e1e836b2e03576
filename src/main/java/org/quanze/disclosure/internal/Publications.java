package org.quanze.disclosure.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.disclosure.AnonymisationPolicy;
import org.quanze.disclosure.PublicationChanged;
import org.quanze.disclosure.domain.Anonymisation;
import org.quanze.disclosure.domain.Anonymiser;
import org.quanze.disclosure.domain.DocumentKind;
import org.quanze.disclosure.domain.JudgmentDocument;
import org.quanze.disclosure.domain.MaskSpan;
import org.quanze.disclosure.domain.NonPublicationReason;
import org.quanze.disclosure.domain.Person;
import org.quanze.disclosure.domain.PublicationAction;
import org.quanze.disclosure.domain.PublicationState;
import org.quanze.disclosure.domain.PublicationStep;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.shared.DomainException;
import org.quanze.shared.Recorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 裁判文书上网 — a document's life: attached to a closed case, previewed anonymised, published or withheld with its
 * reason (the president deciding on 「其他情形」), withdrawn and republished. Each command loads the document, checks
 * the power list, calls the aggregate's verb (which checks its rule), saves it with the version the caller read, and
 * writes the trail, the {@link PublicationChanged} event and the case fact 文书上网状态 ({@link CaseFiles#recordPublication},
 * which statistics and review read) in the same transaction. Every read is scoped like the
 * case it belongs to ({@code VIEW_CASE}); a document outside the reader's scope is not found.
 */
@Service
public class Publications {

    private final DocumentRepository documents;
    private final CaseFiles cases;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Anonymiser anonymiser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AnonymisationPolicy policy;
    private final Organization organization;

    Publications(DocumentRepository documents, CaseFiles cases, Organization organization, PowerGuard guard, CurrentActor current, Anonymiser anonymiser,
            ApplicationEventPublisher events, Clock clock, @Value("${quanze.disclosure.policy:2016}") String policy) {
        this.documents = documents;
        this.cases = cases;
        this.organization = organization;
        this.guard = guard;
        this.current = current;
        this.anonymiser = anonymiser;
        this.events = events;
        this.clock = clock;
        this.policy = AnonymisationPolicy.ofCode(policy);
    }

    /** A document with its history, as the pages and the API show it. */
    public record DocumentDetail(JudgmentDocument document, List<PublicationStep> steps, boolean overdue) {
    }

    /** The preview: the latest version anonymised by the configured policy, every change with its reason. */
    public record Preview(long documentId, int documentVersion, String original, Anonymisation anonymisation, AnonymisationPolicy policy) {
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    /** 附文书: the effective judgment or ruling of a closed case, with its effective date (第7条 counts from it). */
    @Transactional
    public long attach(String caseNumber, DocumentKind kind, LocalDate effectiveOn, String text, String fileName) {
        CaseView c = visibleCase(caseNumber);
        Actor me = guard.require(Action.PUBLISH_JUDGMENT, CaseFiles.powerContext(c));
        java.util.List<DomainException.FieldError> errors = new java.util.ArrayList<>();
        if (kind == null) errors.add(DomainException.FieldError.of("kind", "请选择文书种类"));
        if (effectiveOn == null) errors.add(DomainException.FieldError.of("effectiveOn", "请填写生效日期"));
        if (text == null || text.isBlank()) errors.add(DomainException.FieldError.of("text", "请上传或粘贴文书正文"));
        if (!errors.isEmpty()) throw invalid(errors);
        JudgmentDocument d = JudgmentDocument.attach(new JudgmentDocument.CaseFacts(c.caseNumber(), c.courtId(),
                organization.court(c.courtId()).map(CourtView::name).orElse(c.court()), c.category(), c.causeName(), c.closedOn()),
                kind, effectiveOn, text, fileName, person(me), now(), LocalDate.now(clock), documents.calendar());
        long id = documents.insert(d);
        record(id, d, c.caseNumber());
        return id;
    }

    /** 新版本: a corrected text (not while published, 第16条). */
    @Transactional
    public JudgmentDocument addVersion(long id, int version, String text, String fileName) {
        if (text == null || text.isBlank()) throw invalid(List.of(DomainException.FieldError.of("text", "请上传或粘贴文书正文")));
        return act(id, version, Action.PUBLISH_JUDGMENT, (d, me) -> d.addVersion(text, fileName, me, now()));
    }

    /** 确认屏蔽并公开: the spans the judge confirmed on the preview of {@code ofVersion}. */
    @Transactional
    public JudgmentDocument publish(long id, int version, int ofVersion, List<MaskSpan> spans, String republicationReason) {
        return act(id, version, Action.PUBLISH_JUDGMENT, (d, me) -> d.publish(ofVersion, spans, republicationReason, me, now()));
    }

    /** 提出不公开 (第4条), with written reasons for 「其他情形」 (第12条). */
    @Transactional
    public JudgmentDocument withhold(long id, int version, NonPublicationReason reason, String writtenReasons) {
        return act(id, version, Action.PUBLISH_JUDGMENT, (d, me) -> d.withhold(reason, writtenReasons, me, now()));
    }

    /** 批准不公开 (第12条). */
    @Transactional
    public JudgmentDocument approve(long id, int version) {
        return act(id, version, Action.APPROVE_NON_PUBLICATION, (d, me) -> d.approveWithholding(me, now()));
    }

    /** 不予批准 (第12条): back to the judge. */
    @Transactional
    public JudgmentDocument reject(long id, int version, String note) {
        return act(id, version, Action.APPROVE_NON_PUBLICATION, (d, me) -> d.rejectWithholding(me, note, now()));
    }

    /** 撤回 (第16条), with its reason. */
    @Transactional
    public JudgmentDocument withdraw(long id, int version, String reason) {
        return act(id, version, Action.PUBLISH_JUDGMENT, (d, me) -> d.withdraw(reason, me, now()));
    }

    private interface Verb {
        void apply(JudgmentDocument d, Person me);
    }

    /** load → power → stale check → verb → save → trail and event. */
    private JudgmentDocument act(long id, int version, Action action, Verb verb) {
        JudgmentDocument d = load(id);
        CaseView c = visibleCase(d.caseNumber());
        PowerContext ctx = action == Action.APPROVE_NON_PUBLICATION ? PowerContext.court(d.courtId()) : CaseFiles.powerContext(c);
        Actor me = guard.require(action, ctx);
        if (version != d.version()) throw new DomainException(409, "stale", "该文书已被他人修改，请刷新后重试");
        verb.apply(d, person(me));
        documents.save(d);
        record(id, d, d.caseNumber());
        return load(id);
    }

    private void record(long id, JudgmentDocument d, String caseNumber) {
        for (PublicationStep s : d.newSteps()) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("document", id);
            changes.put("kind", d.kind().label());
            changes.put("state", s.state().label());
            if (s.reason() != null) changes.put("reason", s.reason());
            events.publishEvent(Recorded.onCase(s.action().name(), caseNumber, changes));
        }
        if (d.newSteps().stream().anyMatch(s -> s.action() != PublicationAction.JUDGMENT_DOCUMENT_VERSION_ADDED)) {
            events.publishEvent(new PublicationChanged(id, caseNumber, d.courtId(), d.state().name(), d.effectiveOn(), d.dueOn()));
            // the case's disclosure is its latest document's (a change to an older one leaves it as it is)
            cases.recordPublication(caseNumber, switch (documents.latestState(caseNumber)) {
                case PUBLISHED -> CaseFiles.Publication.PUBLISHED;
                case WITHHELD -> CaseFiles.Publication.ANNOUNCED;
                case PENDING, WITHHOLDING_PROPOSED, WITHDRAWN -> CaseFiles.Publication.PENDING;
            });
        }
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** One document in the reader's scope (the case's), with its history. */
    @Transactional(readOnly = true)
    public DocumentDetail get(long id) {
        JudgmentDocument d = load(id);
        visibleCase(d.caseNumber());
        return new DocumentDetail(d, documents.steps(id), d.overdue(LocalDate.now(clock)));
    }

    /** The case's documents, if the reader may see the case. */
    @Transactional(readOnly = true)
    public List<JudgmentDocument> ofCase(String caseNumber) {
        visibleCase(caseNumber);
        return documents.ofCase(caseNumber);
    }

    /** The anonymised preview of the latest version (for the judge who confirms it). */
    @Transactional(readOnly = true)
    public Preview preview(long id) {
        JudgmentDocument d = load(id);
        guard.require(Action.PUBLISH_JUDGMENT, CaseFiles.powerContext(visibleCase(d.caseNumber())));
        String original = d.latest().text();
        return new Preview(id, d.latest().number(), original, anonymiser.anonymise(original, policy, List.of()), policy);
    }

    /** Proposals under 第4条(五) waiting for the reader's decision (his courts under APPROVE_NON_PUBLICATION). */
    @Transactional(readOnly = true)
    public List<JudgmentDocument> awaitingApproval() {
        DataScope scope = guard.scope(Action.APPROVE_NON_PUBLICATION);
        if (scope.empty()) return List.of();
        return documents.inState(PublicationState.WITHHOLDING_PROPOSED, scope.courtIds(), scope.all(), 200);
    }

    /** Whether the signed-in person may carry this document's publication (the page shows the actions). */
    public boolean mayPublish(JudgmentDocument d) {
        return cases.find(d.caseNumber()).map(c -> guard.allows(current.get(), Action.PUBLISH_JUDGMENT, CaseFiles.powerContext(c)))
                .orElse(false);
    }

    public boolean mayApprove(JudgmentDocument d) {
        return guard.allows(current.get(), Action.APPROVE_NON_PUBLICATION, PowerContext.court(d.courtId()));
    }

    public boolean mayAttach(CaseView c) {
        return guard.allows(current.get(), Action.PUBLISH_JUDGMENT, CaseFiles.powerContext(c));
    }

    private JudgmentDocument load(long id) {
        return documents.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The case as the reader may see it: VIEW_CASE, the trial team's PUBLISH_JUDGMENT or, for the court's
     * proposals, APPROVE_NON_PUBLICATION. Anything else is "not found", as an unknown case is.
     */
    private CaseView visibleCase(String caseNumber) {
        CaseView c = cases.find(caseNumber).orElseThrow(() -> new DomainException(404, "disclosure.caseNotFound", "案件不存在", caseNumber));
        Actor me = current.get();
        PowerContext ctx = CaseFiles.powerContext(c);
        if (guard.allows(me, Action.VIEW_CASE, ctx) || guard.allows(me, Action.PUBLISH_JUDGMENT, ctx)
                || guard.allows(me, Action.APPROVE_NON_PUBLICATION, PowerContext.court(c.courtId()))) {
            return c;
        }
        throw new DomainException(404, "disclosure.caseNotFound", "案件不存在", caseNumber);
    }

    private static DomainException notFound(long id) {
        return new DomainException(404, "disclosure.documentNotFound", "文书不存在：" + id, id);
    }

    private static DomainException invalid(List<DomainException.FieldError> errors) {
        return new DomainException(422, "disclosure.invalid", "请求有误：" + errors.get(0).reason(), errors, errors.get(0).field());
    }

    private static Person person(Actor a) {
        return new Person(a.staffId() == null ? 0L : a.staffId(), a.name());
    }

    private Instant now() {
        return clock.instant();
    }
}
