package org.quanze.deliberation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.deliberation.domain.Specialty;
import org.quanze.deliberation.internal.MeetingStatistics;
import org.quanze.deliberation.internal.Meetings;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 专业法官会议 pages: the court's meetings by specialty with their members, forming one, convening a meeting, and a
 * panel submitting a case with its report. The meeting itself is {@code /meetings/{id}}, shared with the committee;
 * there the conclusion is advice that goes back to the panel (法发〔2021〕2号).
 */
@Controller
class ProfessionalMeetingPages {

    private final Meetings meetings;
    private final MeetingStatistics statistics;
    private final CurrentActor current;
    private final Clock clock;

    ProfessionalMeetingPages(Meetings meetings, MeetingStatistics statistics, CurrentActor current, Clock clock) {
        this.meetings = meetings;
        this.statistics = statistics;
        this.current = current;
        this.clock = clock;
    }

    @Bean
    static MenuEntry professionalMeetingsMenu() {
        return new MenuEntry(55, "nav.meetings", "/meetings", Action.CONVENE_MEETING).forCourtStaff();
    }

    /** One body with its members and meetings, as the page lists it. */
    record BodyView(Meetings.Body body, java.util.List<Meetings.Member> members, java.util.List<Meetings.MeetingView> meetings,
            boolean mayConvene) {
    }

    @GetMapping("/meetings")
    String page(Model model) {
        Actor me = current.get();
        if (me.courtId() == null) return "redirect:/";
        // each body as far as the person may see it: its members, its convener and the court's committee readers
        model.addAttribute("bodies", meetings.professionalBodiesToView().stream()
                .map(b -> new BodyView(b, meetings.members(b), meetings.meetingsOf(b), meetings.mayConvene(b))).toList());
        model.addAttribute("mayForm", meetings.mayConveneIn(me.courtId()));
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("usage", statistics.usage("PROFESSIONAL", me.courtSubtreeIds()));
        model.addAttribute("today", LocalDate.now(clock));
        return "deliberation/professional";
    }

    @PostMapping("/meetings/bodies")
    String form(@RequestParam Specialty specialty, @RequestParam String memberNos) {
        meetings.formProfessionalMeeting(specialty, Arrays.stream(memberNos.split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList());
        return "redirect:/meetings";
    }

    @PostMapping("/meetings/bodies/{bodyId}/meetings")
    String convene(@PathVariable long bodyId, @RequestParam(required = false) LocalDate heldOn) {
        return "redirect:/meetings/" + meetings.convene(bodyId, heldOn);
    }

    @PostMapping("/meetings/bodies/{bodyId}/submissions")
    String submit(@PathVariable long bodyId, @RequestParam String caseNumber, @RequestParam String report,
            @RequestParam(defaultValue = "") String proposal) {
        meetings.submitCase(bodyId, caseNumber.strip(), report, proposal);
        return "redirect:/meetings?submitted";
    }
}
