package org.quanze.supervision.web;

import java.nio.charset.StandardCharsets;
import org.quanze.authority.Action;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerGuard;
import org.quanze.supervision.domain.FourKind;
import org.quanze.supervision.domain.SupervisionActionKind;
import org.quanze.supervision.internal.FourKindsSupervision;
import org.quanze.supervision.internal.InterferenceRecords;
import org.springframework.context.annotation.Bean;
import org.quanze.shared.web.Crumb;
import org.quanze.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * 四类案件 pages: the flagged cases in the person's scope, flagging a case, and one case's supervision — each leader's
 * step recorded in the open and put on the case timeline; the panel's decision is never changed here.
 */
@Controller
class FourKindsPages {

    private final FourKindsSupervision fourKinds;
    private final InterferenceRecords interference;
    private final PowerGuard guard;

    FourKindsPages(FourKindsSupervision fourKinds, InterferenceRecords interference, PowerGuard guard) {
        this.fourKinds = fourKinds;
        this.interference = interference;
        this.guard = guard;
    }

    @Bean
    static MenuEntry fourKindsMenu() {
        return new MenuEntry(60, "nav.fourKinds", "/four-kinds", Action.VIEW_CASE);
    }

    @GetMapping("/four-kinds")
    String list(Model model) {
        model.addAttribute("flags", fourKinds.flagged(guard.scope(Action.VIEW_CASE)));
        model.addAttribute("kinds", FourKind.values());
        return "supervision/four-kinds";
    }

    @PostMapping("/four-kinds")
    String flag(@RequestParam String caseNumber, @RequestParam FourKind kind, @RequestParam String reason,
            RedirectAttributes redirect) {
        fourKinds.flag(caseNumber.strip(), kind, reason);
        Flash.done(redirect, "fk.flagged", caseNumber.strip(), kind.label());
        return redirectTo(caseNumber.strip());
    }

    /** The case's flags, supervision steps and interference records (recorder hidden but from the offices). */
    @GetMapping("/four-kinds/{caseNumber}")
    String ofCase(@PathVariable String caseNumber, Model model) {
        model.addAttribute("records", interference.ofCase(caseNumber));
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute(Crumb.ATTRIBUTE, Crumb.trail(Crumb.text(caseNumber)));
        model.addAttribute("flags", fourKinds.flags(caseNumber));
        model.addAttribute("steps", fourKinds.steps(caseNumber));
        model.addAttribute("options", fourKinds.options(caseNumber));
        model.addAttribute("kinds", FourKind.values());
        return "supervision/four-kinds-case";
    }

    @PostMapping("/four-kinds/{caseNumber}/flags")
    String flagCase(@PathVariable String caseNumber, @RequestParam FourKind kind, @RequestParam String reason,
            RedirectAttributes redirect) {
        return flag(caseNumber, kind, reason, redirect);
    }

    @PostMapping("/four-kinds/{caseNumber}/actions")
    String act(@PathVariable String caseNumber, @RequestParam SupervisionActionKind kind, @RequestParam String text,
            RedirectAttributes redirect) {
        fourKinds.act(caseNumber, kind, text);
        Flash.done(redirect, "fk.acted", kind.label(), caseNumber);
        return redirectTo(caseNumber);
    }

    static String redirectTo(String caseNumber) {
        return "redirect:/four-kinds/" + UriUtils.encodePathSegment(caseNumber, StandardCharsets.UTF_8);
    }
}
