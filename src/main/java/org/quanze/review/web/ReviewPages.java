package org.quanze.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.MenuGroup;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.review.domain.Dimension;
import org.quanze.review.domain.Flaw;
import org.quanze.review.domain.ReviewKind;
import org.quanze.review.domain.ReviewStatus;
import org.quanze.review.domain.SelfOrCross;
import org.quanze.review.internal.ReviewDesk;
import org.quanze.review.internal.ReviewTables;
import org.quanze.review.internal.ReviewerPool;
import org.quanze.review.internal.RoutineChecks;
import org.quanze.shared.DomainException;
import org.quanze.shared.web.Flash;
import org.quanze.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 案件评查 pages: the reviews in the person's scope (and his own as reviewer), one review with its form (一表), report
 * and the steps after it, and the review tables of the paper with their .xlsx export.
 */
@Controller
class ReviewPages {

    private final ReviewDesk desk;
    private final ReviewTables tables;
    private final CurrentActor current;
    private final PowerGuard guard;
    private final MessageSource messages;
    private final Clock clock;
    private final RoutineChecks routine;
    private final ReviewerPool pool;

    ReviewPages(ReviewDesk desk, ReviewTables tables, CurrentActor current, PowerGuard guard, MessageSource messages, Clock clock,
            RoutineChecks routine, ReviewerPool pool) {
        this.routine = routine;
        this.pool = pool;
        this.desk = desk;
        this.tables = tables;
        this.current = current;
        this.guard = guard;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static MenuEntry reviewsMenu() {
        return new MenuEntry(46, "nav.reviews", "/reviews", Action.VIEW_REVIEW, MenuGroup.TRIAL_MANAGEMENT);
    }

    @Bean
    static MenuEntry reviewTablesMenu() {
        return new MenuEntry(47, "nav.reviewTables", "/reviews/statistics", Action.VIEW_REVIEW, MenuGroup.TRIAL_MANAGEMENT).forCourtStaff();
    }

    @GetMapping("/reviews")
    String list(@RequestParam(required = false) ReviewStatus status, Model model) {
        Actor me = current.get();
        model.addAttribute("reviews", desk.visible(status, 300));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("modes", SelfOrCross.values());
        model.addAttribute("mayEnrol", me.courtId() != null && guard.allows(me, Action.MANAGE_REVIEW, PowerContext.court(me.courtId())));
        model.addAttribute("findings", routine.visible(100));
        model.addAttribute("rules", routine.rules());
        return "review/list";
    }

    @PostMapping("/reviews")
    String enrol(@RequestParam String caseNumber, @RequestParam(required = false) ReviewKind kind,
            @RequestParam(required = false) SelfOrCross selfOrCross, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        long id = desk.enrol(caseNumber, kind, selfOrCross, reason);
        Flash.done(redirect, "review.enrolled", id);
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/petitions")
    String enrolPetition(@RequestParam String caseNumber, @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect) {
        long id = desk.enrolPetition(caseNumber, reference);
        Flash.done(redirect, "review.enrolled", id);
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/routine-checks")
    String runRoutineChecks(RedirectAttributes redirect) {
        RoutineChecks.Run run = routine.run(current.get().courtCode());
        Flash.done(redirect, "review.routineRun", run.found(), run.fixed());
        return "redirect:/reviews";
    }

    @PostMapping("/reviews/routine-findings/{id}/answer")
    String answerRoutineFinding(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
        routine.answer(id, text);
        Flash.done(redirect, "review.answered");
        return "redirect:/reviews";
    }

    @PostMapping("/reviews/candidates")
    String registerCandidates(RedirectAttributes redirect) {
        Flash.done(redirect, "review.candidatesRegistered", desk.registerCandidatesFromCaseFile());
        return "redirect:/reviews/statistics";
    }

    @GetMapping("/reviews/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(desk.get(id), null, model);
    }

    private String detail(ReviewDesk.Review r, ReviewForm form, Model model) {
        Actor me = current.get();
        Map<Dimension, List<Flaw>> byDimension = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) byDimension.put(d, new java.util.ArrayList<>());
        desk.catalogue().values().forEach(f -> byDimension.get(f.dimension()).add(f));
        model.addAttribute("review", r);
        model.addAttribute("findings", desk.findings(r.id()));
        model.addAttribute("catalogue", byDimension);
        model.addAttribute("form", form == null ? ReviewForm.empty() : form);
        model.addAttribute("isReviewer", desk.isReviewer(r));
        model.addAttribute("material", desk.material(r));
        // a third-party reviewer (external expert) sees the anonymised material only, not the case file
        model.addAttribute("thirdParty", pool.thirdParty(me.staffId()));
        model.addAttribute("mayAnswer", desk.onCase(r));
        model.addAttribute("mayAssign", guard.allows(me, Action.MANAGE_REVIEW, PowerContext.court(r.reviewingCourtId())));
        model.addAttribute("mayApplyTwoWay", me.courtId() != null && me.courtId() == r.caseCourtId()
                && guard.allows(me, Action.MANAGE_REVIEW, PowerContext.court(r.caseCourtId())));
        return "review/detail";
    }

    /** Concluded: back to the review with its result; refused: the form again as typed, each wrong field named. */
    @PostMapping("/reviews/{id}/conclusion")
    String conclude(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) List<String> flaws,
            @RequestParam Map<String, String> params, @RequestParam(defaultValue = "false") boolean proposedExcellent,
            @RequestParam(defaultValue = "") String report, @RequestParam(defaultValue = "") String suspectedViolation,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        List<String> checked = flaws == null ? List.of() : flaws;
        Map<String, String> notes = new LinkedHashMap<>();
        checked.forEach(code -> notes.put(code, params.getOrDefault("note_" + code, "")));
        ReviewForm form = new ReviewForm(version, checked, notes, proposedExcellent, report, suspectedViolation);
        try {
            ReviewDesk.Review r = desk.conclude(id, version, new ReviewDesk.Conclusion(notes, proposedExcellent, report, suspectedViolation));
            Flash.done(redirect, "review.concluded", r.result().label());
            return "redirect:/reviews/" + id;
        } catch (DomainException refused) {
            if (refused.status() != 422) throw refused;
            BindingResult none = new MapBindingResult(new LinkedHashMap<>(), "form");
            FormErrors errors = FormErrors.of(none, "review.field", messages, locale).add(refused);
            response.setStatus(422);
            model.addAttribute(FormErrors.ATTRIBUTE, errors);
            return detail(desk.get(id), form, model);
        }
    }

    @PostMapping("/reviews/{id}/reviewer")
    String assign(@PathVariable long id, @RequestParam int version, @RequestParam String staffNo, RedirectAttributes redirect) {
        ReviewDesk.Review r = desk.assign(id, version, staffNo);
        Flash.done(redirect, "review.assigned", r.reviewerName());
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/{id}/answer")
    String answer(@PathVariable long id, @RequestParam int version, @RequestParam String text, RedirectAttributes redirect) {
        desk.answer(id, version, text);
        Flash.done(redirect, "review.answered");
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/{id}/two-way")
    String twoWay(@PathVariable long id, @RequestParam int version, @RequestParam String text, RedirectAttributes redirect) {
        desk.applyTwoWay(id, version, text);
        Flash.done(redirect, "review.twoWayApplied");
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/{id}/committee")
    String committee(@PathVariable long id, @RequestParam int version, @RequestParam String text, RedirectAttributes redirect) {
        desk.referToCommittee(id, version, text);
        Flash.done(redirect, "review.referred");
        return "redirect:/reviews/" + id;
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    @GetMapping("/reviews/statistics")
    String statistics(@RequestParam(required = false) String court,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Actor me = current.get();
        LocalDate today = LocalDate.now(clock);
        String code = court == null || court.isBlank() ? me.courtCode() : court;
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("table", tables.keyReviews(code, start, end));
        model.addAttribute("documents", tables.documents(code, start, end));
        model.addAttribute("query", "court=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&from=" + start + "&to=" + end);
        return "review/statistics";
    }

    @GetMapping("/reviews/statistics.xlsx")
    ResponseEntity<byte[]> export(@RequestParam String court, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) throws IOException {
        ReviewTables.Table t = tables.keyReviews(court, from, to);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book, messages.getMessage("review.table31", null, locale), t, locale, List.of("KEY_REVIEWS", "COMMITTEE_STUDIED",
                    "QUALIFIED", "UNQUALIFIED", "TWO_WAY_BASIC_TO_INTERMEDIATE", "TWO_WAY_INTERMEDIATE_TO_HIGH"), false);
            sheet(book, messages.getMessage("review.table32", null, locale), t, locale, List.of("SHOULD_ENROL", "ENROLLED",
                    "NOT_ENROLLED", "COMMITTEE_STUDIED", "QUALIFIED", "UNQUALIFIED", "IN_PROGRESS", "TWO_WAY_BASIC_TO_INTERMEDIATE",
                    "TWO_WAY_INTERMEDIATE_TO_HIGH"), true);
            book.write(out);
            String name = URLEncoder.encode("评查统计-" + court + "-" + from + "-" + to + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name)
                    .contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    /** One table of the paper: a title row, the period, the header, the rows (total first). */
    private void sheet(XSSFWorkbook book, String title, ReviewTables.Table t, Locale locale, List<String> figures, boolean reversed) {
        Sheet sheet = book.createSheet(title);
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.createRow(1).createCell(0).setCellValue(messages.getMessage("review.period", new Object[] {t.from(), t.to()}, locale));
        Row head = sheet.createRow(2);
        int c = 0;
        head.createCell(c++).setCellValue(messages.getMessage("review.court", null, locale));
        if (reversed) {
            head.createCell(c++).setCellValue(messages.getMessage("review.figure.REVERSED", null, locale));
            for (int y : t.years()) head.createCell(c++).setCellValue(messages.getMessage("review.reversedIn", new Object[] {String.valueOf(y)}, locale));
        }
        for (String f : figures) head.createCell(c++).setCellValue(messages.getMessage("review.figure." + f, null, locale));
        int r = 3;
        for (ReviewTables.Row row : t.rows()) {
            Row line = sheet.createRow(r++);
            int i = 0;
            line.createCell(i++).setCellValue(row.label());
            if (reversed) {
                line.createCell(i++).setCellValue(row.figures().get("REVERSED"));
                for (int y : t.years()) line.createCell(i++).setCellValue(row.reversedByYear().getOrDefault(y, 0L));
            }
            for (String f : figures) line.createCell(i++).setCellValue(row.figures().get(f));
        }
    }
}
