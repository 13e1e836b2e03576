package org.quanze.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.supervision.domain.InterferenceManner;
import org.quanze.supervision.domain.InterferenceOrigin;
import org.quanze.supervision.domain.RecorderProtection;
import org.quanze.supervision.internal.InterferenceRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 干预司法记录 pages: the form anyone may use; the records routed to the person's office (审判管理办公室 for external,
 * 监察室 for internal) and the person's own; corrections as new records; the quarterly report by court and type.
 */
@Controller
class InterferencePages {

    private final InterferenceRecords interference;
    private final CurrentActor current;
    private final Clock clock;
    private final ZoneId zone;

    InterferencePages(InterferenceRecords interference, CurrentActor current, Clock clock,
            @Value("${quanze.zone:Asia/Shanghai}") ZoneId zone) {
        this.interference = interference;
        this.current = current;
        this.clock = clock;
        this.zone = zone;
    }

    @Bean
    static MenuEntry interferenceMenu() {
        return new MenuEntry(61, "nav.interference", "/interference", Action.RECORD_INTERFERENCE);
    }

    /** {@code corrects}: the record a new one corrects, to prefill the form. */
    @GetMapping("/interference")
    String page(@RequestParam(required = false) Long corrects, @RequestParam(required = false) String caseNumber, Model model) {
        Actor me = current.get();
        model.addAttribute("records", interference.forViewer(me));
        model.addAttribute("office", handledOrigin(me));
        model.addAttribute("mayReport", interference.mayReport(me));
        model.addAttribute("origins", InterferenceOrigin.values());
        model.addAttribute("manners", InterferenceManner.values());
        model.addAttribute("corrects", corrects);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("now", java.time.LocalDateTime.now(clock.withZone(zone)).withSecond(0).withNano(0));
        return "supervision/interference";
    }

    @PostMapping("/interference")
    String record(@ModelAttribute InterferenceForm form) {
        long id = interference.record(form.toRecord(zone));
        return "redirect:/interference?recorded=" + id;
    }

    @PostMapping("/interference/{id}/handling")
    String handle(@PathVariable long id, @RequestParam String note) {
        interference.handle(id, note);
        return "redirect:/interference";
    }

    /** 季度报告 (零报告 included) for the 党委政法委; the current quarter unless asked. */
    @GetMapping("/interference/quarterly")
    String quarterly(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int y = year == null ? today.getYear() : year;
        int q = quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        var rows = interference.quarter(current.get(), y, q);
        model.addAttribute("rows", rows);
        model.addAttribute("year", y);
        model.addAttribute("quarter", q);
        model.addAttribute("total", new InterferenceRecords.QuarterRow("", "", rows.stream().mapToLong(InterferenceRecords.QuarterRow::external).sum(),
                rows.stream().mapToLong(InterferenceRecords.QuarterRow::internal).sum(),
                rows.stream().mapToLong(InterferenceRecords.QuarterRow::outsideChannel).sum()));
        return "supervision/quarterly";
    }

    /** The origin whose records the person's office handles, or null for everyone else. */
    private static InterferenceOrigin handledOrigin(Actor me) {
        for (InterferenceOrigin o : InterferenceOrigin.values()) {
            if (!me.administrator() && RecorderProtection.handles(me, o)) return o;
        }
        return null;
    }
}
