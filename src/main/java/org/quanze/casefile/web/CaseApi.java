package org.quanze.casefile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ServiceMethod;
import org.quanze.casefile.domain.SuspensionReason;
import org.quanze.casefile.domain.diversion.DiversionProposal;
import org.quanze.casefile.domain.diversion.Track;
import org.quanze.casefile.internal.CaseAppeals;
import org.quanze.casefile.internal.CaseAssignment;
import org.quanze.casefile.internal.CaseDiversion;
import org.quanze.casefile.internal.CaseFiling;
import org.quanze.casefile.internal.CaseProgress;
import org.quanze.casefile.internal.CaseQueries;
import org.quanze.casefile.internal.CaseStore;
import org.quanze.casefile.internal.ExtensionRequests;
import org.quanze.shared.DomainException;
import org.quanze.shared.IfMatch;
import org.quanze.trail.Trail;
import org.quanze.trail.TrailEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over JSON. A case is addressed by its 案号, URL-encoded. Every change sends the version it read in
 * {@code If-Match}; a change made by someone else in between answers 409.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "案件 Cases")
class CaseApi {

    private final CaseStore store;
    private final CaseFiling filing;
    private final CaseDiversion diversion;
    private final CaseAssignment assignment;
    private final CaseProgress progress;
    private final CaseAppeals appeals;
    private final CaseQueries queries;
    private final ExtensionRequests extensionRequests;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Trail trail;
    private final Clock clock;

    CaseApi(CaseStore store, CaseFiling filing, CaseDiversion diversion, CaseAssignment assignment, CaseProgress progress,
            CaseAppeals appeals, CaseQueries queries, ExtensionRequests extensionRequests, PowerGuard guard,
            CurrentActor current, Trail trail, Clock clock) {
        this.extensionRequests = extensionRequests;
        this.store = store;
        this.filing = filing;
        this.diversion = diversion;
        this.assignment = assignment;
        this.progress = progress;
        this.appeals = appeals;
        this.queries = queries;
        this.guard = guard;
        this.current = current;
        this.trail = trail;
        this.clock = clock;
    }

    @Operation(summary = "立案")
    @PostMapping
    ResponseEntity<FiledCase> file(@RequestBody CaseFiling.FilingForm form) {
        CaseFiling.Filed f = filing.fileWithQueryCode(form);
        CaseView c = f.filed();
        return ResponseEntity.created(URI.create("/api/v1/cases/" + encode(c.caseNumber()))).eTag(String.valueOf(c.version()))
                .body(new FiledCase(c, f.queryCode()));
    }

    /** The filed case with its query code (查询码, issue 15), which this answer alone ever carries. */
    record FiledCase(@com.fasterxml.jackson.annotation.JsonUnwrapped CaseView filed, String queryCode) {
    }

