package org.quanze.deliberation.web;

import java.util.List;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.deliberation.internal.CollegialDeliberations;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 合议庭评议笔录 pages: a case's records found by case number, and one record — the issues, each member's opinion and
 * vote, the majority and the minority kept, and the signatures after which nothing changes (民诉法 第45条).
 */
@Controller
class CollegialPages {

    private final CollegialDeliberations records;
    private final CurrentActor current;
    private final org.springframework.context.MessageSource messages;

    CollegialPages(CollegialDeliberations records, CurrentActor current, org.springframework.context.MessageSource messages) {
        this.records = records;
        this.current = current;
        this.messages = messages;
    }

    /** Shown to those who may read deliberation records (VIEW_DELIBERATION): panel members and division chiefs. */
    @Bean
    static MenuEntry deliberationsMenu() {
        return new MenuEntry(53, "nav.deliberations", "/deliberations", Action.VIEW_DELIBERATION);
    }

    @GetMapping("/deliberations")
    String find(@RequestParam(required = false) String caseNumber, Model model) {
        String number = caseNumber == null ? "" : caseNumber.strip();
        model.addAttribute("caseNumber", number);
        model.addAttribute("records", number.isEmpty() ? List.of() : records.ofCase(number));
        return "deliberation/records";
    }

    @PostMapping("/deliberations")
    String open(@RequestParam String caseNumber) {
        return "redirect:/deliberations/" + records.open(caseNumber.strip());
    }

    @GetMapping("/deliberations/{id}")
    String record(@PathVariable long id, Model model) {
        if (!model.containsAttribute("typed")) model.addAttribute("typed", java.util.Map.of());
        CollegialDeliberations.RecordView view = records.read(id);
        Actor me = current.get();
        boolean member = me.staffId() != null && view.panel().stream().anyMatch(m -> m.staffId() == me.staffId());
        model.addAttribute("r", view);
        model.addAttribute("member", member);
        model.addAttribute("choices", org.quanze.deliberation.domain.VoteChoice.values());
        model.addAttribute("voted", view.issues().stream()
                .filter(i -> i.ballots().stream().anyMatch(b -> me.staffId() != null && b.voterId() == me.staffId()))
                .map(CollegialDeliberations.IssueView::id).collect(java.util.stream.Collectors.toSet()));
        return "deliberation/record";
    }

    @PostMapping("/deliberations/{id}/issues")
    String issue(@PathVariable long id, @RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String proposal,
            Model model, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        return act(id, () -> records.addIssue(id, question, proposal),
                java.util.Map.of("form", "issue", "question", question, "proposal", proposal), model, locale, response);
    }

    @PostMapping("/deliberations/{id}/issues/{issueId}/votes")
    String vote(@PathVariable long id, @PathVariable long issueId,
            @RequestParam(required = false) org.quanze.deliberation.domain.VoteChoice choice,
            @RequestParam(defaultValue = "") String opinion, Model model, java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        return act(id, () -> records.vote(id, issueId, choice, opinion), java.util.Map.of("form", "vote-" + issueId,
                "choice", choice == null ? "" : choice.name(), "opinion", opinion), model, locale, response);
    }

    @PostMapping("/deliberations/{id}/signatures")
    String sign(@PathVariable long id, Model model, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        return act(id, () -> records.sign(id), java.util.Map.of(), model, locale, response);
    }

    /** Runs one step and goes back to the record; a refusal shows the record again with the reason and what was typed. */
    private String act(long id, Runnable step, java.util.Map<String, String> typed, Model model, java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            step.run();
            return "redirect:/deliberations/" + id;
        } catch (org.quanze.shared.DomainException e) {
            response.setStatus(e.status());
            model.addAttribute("error", messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale));
            model.addAttribute("typed", typed);
            return record(id, model);
        }
    }
}
