package org.quanze.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.review.domain.ReviewKind;
import org.quanze.review.domain.RoutineCheck;
import org.quanze.review.domain.SelfOrCross;
import org.quanze.review.internal.ReviewTasks;
import org.quanze.review.internal.RoutineChecks;
import org.quanze.shared.DomainException;
import org.quanze.shared.web.Flash;
import org.quanze.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors of the office: the routine-check rules (常规评查规则: days, time to fix, whether a rule runs; new rules of a
 * kind the platform tests) and the review tasks (专项评查、上网裁判文书评查: set with their scope and sample, then title
 * and deadline changed). A refused form comes back as typed with each wrong field named in Chinese (422); an edit on a
 * version someone else has since changed is refused (409).
 */
@Controller
class ReviewEditorPages {

    private final RoutineChecks routine;
    private final ReviewTasks tasks;
    private final CurrentActor current;
    private final PowerGuard guard;
    private final MessageSource messages;

    ReviewEditorPages(RoutineChecks routine, ReviewTasks tasks, CurrentActor current, PowerGuard guard, MessageSource messages) {
        this.routine = routine;
        this.tasks = tasks;
        this.current = current;
        this.guard = guard;
        this.messages = messages;
    }

    // ---- routine rules -----------------------------------------------------------------------------------------

    @GetMapping("/reviews/rules")
    String rules(Model model) {
        return rulesPage(null, Map.of(), model);
    }

    /** {@code typed}: the refused form's values, {@code formKey} which form they belong to (a rule's code or "new"). */
    private String rulesPage(String formKey, Map<String, String> typed, Model model) {
        model.addAttribute("rules", routine.rules());
        model.addAttribute("checks", RoutineCheck.values());
        model.addAttribute("maySet", routine.setsRules());
        model.addAttribute("formKey", formKey);
        model.addAttribute("typed", typed);
        return "review/rules";
    }

    @PostMapping("/reviews/rules/{code}")
    String changeRule(@PathVariable String code, @RequestParam int version, @RequestParam Map<String, String> form,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            routine.change(code, version, edit(form));
            Flash.done(redirect, "review.rules.saved", code);
            return "redirect:/reviews/rules";
        } catch (DomainException refused) {
            if (refused.status() != 422) throw refused;
            return refusedRule(code, form, refused, model, locale, response);
        }
    }

    @PostMapping("/reviews/rules")
    String addRule(@RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            RoutineCheck kind = form.getOrDefault("kind", "").isBlank() ? null : RoutineCheck.valueOf(form.get("kind"));
            RoutineChecks.Rule r = routine.add(form.get("code"), kind, edit(form));
            Flash.done(redirect, "review.rules.saved", r.code());
            return "redirect:/reviews/rules";
        } catch (DomainException refused) {
            if (refused.status() != 422) throw refused;
            return refusedRule("new", form, refused, model, locale, response);
        }
    }

    private String refusedRule(String key, Map<String, String> form, DomainException refused, Model model, Locale locale,
            HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(new MapBindingResult(new LinkedHashMap<>(), "form"), "review.rules.field",
                messages, locale).add(refused));
        return rulesPage(key, form, model);
    }

    /** The typed numbers as numbers; text that is not one is left null, which the rule check names. */
    private static RoutineChecks.RuleEdit edit(Map<String, String> form) {
        return new RoutineChecks.RuleEdit(form.get("description"), form.get("source"), integer(form.get("days")),
                integer(form.get("fixDays")), "true".equals(form.get("active")));
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- review tasks ------------------------------------------------------------------------------------------

    @GetMapping("/reviews/tasks")
    String tasks(Model model) {
        return tasksPage(Map.of(), model);
    }

    private String tasksPage(Map<String, String> typed, Model model) {
        Actor me = current.get();
        model.addAttribute("tasks", tasks.visible());
        model.addAttribute("kinds", new ReviewKind[] {ReviewKind.SPECIAL, ReviewKind.DOCUMENT});
        model.addAttribute("modes", SelfOrCross.values());
        model.addAttribute("mayManage", me.courtId() != null && guard.allows(me, Action.MANAGE_REVIEW, PowerContext.court(me.courtId())));
        model.addAttribute("typed", typed);
        return "review/tasks";
    }

    @PostMapping("/reviews/tasks")
    String createTask(@RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            ReviewTasks.Created created = tasks.create(new ReviewTasks.Task(enumOrNull(ReviewKind.class, form.get("kind")),
                    form.get("title"), form.get("court"), form.get("caseType"), form.get("causeCode"), date(form.get("closedFrom")),
                    date(form.get("closedTo")), form.get("upperOutcome"), "true".equals(form.get("publishedOnly")),
                    integer(form.get("sample")) == null ? -1 : integer(form.get("sample")), "true".equals(form.get("perCourt")),
                    enumOrNull(SelfOrCross.class, form.get("selfOrCross")), date(form.get("deadline"))));
            Flash.done(redirect, "review.tasks.created", created.enrolled());
            return "redirect:/reviews/tasks";
        } catch (DomainException refused) {
            if (refused.status() != 422) throw refused;
            response.setStatus(422);
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(new MapBindingResult(new LinkedHashMap<>(), "form"),
                    "review.tasks.field", messages, locale).add(refused));
            return tasksPage(form, model);
        }
    }

    /** A refusal (422 for a wrong title or deadline, 409 when stale) is the message page. */
    @PostMapping("/reviews/tasks/{id}")
    String changeTask(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, RedirectAttributes redirect) {
        tasks.change(id, version, title, deadline);
        Flash.done(redirect, "review.tasks.saved", title.strip());
        return "redirect:/reviews/tasks";
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