    @GetMapping("/{caseNumber}")
    ResponseEntity<CaseView> get(@PathVariable String caseNumber) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.VIEW_CASE, CaseFiles.powerContext(c));
        return ResponseEntity.ok().eTag(String.valueOf(c.version())).body(c);
    }

    /** Cases in the caller's data scope; {@code mine=true} for the caller's own (as handler or panel member). */
    @GetMapping
    List<CaseQueries.Row> list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Integer dueWithin, @RequestParam(required = false) Integer pendingMonths,
            @RequestParam(defaultValue = "200") int limit) {
        return queries.list(guard.scope(Action.VIEW_CASE), status, mine ? current.get().staffId() : null, dueWithin,
                pendingMonths, LocalDate.now(clock), Math.min(Math.max(limit, 1), 5000));
    }

    @GetMapping("/{caseNumber}/timeline")
    List<TrailEvent> timeline(@PathVariable String caseNumber) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.VIEW_CASE, CaseFiles.powerContext(c));
        return trail.timelineOf(caseNumber);
    }

    @GetMapping("/{caseNumber}/diversion-proposal")
    DiversionProposal proposal(@PathVariable String caseNumber) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.VIEW_CASE, CaseFiles.powerContext(c));
        return diversion.propose(c);
    }

    record DiversionRequest(Track track, Procedure procedure, String reason) {
    }

    @PostMapping("/{caseNumber}/diversion")
    CaseView divert(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody DiversionRequest r) {
        return diversion.divert(caseNumber, version(version), r.track(), r.procedure(), r.reason());
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/{caseNumber}/rediversion")
    CaseView redivert(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody ReasonRequest r) {
        return diversion.requestRediversion(caseNumber, version(version), r.reason());
    }

    /** {@code mode}: RANDOM (no staff), DESIGNATED (staffNo and reason), or REASSIGN (staffNo and reason, 转办). */
    record AssignmentRequest(String mode, String staffNo, String reason) {
    }

    @PostMapping("/{caseNumber}/assignment")
    CaseView assign(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody AssignmentRequest r) {
        int v = version(version);
        return switch (r.mode() == null ? "RANDOM" : r.mode()) {
            case "RANDOM" -> assignment.assignRandomly(caseNumber, v);
            case "DESIGNATED" -> assignment.assignDesignated(caseNumber, v, r.staffNo(), r.reason());
            case "REASSIGN" -> assignment.reassign(caseNumber, v, r.staffNo(), r.reason());
            default -> throw new DomainException(422, "assignment.mode", "分案方式应为 RANDOM、DESIGNATED 或 REASSIGN");
        };
    }

    record OrganisationRequest(String triedBy, String presiding, List<String> members, String reason) {
    }

    @PostMapping("/{caseNumber}/trial-organisation")
    CaseView organise(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody OrganisationRequest r) {
        return progress.organise(caseNumber, version(version), r.triedBy(), r.presiding(), r.members(), r.reason());
    }

    record SuspensionRequest(SuspensionReason reason, LocalDate from, LocalDate to, String note) {
    }

    @PostMapping("/{caseNumber}/suspensions")
    CaseView suspend(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody SuspensionRequest r) {
        return progress.suspend(caseNumber, version(version), r.reason(), r.from(), r.to(), r.note());
    }

    record ExtensionRequest(Integer months, Integer days, String reason) {
    }

    @PostMapping("/{caseNumber}/extensions")
    CaseView extend(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody ExtensionRequest r) {
        return progress.extend(caseNumber, version(version), r.months() == null ? 0 : r.months(), r.days() == null ? 0 : r.days(), r.reason());
    }

    @Operation(summary = "申请延长审限（承办法官，在审限届满前）；由法律规定的批准主体审批")
    @PostMapping("/{caseNumber}/extension-requests")
    ResponseEntity<ExtensionRequests.Request> requestExtension(@PathVariable String caseNumber,
            @RequestHeader(value = "If-Match", required = false) String version, @RequestBody ExtensionRequest r) {
        var created = extensionRequests.request(caseNumber, version(version), r.months() == null ? 0 : r.months(),
                r.days() == null ? 0 : r.days(), r.reason());
        return ResponseEntity.status(201).body(created);
    }

    /** {@code approve}: true to approve (the deadline moves), false to refuse with a reason. */
    record ExtensionDecision(Boolean approve, String reason) {
    }

    @Operation(summary = "审批延长审限申请（批准或不批准并说明理由）")
    @PostMapping("/{caseNumber}/extension-requests/{id}/decision")
    ExtensionRequests.Request decideExtension(@PathVariable String caseNumber, @PathVariable long id,
            @RequestBody ExtensionDecision d) {
        return extensionRequests.decide(caseNumber, id, Boolean.TRUE.equals(d.approve()), d.reason());
    }

    @Operation(summary = "待我审批的延长审限申请")
    @GetMapping("/extension-requests")
    List<ExtensionRequests.Request> awaitingMe() {
        return extensionRequests.awaiting(current.get());
    }

    /** {@code partiesConsent}: every party agreed to 简易程序 (行政诉讼法 第82条第2款), recorded with the change. */
    record ProcedureRequest(Procedure procedure, LocalDate decidedOn, String reason, Boolean partiesConsent) {
    }

    @PostMapping("/{caseNumber}/procedure")
    CaseView changeProcedure(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody ProcedureRequest r) {
        return progress.changeProcedure(caseNumber, version(version), r.procedure(), r.decidedOn(), r.reason(),
                Boolean.TRUE.equals(r.partiesConsent()));
    }

    record RecusalRequest(String staffNo, String reason) {
    }

    @Operation(summary = "回避（院长决定，记录理由；回避的人员不得参加本案审判组织）")
    @PostMapping("/{caseNumber}/recusals")
    CaseView recuse(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody RecusalRequest r) {
        return progress.recuse(caseNumber, version(version), r.staffNo(), r.reason());
    }

    record DelegationRequest(String staffNo, String reason, LocalDate until) {
    }

    @Operation(summary = "院长委托副院长审批法律规定由本院院长批准的延长审限")
    @PostMapping("/extension-delegations")
    ResponseEntity<Void> delegate(@RequestBody DelegationRequest r) {
        progress.delegateApproval(current.get(), r.staffNo(), r.reason(), r.until());
        return ResponseEntity.noContent().build();
    }

    record HearingRequest(Instant scheduledAt, String courtroom, Boolean liveStreamed) {
    }

    @PostMapping("/{caseNumber}/hearings")
    CaseView schedule(@PathVariable String caseNumber, @RequestBody HearingRequest r) {
        return progress.scheduleHearing(caseNumber, r.scheduledAt(), r.courtroom(), Boolean.TRUE.equals(r.liveStreamed()));
    }

    @PostMapping("/{caseNumber}/hearings/{id}/held")
    CaseView held(@PathVariable String caseNumber, @PathVariable long id) {
        return progress.holdHearing(caseNumber, id);
    }

    /** {@code method}: DIRECT, LEFT, ELECTRONIC, ENTRUSTED, POSTAL, FORWARDED or PUBLIC_NOTICE ({@link ServiceMethod}). */
    record ServiceRequest(String document, String addressee, ServiceMethod method, LocalDate servedOn, Boolean consent,
            String note) {
    }

    @Operation(summary = "记录送达（文书、受送达人、送达方式、日期；公告送达自发出公告之日起经过三十日视为送达）")
    @PostMapping("/{caseNumber}/services")
    CaseView recordService(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody ServiceRequest r) {
        return progress.recordService(caseNumber, version(version), r.document(), r.addressee(), r.method(), r.servedOn(),
                Boolean.TRUE.equals(r.consent()), r.note());
    }

    @PostMapping("/{caseNumber}/judgment")
    CaseView sign(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version) {
        return progress.signJudgment(caseNumber, version(version));
    }

    /**
     * {@code reviewResult}: the reviewing case's own result (维持, 改判, 发回重审 …); {@code upperOutcome} is its former
     * name, still accepted — it never set the reviewing case's upper outcome, only the original's.
     */
    record ClosingRequest(LocalDate closedOn, String closeMethod, String reviewResult, String upperOutcome,
            String originalCaseNumber) {

        String result() {
            return reviewResult != null && !reviewResult.isBlank() ? reviewResult : upperOutcome;
        }
    }

    @PostMapping("/{caseNumber}/closing")
    CaseView close(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody ClosingRequest r) {
        return progress.close(caseNumber, version(version), r.closedOn(), r.closeMethod(), r.result(), r.originalCaseNumber());
    }

    record ArchivingRequest(LocalDate archivedOn) {
    }

    @PostMapping("/{caseNumber}/archiving")
    CaseView archive(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody(required = false) ArchivingRequest r) {
        return progress.archive(caseNumber, version(version), r == null ? null : r.archivedOn());
    }

    record AppealRequest(LocalDate appealOn, LocalDate transferredOn) {
    }

    @Operation(summary = "上诉登记（上诉日期，可同时登记移送日期）")
    @PostMapping("/{caseNumber}/appeal")
    CaseView appeal(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody AppealRequest r) {
        return appeals.recordAppeal(caseNumber, version(version), r.appealOn(), r.transferredOn());
    }

    record TransferRequest(LocalDate transferredOn) {
    }

    @Operation(summary = "案卷移送（上诉案件报送上一级法院，或发回重审案件退回原审法院）")
    @PostMapping("/{caseNumber}/transfer")
    CaseView transfer(@PathVariable String caseNumber, @RequestHeader(value = "If-Match", required = false) String version,
            @RequestBody TransferRequest r) {
        return appeals.recordTransfer(caseNumber, version(version), r.transferredOn());
    }

    @GetMapping("/long-pending")
    Map<String, Object> longPending() {
        return queries.longPendingCounts(guard.scope(Action.VIEW_CASE), LocalDate.now(clock));
    }

    /** The version the caller read; without it a change could silently overwrite another's (428). */
    static int version(String ifMatch) {
        return IfMatch.version(ifMatch);
    }

    static String encode(String caseNumber) {
        return java.net.URLEncoder.encode(caseNumber, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
