package org.quanze.casefile.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerGuard;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.ServiceMethod;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ReviewResult;
import org.quanze.casefile.domain.SuspensionReason;
import org.quanze.casefile.domain.diversion.Circumstance;
import org.quanze.casefile.domain.diversion.Track;
import org.quanze.casefile.internal.CaseAppeals;
import org.quanze.casefile.internal.CaseAssignment;
import org.quanze.casefile.internal.CaseDiversion;
import org.quanze.casefile.internal.CaseFiling;
import org.quanze.casefile.internal.CaseProgress;
import org.quanze.casefile.internal.CaseQueries;
import org.quanze.casefile.internal.CaseStore;
import org.quanze.casefile.internal.CaseRepository;
import org.quanze.casefile.internal.ExtensionRequests;
import org.quanze.casefile.domain.ExtensionApprover;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.quanze.organization.Organization;
import org.quanze.shared.DomainException;
import org.quanze.trail.Trail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 案件 pages: my cases, filing, the diversion queue, deadlines, and a case with its actions and timeline. */
@Controller
class CasePages {

    /** Rows per page of the case list. */
    static final int PAGE_SIZE = 50;
    /** How long a case counts as newly assigned on the workbench, and an extension decision stays there. */
    static final int RECENT_DAYS = 14;

    private final CaseStore store;
    private final CaseFiling filing;
    private final CaseDiversion diversion;
    private final CaseAssignment assignment;
    private final CaseProgress progress;
    private final CaseAppeals appeals;
    private final ExtensionRequests extensionRequests;
    private final CaseQueries queries;
    private final CaseRepository cases;
    private final Organization organization;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Trail trail;
    private final Clock clock;
    private final ZoneId zone;
    private final int warnDays;
    private final MessageSource messages;
    private final TimelineSentences sentences;
    private final List<org.quanze.casefile.CasePageSection> sections;

