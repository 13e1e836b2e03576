package org.quanze.deliberation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.deliberation.internal.CollegialDeliberations;
import org.quanze.deliberation.internal.MeetingStatistics;
import org.quanze.deliberation.internal.Meetings;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审判委员会 pages: members with quota status, meetings, and one meeting from agenda to minutes. */
@Controller
class DeliberationPages {

    private final Meetings meetings;
    private final MeetingStatistics statistics;
    private final CollegialDeliberations records;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final Clock clock;

    DeliberationPages(Meetings meetings, MeetingStatistics statistics, CollegialDeliberations records, PowerGuard guard,
            CurrentActor current, Clock clock) {
        this.meetings = meetings;
        this.statistics = statistics;
        this.records = records;
        this.guard = guard;
        this.current = current;
        this.clock = clock;
    }

    @Bean
    static MenuEntry committeeMenu() {
        return new MenuEntry(54, "nav.committee", "/committee", Action.VIEW_CASE).inOwnCourt();
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
                var awaiting = actor.holds(org.quanze.shared.Post.PRESIDENT) || actor.holds(org.quanze.shared.Post.VICE_PRESIDENT)
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
        Meetings.Body body = meetings.committeeOf(me.courtCode());
        guard.require(Action.VIEW_CASE, PowerContext.court(body.courtId()));
        model.addAttribute("body", body);
        model.addAttribute("members", meetings.members(body));
        model.addAttribute("meetings", meetings.meetingsOf(body.id()));
        model.addAttribute("mayConvene", meetings.mayConvene(body));
        model.addAttribute("usage", statistics.usage("COMMITTEE", me.courtSubtreeIds()));
        model.addAttribute("quota", statistics.committeeQuota(me.courtSubtreeIds()));
        model.addAttribute("today", LocalDate.now(clock));
        return "deliberation/committee";
    }

    @PostMapping("/committee/meetings")
    String convene(@RequestParam LocalDate heldOn) {
        long id = meetings.convene(meetings.committeeOf(current.get().courtCode()).id(), heldOn);
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        model.addAttribute("page", meetings.page(id));
        return "deliberation/meeting";
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(name = "present", required = false) List<Long> present) {
        meetings.attendance(id, present == null ? List.of() : present);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/submissions")
    String submit(@PathVariable long id, @RequestParam String caseNumber, @RequestParam String report) {
        long item = meetings.submitCase(meetings.meeting(id).bodyId(), caseNumber.strip(), report);
        meetings.schedule(item, id);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String schedule(@PathVariable long id, @PathVariable long itemId) {
        meetings.schedule(itemId, id);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/topics")
    String topic(@PathVariable long id, @RequestParam org.quanze.deliberation.domain.TopicKind kind, @RequestParam String title,
            @RequestParam(defaultValue = "") String report) {
        meetings.addTopic(id, kind, title, report);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/items/{itemId}/votes")
    String vote(@PathVariable long id, @PathVariable long itemId, @RequestParam long voter, @RequestParam String stance,
            @RequestParam(defaultValue = "") String opinion) {
        meetings.vote(itemId, voter, stance, opinion);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/items/{itemId}/conclusion")
    String conclude(@PathVariable long id, @PathVariable long itemId) {
        meetings.conclude(itemId);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/items/{itemId}/follow-up")
    String followUp(@PathVariable long id, @PathVariable long itemId, @RequestParam String text) {
        meetings.followUp(itemId, text);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/conclusion")
    String concludeMeeting(@PathVariable long id, @RequestParam String minutes, @RequestParam(defaultValue = "") String recordingRef) {
        meetings.concludeMeeting(id, minutes, recordingRef);
        return "redirect:/meetings/" + id;
    }
}
