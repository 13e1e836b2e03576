package org.quanze.supervision.web;

import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.supervision.domain.ProtectionKind;
import org.quanze.supervision.domain.RiskLevel;
import org.quanze.supervision.internal.ProtectionRequests;
import org.springframework.context.annotation.Bean;
import org.quanze.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 法官履职保障 pages: a judge's own requests and the form; the 法官权益保障委员会's handling of the court's requests. */
@Controller
class ProtectionPages {

    private final ProtectionRequests protection;
    private final CurrentActor current;

    ProtectionPages(ProtectionRequests protection, CurrentActor current) {
        this.protection = protection;
        this.current = current;
    }

    /**
     * Anyone in a court may ask for protection; the power list has no action of its own for it, so the entry uses the
     * one it grants to everyone in the court alike (G-36, recording interference — the same 2015–2016 rules).
     */
    @Bean
    static MenuEntry protectionMenu() {
        return new MenuEntry(63, "nav.protection", "/protection", Action.REQUEST_PROTECTION);
    }

    @GetMapping("/protection")
    String page(Model model) {
        Actor me = current.get();
        model.addAttribute("requests", protection.visible(me));
        model.addAttribute("committee", protection.onProtectionCommittee(me));
        model.addAttribute("kinds", ProtectionKind.values());
        model.addAttribute("risks", RiskLevel.values());
        return "supervision/protection";
    }

    @PostMapping("/protection")
    String submit(@RequestParam ProtectionKind kind, @RequestParam String description,
            @RequestParam(defaultValue = "") String caseNumber, RedirectAttributes redirect) {
        protection.submit(kind, description, caseNumber);
        Flash.done(redirect, "pr.submitted");
        return "redirect:/protection";
    }

    @PostMapping("/protection/{id}/handling")
    String handle(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) RiskLevel risk,
            @RequestParam(defaultValue = "") String measures, @RequestParam(defaultValue = "false") boolean close,
            @RequestParam(defaultValue = "") String closingNote, RedirectAttributes redirect) {
        protection.handle(id, version, risk, measures, close, closingNote);
        Flash.done(redirect, close ? "pr.closedN" : "pr.handledN", id);
        return "redirect:/protection";
    }
}
