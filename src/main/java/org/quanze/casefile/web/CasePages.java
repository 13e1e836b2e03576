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

    private final CaseStore store;
    private final CaseFiling filing;
    private final CaseDiversion diversion;
    private final CaseAssignment assignment;
    private final CaseProgress progress;
    private final CaseAppeals appeals;
    private final CaseQueries queries;
    private final Organization organization;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Trail trail;
    private final Clock clock;
    private final ZoneId zone;
    private final int warnDays;
    private final List<org.quanze.casefile.CasePageSection> sections;

    CasePages(CaseStore store, CaseFiling filing, CaseDiversion diversion, CaseAssignment assignment, CaseProgress progress,
            CaseAppeals appeals, CaseQueries queries, Organization organization, PowerGuard guard, CurrentActor current, Trail trail, Clock clock,
            @Value("${quanze.zone:Asia/Shanghai}") ZoneId zone, @Value("${quanze.deadline.warn-days:15}") int warnDays,
            List<org.quanze.casefile.CasePageSection> sections) {
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(org.quanze.casefile.CasePageSection::order)).toList();
        this.store = store;
        this.filing = filing;
        this.diversion = diversion;
        this.assignment = assignment;
        this.progress = progress;
        this.appeals = appeals;
        this.queries = queries;
        this.organization = organization;
        this.guard = guard;
        this.current = current;
        this.trail = trail;
        this.clock = clock;
        this.zone = zone;
        this.warnDays = warnDays;
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

    /** 审限预警 on the workbench: the person's open cases due within the warning window, and overdue ones. */
    @Bean
    WorkbenchPanel deadlinePanel() {
        return new WorkbenchPanel() {
            public int order() { return 10; }

            public String template() { return "casefile/workbench"; }

            public Optional<Map<String, Object>> data(Actor actor) {
                if (actor.staffId() == null) return Optional.empty();
                LocalDate today = LocalDate.now(clock);
                var scope = guard.scope(Action.VIEW_CASE);
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("due", queries.list(scope, "OPEN", actor.staffId(), warnDays, null, today, 50));
                data.put("mine", queries.list(scope, "OPEN", actor.staffId(), null, null, today, 1000).size());
                data.put("warnDays", warnDays);
                data.put("toDivert", guard.mayEver(Action.DIVERT_CASE) ? queries.list(scope, "FILED", null, null, null, today, 1000).size() : -1);
                return Optional.of(data);
            }
        };
    }

    @GetMapping("/cases")
    String list(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Integer dueWithin, @RequestParam(required = false) Integer pendingMonths, Model model) {
        var scope = guard.scope(Action.VIEW_CASE);
        if (scope.empty()) guard.require(Action.VIEW_CASE);
        Actor me = current.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", queries.list(scope, status, mine ? me.staffId() : null, dueWithin, pendingMonths, today, 500));
        model.addAttribute("longPending", queries.longPendingCounts(scope, today));
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        model.addAttribute("dueWithin", dueWithin);
        model.addAttribute("pendingMonths", pendingMonths);
        model.addAttribute("warnDays", warnDays);
        return "casefile/list";
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
            @RequestParam(required = false) List<String> partyId, Model model) {
        Actor me = current.get();
        List<CaseFiling.PartyForm> parties = new java.util.ArrayList<>();
        for (int i = 0; partyName != null && i < partyName.size(); i++) {
            parties.add(new CaseFiling.PartyForm(at(partyKind, i), at(partyRole, i), partyName.get(i), at(partyId, i)));
        }
        try {
            CaseView c = filing.file(new CaseFiling.FilingForm(me.courtCode(), caseType, causeCode, claimAmount, claimText,
                    filedOn, department, flags, parties));
            return "redirect:/cases/" + CaseApi.encode(c.caseNumber()) + "?filed";
        } catch (DomainException e) {
            model.addAttribute("failure", e);
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
    String detail(@PathVariable String caseNumber, Model model) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.VIEW_CASE, CaseFiles.powerContext(c));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", c);
        model.addAttribute("type", CaseType.fromCode(c.caseType()));
        model.addAttribute("procedure", Procedure.valueOf(c.procedure()));
        model.addAttribute("daysLeft", c.deadline() == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, c.deadline()));
        model.addAttribute("timeline", trail.timelineOf(caseNumber));
        model.addAttribute("parties", store.jdbc().sql("SELECT kind, role, name, id_masked FROM casefile.party WHERE case_id = ? ORDER BY id").param(c.id()).query().listOfRows());
        model.addAttribute("suspensions", store.jdbc().sql("SELECT reason, note, from_date, to_date FROM casefile.suspension WHERE case_id = ? ORDER BY from_date").param(c.id()).query().listOfRows());
        model.addAttribute("extensions", store.jdbc().sql("SELECT approver, months, days, reason, new_deadline, lapsed FROM casefile.extension WHERE case_id = ? ORDER BY id").param(c.id()).query().listOfRows());
        model.addAttribute("hearings", store.jdbc().sql("SELECT id, scheduled_at, courtroom, live_streamed, held FROM casefile.hearing WHERE case_id = ? ORDER BY scheduled_at").param(c.id()).query().listOfRows());
        var assignments = store.jdbc().sql("SELECT kind, staff_id, candidates, draw, reason, at FROM casefile.assignment WHERE case_id = ? ORDER BY id")
                .param(c.id()).query().listOfRows();
        var assigned = organization.staff(assignments.stream().map(a -> ((Number) a.get("staff_id")).longValue()).toList(), today);
        assignments.forEach(a -> a.put("name", java.util.Optional.ofNullable(assigned.get(((Number) a.get("staff_id")).longValue()))
                .map(org.quanze.organization.StaffView::name).orElse("")));
        model.addAttribute("assignments", assignments);
        model.addAttribute("judgmentSigned", store.jdbc().sql("SELECT judgment_signed_on FROM casefile.case_file WHERE id = ?").param(c.id()).query(LocalDate.class).optional().orElse(null));
        if (c.trackIsUndecided()) model.addAttribute("proposal", diversion.propose(c));
        var ctx = CaseFiles.powerContext(c);
        Actor me = current.get();
        Map<String, Boolean> may = new LinkedHashMap<>();
        for (Action a : List.of(Action.DIVERT_CASE, Action.ASSIGN_CASE, Action.REASSIGN_CASE, Action.CHANGE_TRIAL_ORGANISATION,
                Action.SUSPEND_DEADLINE, Action.APPROVE_EXTENSION, Action.SCHEDULE_HEARING, Action.SIGN_JUDGMENT,
                Action.CLOSE_CASE, Action.ARCHIVE_CASE, Action.RECORD_APPEAL)) {
            boolean courtLevel = a == Action.DIVERT_CASE || a == Action.ASSIGN_CASE;
            may.put(a.name(), guard.allows(me, a, courtLevel ? org.quanze.authority.PowerContext.court(c.courtId()) : ctx));
        }
        model.addAttribute("may", may);
        model.addAttribute("suspensionReasons", SuspensionReason.values());
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("closeMethods", CaseProgress.CLOSE_METHODS);
        model.addAttribute("reviewResults", ReviewResult.values());
        model.addAttribute("appealable", CaseAppeals.appealable(c));
        model.addAttribute("remanded", CaseAppeals.remanded(c));
        model.addAttribute("zone", zone);
        if (c.departmentId() != null && may.get("ASSIGN_CASE") && c.open()) model.addAttribute("candidates", assignment.candidates(c));
        model.addAttribute("sections", sections.stream()
                .map(section -> section.data(c).map(data -> Map.of("template", section.template(), "data", data)).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
        return "casefile/detail";
    }

    /** One form post per action on the case page; refusals come back as a message on the page. */
    @PostMapping("/cases/{caseNumber}/{action}")
    String act(@PathVariable String caseNumber, @PathVariable String action, @RequestParam Map<String, String> p,
            @RequestParam(required = false) List<String> members, RedirectAttributes redirect) {
        int version = Integer.parseInt(p.getOrDefault("version", "-1"));
        try {
            switch (action) {
                case "diversion" -> diversion.divert(caseNumber, version, Track.valueOf(p.get("track")),
                        blank(p.get("procedure")) ? null : Procedure.valueOf(p.get("procedure")), p.get("reason"));
                case "rediversion" -> diversion.requestRediversion(caseNumber, version, p.get("reason"));
                case "assign-random" -> assignment.assignRandomly(caseNumber, version);
                case "assign-designated" -> assignment.assignDesignated(caseNumber, version, p.get("staffNo"), p.get("reason"));
                case "reassign" -> assignment.reassign(caseNumber, version, p.get("staffNo"), p.get("reason"));
                case "organisation" -> progress.organise(caseNumber, version, p.get("triedBy"), p.get("presiding"), members, p.get("reason"));
                case "suspension" -> progress.suspend(caseNumber, version, SuspensionReason.valueOf(p.get("reason")),
                        date(p.get("from")), date(p.get("to")), p.get("note"));
                case "extension" -> progress.extend(caseNumber, version, number(p.get("months")), number(p.get("days")), p.get("reason"));
                case "procedure" -> progress.changeProcedure(caseNumber, version, Procedure.valueOf(p.get("procedure")), date(p.get("decidedOn")), p.get("reason"));
                case "hearing" -> progress.scheduleHearing(caseNumber, LocalDateTime.parse(p.get("scheduledAt")).atZone(zone).toInstant(),
                        p.get("courtroom"), "on".equals(p.get("liveStreamed")));
                case "hearing-held" -> progress.holdHearing(caseNumber, Long.parseLong(p.get("hearing")));
                case "judgment" -> progress.signJudgment(caseNumber, version);
                case "closing" -> progress.close(caseNumber, version, date(p.get("closedOn")), p.get("closeMethod"), p.get("reviewResult"), p.get("originalCaseNumber"));
                case "archiving" -> progress.archive(caseNumber, version, date(p.get("archivedOn")));
                case "appeal" -> appeals.recordAppeal(caseNumber, version, date(p.get("appealOn")), date(p.get("transferredOn")));
                case "transfer" -> appeals.recordTransfer(caseNumber, version, date(p.get("transferredOn")));
                default -> throw new DomainException(404, "case.action", "未知的操作");
            }
            redirect.addFlashAttribute("done", action);
        } catch (DomainException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
            redirect.addFlashAttribute("failureErrors", e.errors());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            redirect.addFlashAttribute("failure", "输入内容有误：" + e.getMessage());
        }
        return "redirect:/cases/" + CaseApi.encode(caseNumber);
    }

    private void fillForm(Model model) {
        Actor me = current.get();
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("causes", filing.causes().all().stream().filter(c -> c.level() >= 2).toList());
        model.addAttribute("departments", organization.departments(me.courtId()));
        model.addAttribute("caseFlags", CaseFlag.values());
        model.addAttribute("circumstances", Arrays.stream(Circumstance.values()).filter(c -> c != Circumstance.FOREIGN_RELATED).toList());
        model.addAttribute("today", LocalDate.now(clock));
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(String s) {
        return blank(s) ? null : LocalDate.parse(s);
    }

    private static int number(String s) {
        return blank(s) ? 0 : Integer.parseInt(s.trim());
    }
}