    CasePages(CaseStore store, CaseFiling filing, CaseDiversion diversion, CaseAssignment assignment, CaseProgress progress,
            CaseAppeals appeals, ExtensionRequests extensionRequests, CaseQueries queries, CaseRepository cases,
            Organization organization, PowerGuard guard, CurrentActor current, Trail trail, Clock clock,
            @Value("${quanze.zone:Asia/Shanghai}") ZoneId zone, @Value("${quanze.deadline.warn-days:15}") int warnDays,
            MessageSource messages, List<org.quanze.casefile.CasePageSection> sections) {
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(org.quanze.casefile.CasePageSection::order)).toList();
        this.store = store;
        this.filing = filing;
        this.diversion = diversion;
        this.assignment = assignment;
        this.progress = progress;
        this.appeals = appeals;
        this.extensionRequests = extensionRequests;
        this.queries = queries;
        this.cases = cases;
        this.organization = organization;
        this.guard = guard;
        this.current = current;
        this.trail = trail;
        this.clock = clock;
        this.zone = zone;
        this.warnDays = warnDays;
        this.messages = messages;
        this.sentences = new TimelineSentences(messages, zone);
    }

    @Bean
    static MenuEntry casesMenu() {
        return new MenuEntry(10, "nav.cases", "/cases", Action.VIEW_CASE, org.quanze.authority.MenuGroup.TRIAL);
    }

    @Bean
    static MenuEntry filingMenu() {
        return new MenuEntry(11, "nav.filing", "/cases/new", Action.FILE_CASE).forCourtStaff();
    }

    @Bean
    static MenuEntry diversionMenu() {
        return new MenuEntry(12, "nav.diversion", "/cases/diversion", Action.DIVERT_CASE).forCourtStaff();
    }

    @Bean
    static MenuEntry diversionRulesMenu() {
        return new MenuEntry(13, "nav.diversionRules", "/cases/diversion/rules", Action.EDIT_POWER_LIST, org.quanze.authority.MenuGroup.SYSTEM);
    }

    /**
     * 我的案件 on the workbench: open cases (own, and the team's or division's for those who do not handle cases),
     * deadlines due or overdue, newly assigned cases, cases to sign, to archive, extensions to approve and the
     * decisions on one's own extension requests. Each item links to its case.
     */
    @Bean
    WorkbenchPanel deadlinePanel() {
        return new WorkbenchPanel() {
            public int order() { return 10; }

            public String template() { return "casefile/workbench"; }

            public Optional<Map<String, Object>> data(Actor actor) {
                // someone who may see no case (人民陪审员 outside a panel) gets no panel whose links would be refused
                if (actor.staffId() == null || !guard.mayEver(Action.VIEW_CASE)) return Optional.empty();
                LocalDate today = LocalDate.now(clock);
                var scope = guard.scope(Action.VIEW_CASE);
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("due", queries.list(scope, "OPEN", actor.staffId(), warnDays, null, today, 50));
                data.put("mine", queries.list(scope, "OPEN", actor.staffId(), null, null, today, 100_000).size());
                data.put("inScope", queries.openCount(scope));
                data.put("warnDays", warnDays);
                data.put("toDivert", guard.mayEver(Action.DIVERT_CASE) ? queries.list(scope, "FILED", null, null, null, today, 1000).size() : -1);
                data.put("newlyAssigned", queries.newlyAssigned(actor.staffId(), today, RECENT_DAYS));
                data.put("toSign", guard.mayEver(Action.SIGN_JUDGMENT) ? queries.toSign(actor.staffId(), today) : List.of());
                data.put("toArchive", queries.toArchive(guard.scope(Action.ARCHIVE_CASE), today));
                data.put("toApprove", extensionRequests.awaiting(actor));
                data.put("decided", extensionRequests.decidedFor(actor.staffId(), RECENT_DAYS));
                data.put("zone", zone);
                return Optional.of(data);
            }
        };
    }

    /** The case list: status ({@code ALL} for every status), own cases, deadlines, search, sort and pages. */
    @GetMapping("/cases")
    String list(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Integer dueWithin, @RequestParam(required = false) Integer pendingMonths,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "1") int page, Model model) {
        var scope = guard.scope(Action.VIEW_CASE);
        if (scope.empty()) guard.require(Action.VIEW_CASE);
        LocalDate today = LocalDate.now(clock);
        var filter = filter(status, mine, dueWithin, pendingMonths, q, sort, desc, page, PAGE_SIZE);
        model.addAttribute("result", queries.page(scope, filter, today));
        model.addAttribute("longPending", queries.longPendingCounts(scope, today));
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        model.addAttribute("dueWithin", dueWithin);
        model.addAttribute("pendingMonths", pendingMonths);
        model.addAttribute("q", filter.q());
        model.addAttribute("sort", filter.sort());
        model.addAttribute("desc", desc);
        model.addAttribute("warnDays", warnDays);
        return "casefile/list";
    }

    /** The filtered list as CSV (UTF-8 with BOM, so Excel reads the Chinese), every matching row in the same scope. */
    @GetMapping(value = "/cases/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Integer dueWithin, @RequestParam(required = false) Integer pendingMonths,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "false") boolean desc, Locale locale) {
        var scope = guard.scope(Action.VIEW_CASE);
        if (scope.empty()) guard.require(Action.VIEW_CASE);
        LocalDate today = LocalDate.now(clock);
        var rows = queries.page(scope, filter(status, mine, dueWithin, pendingMonths, q, sort, desc, 1, 100_000), today).rows();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", List.of("case.number", "case.cause", "case.status", "case.track", "case.filedOn",
                "case.handler", "case.deadline", "case.closedOn").stream().map(k -> CaseCsv.cell(messages.getMessage(k, null, locale))).toList())).append("\r\n");
        for (var r : rows) {
            csv.append(String.join(",", CaseCsv.cell(r.caseNumber()), CaseCsv.cell(r.causeName()),
                    CaseCsv.cell(messages.getMessage("case.status." + r.status(), null, r.status(), locale)),
                    CaseCsv.cell(r.track() == null ? "" : messages.getMessage("case.track." + r.track(), null, r.track(), locale)),
                    CaseCsv.cell(r.filedOn()), CaseCsv.cell(r.handler()), CaseCsv.cell(r.deadline()), CaseCsv.cell(r.closedOn()))).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cases-" + today + ".csv", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private CaseQueries.Filter filter(String status, boolean mine, Integer dueWithin, Integer pendingMonths, String q,
            String sort, boolean desc, int page, int size) {
        // "ALL" is the 全部 choice: an empty value would fall back to the default (未结)
        String s = "ALL".equals(status) ? "" : status;
        return new CaseQueries.Filter(s, mine ? current.get().staffId() : null, dueWithin, pendingMonths, q, sort, desc, page, size);
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        guard.require(Action.FILE_CASE, org.quanze.authority.PowerContext.court(current.get().courtId()));
        fillForm(model);
        return "casefile/new";
    }

    @PostMapping("/cases/new")
    String file(@RequestParam String caseType, @RequestParam(defaultValue = "") String causeCode,
            @RequestParam(required = false) BigDecimal claimAmount, @RequestParam(defaultValue = "") String claimText,
            @RequestParam(required = false) LocalDate filedOn, @RequestParam(defaultValue = "") String department,
            @RequestParam(required = false) Set<String> flags, @RequestParam(required = false) List<String> partyKind,
            @RequestParam(required = false) List<String> partyRole, @RequestParam(required = false) List<String> partyName,
            @RequestParam(required = false) List<String> partyId, Model model, Locale locale, RedirectAttributes redirect) {
        Actor me = current.get();
        List<CaseFiling.PartyForm> parties = new java.util.ArrayList<>();
        int rows = Math.max(partyName == null ? 0 : partyName.size(), partyId == null ? 0 : partyId.size());
        for (int i = 0; i < rows; i++) {
            parties.add(new CaseFiling.PartyForm(at(partyKind, i), at(partyRole, i), at(partyName, i), at(partyId, i)));
        }
        var form = new CaseFiling.FilingForm(me.courtCode(), caseType, causeCode, claimAmount, claimText, filedOn,
                department, flags, parties);
        try {
            CaseFiling.Filed filed = filing.fileWithQueryCode(form);
            CaseView c = filed.filed();
            redirect.addFlashAttribute("done", messages.getMessage("case.done.filed", new Object[] {c.caseNumber()}, locale));
            redirect.addFlashAttribute("queryCode", filed.queryCode());
            return "redirect:/cases/" + CaseApi.encode(c.caseNumber());
        } catch (DomainException e) {
            // everything typed goes back into the form, each wrong field marked
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("form", form);
            fillForm(model);
            return "casefile/new";
        }
    }

    @GetMapping("/cases/diversion")
    String queue(Model model) {
        Actor me = current.get();
        guard.require(Action.DIVERT_CASE, org.quanze.authority.PowerContext.court(me.courtId()));
        LocalDate today = LocalDate.now(clock);
        var court = org.quanze.authority.DataScope.court(me.courtId());
        var rows = queries.list(court, "FILED", null, null, null, today, 200);
        Map<String, Object> proposals = new LinkedHashMap<>();
        for (var row : rows) proposals.put(row.caseNumber(), diversion.propose(store.get(row.caseNumber())));
        model.addAttribute("rows", rows);
        model.addAttribute("proposals", proposals);
        model.addAttribute("unassigned", queries.list(court, "DIVERTED", null, null, null, today, 200));
        model.addAttribute("procedures", Procedure.values());
        return "casefile/diversion";
    }

    @GetMapping("/cases/{caseNumber}")
    String detail(@PathVariable String caseNumber, Model model, Locale locale) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.VIEW_CASE, CaseFiles.powerContext(c));
        LocalDate today = LocalDate.now(clock);
        CaseType type = CaseType.fromCode(c.caseType());
        model.addAttribute("c", c);
        model.addAttribute("type", type);
        model.addAttribute("procedure", Procedure.valueOf(c.procedure()));
        model.addAttribute("daysLeft", c.deadline() == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, c.deadline()));
        model.addAttribute("timeline", trail.timelineOf(caseNumber).stream().map(e -> Map.of(
                "at", e.occurredAt().atZone(zone), "actor", e.actorName() == null ? "" : e.actorName(),
                "post", e.post() == null ? "" : e.post(), "sentence", sentences.sentence(e, locale))).toList());
        model.addAttribute("parties", queries.parties(c.id()));
        model.addAttribute("suspensions", queries.suspensions(c.id()));
        model.addAttribute("extensions", queries.extensions(c.id()));
        model.addAttribute("hearings", queries.hearings(c.id()));
        model.addAttribute("services", queries.services(c.id()));
        model.addAttribute("serviceMethods", ServiceMethod.values());
        model.addAttribute("assignments", queries.assignments(c.id(), today));
        LocalDate signed = queries.judgmentSignedOn(c.id());
        model.addAttribute("judgmentSigned", signed);
        List<Long> signatures = queries.signatures(c.id());
        model.addAttribute("signedBy", c.trialOrganisation().stream().filter(m -> signatures.contains(m.staffId()))
                .map(CaseView.TrialMember::name).toList());
        var recusals = queries.recusals(c.id());
        var recused = organization.staff(recusals.stream().map(CaseQueries.Recusal::staffId).toList(), today);
        model.addAttribute("recusals", recusals.stream().map(r -> Map.of("name", recused.containsKey(r.staffId())
                ? recused.get(r.staffId()).staffNo() + " " + recused.get(r.staffId()).name() : "", "reason", r.reason())).toList());
        if (c.trackIsUndecided()) model.addAttribute("proposal", diversion.propose(c));
        var requests = extensionRequests.ofCase(c.id());
        var pending = requests.stream().filter(ExtensionRequests.Request::pending).findFirst().orElse(null);
        model.addAttribute("extensionRequests", requests);
        model.addAttribute("pendingExtension", pending);
        var deadline = c.open() ? cases.load(caseNumber).trialDeadline() : Optional.<org.quanze.casefile.domain.TrialDeadline>empty();
        ExtensionApprover nextApprover = deadline.flatMap(CasePages::nextApprover).orElse(null);
        model.addAttribute("nextApprover", nextApprover);
        Actor me = current.get();
        boolean signedByMe = me.staffId() != null && signatures.contains(me.staffId());
        CaseActions acts = CaseActions.of(c, type, me, signed != null || signedByMe, pending, nextApprover,
                (action, courtLevel) -> guard.allows(me, action, courtLevel ? org.quanze.authority.PowerContext.court(c.courtId()) : CaseFiles.powerContext(c)),
                (approver) -> progress.isApprover(me, approver, c), CaseAppeals.appealable(c), CaseAppeals.remanded(c));
        model.addAttribute("acts", acts);
        model.addAttribute("suspensionReasons", Arrays.stream(SuspensionReason.values()).filter(r -> r.appliesTo(type.category())).toList());
        model.addAttribute("conversions", Procedure.conversionsFor(type).stream().filter(p -> !p.name().equals(c.procedure())).toList());
        // diversion may choose among the procedures of this kind of case only (a civil case is never 国家赔偿程序)
        model.addAttribute("divertProcedures", Procedure.conversionsFor(type).isEmpty() ? List.of(Procedure.valueOf(c.procedure()))
                : Procedure.conversionsFor(type));
        model.addAttribute("closeMethods", org.quanze.casefile.domain.CloseMethod.labels());
        model.addAttribute("reviewResults", ReviewResult.values());
        model.addAttribute("zone", zone);
        model.addAttribute("today", today);
        if (acts.assign()) model.addAttribute("candidates", assignment.candidates(c));
        model.addAttribute("sections", sections.stream()
                .map(section -> section.data(c).map(data -> Map.of("template", section.template(), "data", data)).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
        return "casefile/detail";
    }

    private static Optional<ExtensionApprover> nextApprover(org.quanze.casefile.domain.TrialDeadline d) {
        try {
            return Optional.of(d.nextExtensionApprover());
        } catch (DomainException noneLeft) {
            return Optional.empty();
        }
    }

    /*
     * One form post per action on the case page, each bound to its form record (CaseForms). Success says what was
     * done; a refusal comes back on the page with each wrong field named and marked, the form open and what was typed
     * still in it.
     */

    @PostMapping("/cases/{caseNumber}/diversion")
    String divert(@PathVariable String caseNumber, CaseForms.DiversionForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "diversion", f, () -> diversion.divert(caseNumber, f.read(), f.trackValue(), f.procedureValue(), f.reason()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/rediversion")
    String redivert(@PathVariable String caseNumber, CaseForms.ReasonForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "rediversion", f, () -> diversion.requestRediversion(caseNumber, f.read(), f.reason()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/assign-random")
    String assignRandomly(@PathVariable String caseNumber, CaseForms.ReasonForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "assign-random", f, () -> assignment.assignRandomly(caseNumber, f.read()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/assign-designated")
    String assignDesignated(@PathVariable String caseNumber, CaseForms.StaffForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "assign-designated", f, () -> assignment.assignDesignated(caseNumber, f.read(), f.staffNo(), f.reason()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/reassign")
    String reassign(@PathVariable String caseNumber, CaseForms.StaffForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "reassign", f, () -> assignment.reassign(caseNumber, f.read(), f.staffNo(), f.reason()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/organisation")
    String organise(@PathVariable String caseNumber, CaseForms.OrganisationForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "organisation", f, () -> progress.organise(caseNumber, f.read(), f.triedBy(), f.presiding(), f.members(), f.reason()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/recusal")
    String recuse(@PathVariable String caseNumber, CaseForms.StaffForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "recusal", f, () -> progress.recuse(caseNumber, f.read(), f.staffNo(), f.reason()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/suspension")
    String suspend(@PathVariable String caseNumber, CaseForms.SuspensionForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "suspension", f, () -> progress.suspend(caseNumber, f.read(), f.reasonValue(),
                CaseForms.date(f.from()), CaseForms.date(f.to()), f.note()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/extension")
    String extend(@PathVariable String caseNumber, CaseForms.ExtensionForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "extension", f, () -> progress.extend(caseNumber, f.read(), f.monthsValue(), f.daysValue(), f.reason()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/extension-request")
    String requestExtension(@PathVariable String caseNumber, CaseForms.ExtensionForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "extension-request", f, () -> {
            extensionRequests.request(caseNumber, f.read(), f.monthsValue(), f.daysValue(), f.reason());
            return store.get(caseNumber);
        }, r, l);
    }

    @PostMapping("/cases/{caseNumber}/extension-decision")
    String decideExtension(@PathVariable String caseNumber, CaseForms.ExtensionDecisionForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "extension-decision", f, () -> {
            extensionRequests.decide(caseNumber, f.requestValue(), f.approve(), f.decisionReason());
            return store.get(caseNumber);
        }, r, l);
    }

    @PostMapping("/cases/{caseNumber}/procedure")
    String changeProcedure(@PathVariable String caseNumber, CaseForms.ProcedureForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "procedure", f, () -> progress.changeProcedure(caseNumber, f.read(), f.procedureValue(),
                f.decidedOnValue(), f.reason(), f.consent()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/hearing")
    String scheduleHearing(@PathVariable String caseNumber, CaseForms.HearingForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "hearing", f, () -> progress.scheduleHearing(caseNumber, f.at(zone), f.courtroom(), f.live()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/service")
    String recordService(@PathVariable String caseNumber, CaseForms.ServiceForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "service", f, () -> progress.recordService(caseNumber, f.read(), f.document(), f.addressee(),
                f.methodValue(), f.servedOnValue(), f.consented(), f.note()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/hearing-held")
    String holdHearing(@PathVariable String caseNumber, CaseForms.HearingHeldForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "hearing-held", f, () -> progress.holdHearing(caseNumber, f.hearingValue()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/judgment")
    String sign(@PathVariable String caseNumber, CaseForms.ReasonForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "judgment", f, () -> progress.signJudgment(caseNumber, f.read()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/closing")
    String close(@PathVariable String caseNumber, CaseForms.ClosingForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "closing", f, () -> progress.close(caseNumber, f.read(), f.closedOnValue(), f.closeMethod(),
                f.reviewResult(), f.originalCaseNumber()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/archiving")
    String archive(@PathVariable String caseNumber, CaseForms.ArchivingForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "archiving", f, () -> progress.archive(caseNumber, f.read(), f.archivedOnValue()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/appeal")
    String appeal(@PathVariable String caseNumber, CaseForms.AppealForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "appeal", f, () -> appeals.recordAppeal(caseNumber, f.read(), f.appealOnValue(), f.transferredOnValue()), r, l);
    }

    @PostMapping("/cases/{caseNumber}/transfer")
    String transfer(@PathVariable String caseNumber, CaseForms.TransferForm f, RedirectAttributes r, Locale l) {
        return act(caseNumber, "transfer", f, () -> appeals.recordTransfer(caseNumber, f.read(), f.transferredOnValue()), r, l);
    }

    /** Runs one action of the case page and comes back to the case with what was done, or why not. */
    private String act(String caseNumber, String action, Record form, java.util.function.Supplier<CaseView> command,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> typed = CaseForms.typed(form);
        try {
            CaseView after = command.get();
            redirect.addFlashAttribute("done", done(action, after, typed, locale));
        } catch (DomainException e) {
            refused(redirect, action, typed, FormErrors.of(e, messages, locale));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            refused(redirect, action, typed, new FormErrors(messages.getMessage("case.input.invalid", null, locale), List.of(), Map.of()));
        }
        return "redirect:/cases/" + CaseApi.encode(caseNumber);
    }

    private static void refused(RedirectAttributes redirect, String action, Map<String, String> typed, FormErrors errors) {
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("failedAction", action);
        redirect.addFlashAttribute("typed", typed);
    }

    /** What was done, in a sentence: 已签发（2026）吉0102民初12号裁判文书. */
    private String done(String action, CaseView c, Map<String, String> p, Locale locale) {
        Object detail = switch (action) {
            case "diversion" -> c.track() == null ? "" : messages.getMessage("case.track." + c.track(), null, locale);
            case "assign-random", "assign-designated", "reassign" -> c.trialOrganisation().stream()
                    .filter(m -> "HANDLING".equals(m.role())).map(CaseView.TrialMember::name).findFirst().orElse("");
            case "extension", "suspension", "procedure" -> String.valueOf(c.deadline());
            case "closing" -> c.closeMethod();
            case "hearing" -> p.getOrDefault("scheduledAt", "").replace('T', ' ');
            case "service" -> p.getOrDefault("document", "");
            case "extension-decision" -> "APPROVE".equals(p.get("decision"))
                    ? messages.getMessage("case.extension.approved", new Object[] {String.valueOf(c.deadline())}, locale)
                    : messages.getMessage("case.extension.refused", null, locale);
            default -> "";
        };
        return messages.getMessage("case.done." + action, new Object[] {c.caseNumber(), detail},
                messages.getMessage("case.done", null, locale), locale);
    }

    private void fillForm(Model model) {
        Actor me = current.get();
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("causes", filing.causes().all().stream().filter(c -> c.level() >= 2).toList());
        model.addAttribute("departments", organization.departments(me.courtId()));
        // 高级法院审理 is not typed: it follows from the court (Case.flagsAt)
        model.addAttribute("caseFlags", Arrays.stream(CaseFlag.values()).filter(f -> f != CaseFlag.TRIED_BY_HIGH_COURT).toList());
        model.addAttribute("circumstances", Arrays.stream(Circumstance.values()).filter(c -> c != Circumstance.FOREIGN_RELATED).toList());
        model.addAttribute("today", LocalDate.now(clock));
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }
}
