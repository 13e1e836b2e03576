package org.quanze.deliberation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.deliberation.domain.TopicKind;
import org.quanze.deliberation.domain.VoteChoice;
import org.quanze.deliberation.internal.CollegialDeliberations;
import org.quanze.deliberation.internal.MeetingStatistics;
import org.quanze.deliberation.internal.Meetings;
import org.quanze.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审判委员会 pages: members with quota status, meetings, and one meeting from agenda to minutes (shared with the
 * professional judges' meeting). A refused step shows the meeting again with the reason in Chinese and what was typed.
 */
@Controller
class DeliberationPages {

    private final Meetings meetings;
    private final MeetingStatistics statistics;
    private final CurrentActor current;
    private final MessageSource messages;
    private final Clock clock;

    DeliberationPages(Meetings meetings, MeetingStatistics statistics, CurrentActor current, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.statistics = statistics;
        this.current = current;
        this.messages = messages;
        this.clock = clock;
    }

    /** Shown to those who may see their court's committee (VIEW_COMMITTEE): its members, leaders and secretariat. */
    @Bean
    static MenuEntry committeeMenu() {
        return new MenuEntry(54, "nav.committee", "/committee", Action.VIEW_COMMITTEE).inOwnCourt();
    }

    /** Meetings to attend, cases awaiting a committee decision, records to sign. */
    @Bean
    static WorkbenchPanel deliberationPanel(Meetings meetings, CollegialDeliberations records) {
        return new WorkbenchPanel() {
            public int order() { return 50; }

            public String template() { return "deliberation/workbench"; }

            public Optional<Map<String, Object>> data(Actor actor) {
                if (actor.staffId() == null) return Optional.empty();
                var attend = meetings.toAttend(actor);
                var awaiting = meetings.mayChairCommittee(actor.courtId())
                        ? meetings.awaitingCommitteeDecision(actor.courtId()) : List.<Meetings.Item>of();
                var unsigned = records.awaitingSignature(actor.staffId());
                if (attend.isEmpty() && awaiting.isEmpty() && unsigned.isEmpty()) return Optional.empty();
                return Optional.of(Map.of("meetings", attend, "awaiting", awaiting, "unsigned", unsigned));
            }
        };
    }

    @GetMapping("/committee")
    String committee(Model model) {
        Actor me = current.get();
        if (me.courtCode() == null) return "redirect:/";
        Meetings.Body body = meetings.committeeToView(me.courtCode());
        model.addAttribute("body", body);
        model.addAttribute("members", meetings.members(body));
        model.addAttribute("meetings", meetings.meetingsOf(body));
        model.addAttribute("mayConvene", meetings.mayConvene(body));
        model.addAttribute("usage", statistics.usage("COMMITTEE", me.courtSubtreeIds()));
        model.addAttribute("quota", statistics.committeeQuota(me.courtSubtreeIds()));
        model.addAttribute("today", LocalDate.now(clock));
        return "deliberation/committee";
    }

    @PostMapping("/committee/meetings")
    String convene(@RequestParam(required = false) LocalDate heldOn) {
        return "redirect:/meetings/" + meetings.conveneCommittee(current.get().courtCode(), heldOn);
    }

    @PostMapping("/committee/secretary")
    String secretary(@RequestParam String staffNo) {
        meetings.appointSecretary(current.get().courtCode(), staffNo);
        return "redirect:/committee?secretary";
    }

    @PostMapping("/committee/delegations")
    String delegate(@RequestParam String staffNo, @RequestParam(defaultValue = "") String reason) {
        meetings.delegateChair(current.get().courtCode(), staffNo, reason);
        return "redirect:/committee?delegated";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meetings.MeetingPage page = meetings.page(id);
        model.addAttribute("page", page);
        // a committee meeting shares the path /meetings with 专业法官会议 but belongs under 审判委员会 in menu and crumbs
        if (page.body().kind().binding() && model.getAttribute("menu") instanceof List<?> menu) {
            menu.stream().filter(e -> e instanceof MenuEntry entry && entry.path().equals(committeeMenu().path()))
                    .findFirst().ifPresent(entry -> model.addAttribute("menuHere", entry));
        }
        if (!model.containsAttribute("typed")) model.addAttribute("typed", Map.of());
        model.addAttribute("choices", VoteChoice.values());
        return "deliberation/meeting";
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(name = "present", required = false) List<Long> present,
            Model model, Locale locale, HttpServletResponse response) {
        return act(id, () -> meetings.attendance(id, present == null ? List.of() : present), Map.of(), model, locale, response);
    }

    @PostMapping("/meetings/{id}/submissions")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String report,
            @RequestParam(defaultValue = "") String proposal, Model model, Locale locale, HttpServletResponse response) {
        return act(id, () -> meetings.schedule(meetings.submitCase(meetings.meeting(id).bodyId(), caseNumber.strip(), report, proposal), id),
                Map.of("form", "submit", "caseNumber", caseNumber, "report", report, "proposal", proposal), model, locale, response);
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String schedule(@PathVariable long id, @PathVariable long itemId, Model model, Locale locale, HttpServletResponse response) {
        return act(id, () -> meetings.schedule(itemId, id), Map.of(), model, locale, response);
    }

    @PostMapping("/meetings/{id}/topics")
    String topic(@PathVariable long id, @RequestParam(required = false) TopicKind kind, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String report, @RequestParam(defaultValue = "") String proposal, Model model, Locale locale,
            HttpServletResponse response) {
        return act(id, () -> meetings.addTopic(id, kind, title, report, proposal),
                Map.of("form", "topic", "title", title, "report", report, "proposal", proposal), model, locale, response);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/votes")
    String vote(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long voter,
            @RequestParam(required = false) VoteChoice choice, @RequestParam(defaultValue = "") String opinion, Model model,
            Locale locale, HttpServletResponse response) {
        long who = voter != null ? voter : current.get().staffId() == null ? -1 : current.get().staffId();
        return act(id, () -> meetings.vote(itemId, who, choice, opinion), Map.of("form", "vote-" + itemId, "voter", String.valueOf(who),
                "choice", choice == null ? "" : choice.name(), "opinion", opinion), model, locale, response);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/recusals")
    String recuse(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long member,
            @RequestParam(defaultValue = "") String reason, Model model, Locale locale, HttpServletResponse response) {
        return act(id, () -> meetings.recuse(itemId, member == null ? -1 : member, reason),
                Map.of("form", "recuse-" + itemId, "reason", reason), model, locale, response);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/conclusion")
    String conclude(@PathVariable long id, @PathVariable long itemId, Model model, Locale locale, HttpServletResponse response) {
        return act(id, () -> meetings.conclude(itemId), Map.of(), model, locale, response);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/withdrawal")
    String withdraw(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "WITHDRAW") String mode, Model model, Locale locale, HttpServletResponse response) {
        return act(id, () -> {
            if ("DEFER".equals(mode)) meetings.defer(itemId, reason);
            else meetings.withdraw(itemId, reason);
        }, Map.of("form", "withdraw-" + itemId, "reason", reason), model, locale, response);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/follow-up")
    String followUp(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String text, Model model,
            Locale locale, HttpServletResponse response) {
        return act(id, () -> meetings.followUp(itemId, text), Map.of("form", "follow-" + itemId, "text", text), model, locale, response);
    }

    @PostMapping("/meetings/{id}/conclusion")
    String concludeMeeting(@PathVariable long id, @RequestParam(defaultValue = "") String minutes,
            @RequestParam(defaultValue = "") String recordingRef, Model model, Locale locale, HttpServletResponse response) {
        return act(id, () -> meetings.concludeMeeting(id, minutes, recordingRef),
                Map.of("form", "conclude", "minutes", minutes, "recordingRef", recordingRef), model, locale, response);
    }

    /**
     * Runs one step of the meeting and goes back to it; a refusal shows the meeting again with the reason in Chinese,
     * its status, and the typed values, so nothing typed is lost.
     */
    private String act(long id, Runnable step, Map<String, String> typed, Model model, Locale locale, HttpServletResponse response) {
        try {
            step.run();
            return "redirect:/meetings/" + id;
        } catch (DomainException e) {
            response.setStatus(e.status());
            model.addAttribute("error", messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale));
            model.addAttribute("typed", typed);
            return meeting(id, model);
        }
    }
}
