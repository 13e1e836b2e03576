package org.quanze.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.review.domain.ReviewerSpecialty;
import org.quanze.review.internal.ReviewerPool;
import org.quanze.shared.DomainException;
import org.quanze.shared.web.Flash;
import org.quanze.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评查人才库 pages: the pool in the person's scope, the office's form to recommend a reviewer (every wrong field named
 * in Chinese, the input kept), each reviewer's edit on the version the office saw (a stale edit is a 409), and the
 * balanced assignment from a review's page.
 */
@Controller
class ReviewPoolPages {

    private final ReviewerPool pool;
    private final CurrentActor current;
    private final PowerGuard guard;
    private final MessageSource messages;

    ReviewPoolPages(ReviewerPool pool, CurrentActor current, PowerGuard guard, MessageSource messages) {
        this.pool = pool;
        this.current = current;
        this.guard = guard;
        this.messages = messages;
    }

    /** The recommend form as typed (kept when refused). */
    public record PoolForm(String staffNo, Set<ReviewerSpecialty> specialties, boolean thirdParty, String organisation) {
        static PoolForm empty() {
            return new PoolForm("", Set.of(), false, "");
        }

        public boolean has(ReviewerSpecialty s) {
            return specialties.contains(s);
        }
    }

    @GetMapping("/reviews/pool")
    String pool(Model model) {
        return page(PoolForm.empty(), model);
    }

    private String page(PoolForm form, Model model) {
        Actor me = current.get();
        model.addAttribute("reviewers", pool.visible());
        model.addAttribute("specialties", ReviewerSpecialty.values());
        model.addAttribute("form", form);
        model.addAttribute("mayManage", me.courtId() != null && guard.allows(me, Action.MANAGE_REVIEW, PowerContext.court(me.courtId())));
        return "review/pool";
    }

    @PostMapping("/reviews/pool")
    String recommend(@RequestParam(defaultValue = "") String staffNo, @RequestParam(required = false) List<ReviewerSpecialty> specialties,
            @RequestParam(defaultValue = "false") boolean thirdParty, @RequestParam(defaultValue = "") String organisation,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        PoolForm form = new PoolForm(staffNo, set(specialties), thirdParty, organisation);
        try {
            ReviewerPool.Reviewer r = pool.recommend(new ReviewerPool.Entry(staffNo, form.specialties(), thirdParty, organisation));
            Flash.done(redirect, "review.pool.recommended", r.name());
            return "redirect:/reviews/pool";
        } catch (DomainException refused) {
            if (refused.status() != 422) throw refused;
            response.setStatus(422);
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(new MapBindingResult(new LinkedHashMap<>(), "form"),
                    "review.field", messages, locale).add(refused));
            return page(form, model);
        }
    }

    /** A reviewer's edit, on the version the office saw; a refusal (422, or 409 when stale) is the message page. */
    @PostMapping("/reviews/pool/{id}")
    String change(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) List<ReviewerSpecialty> specialties,
            @RequestParam(defaultValue = "false") boolean thirdParty, @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        ReviewerPool.Reviewer r = pool.change(id, version, new ReviewerPool.Entry(null, set(specialties), thirdParty, organisation), active);
        Flash.done(redirect, "review.pool.changed", r.name());
        return "redirect:/reviews/pool";
    }

    @PostMapping("/reviews/{id}/reviewer/balanced")
    String assignBalanced(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        ReviewerPool.Balanced b = pool.assignBalanced(id, version);
        Flash.done(redirect, "review.assigned", b.review().reviewerName());
        return "redirect:/reviews/" + id;
    }

    private static Set<ReviewerSpecialty> set(List<ReviewerSpecialty> list) {
        return list == null || list.isEmpty() ? Set.of() : EnumSet.copyOf(list);
    }
}
