package org.quanze.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import org.quanze.authority.Action;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.MenuGroup;
import org.quanze.disclosure.internal.WorkingCalendar;
import org.quanze.shared.web.Flash;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working-day calendar's editor: a year's holidays and make-up working days. */
@Controller
class CalendarPages {

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarPages(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Bean
    static MenuEntry workingCalendarMenu() {
        return new MenuEntry(85, "nav.workingCalendar", "/disclosure/calendar", Action.EDIT_WORKING_CALENDAR, MenuGroup.TRIAL_MANAGEMENT);
    }

    @GetMapping("/disclosure/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("days", calendar.year(y));
        return "disclosure/calendar";
    }

    @PostMapping("/disclosure/calendar")
    String set(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "false") boolean working, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        calendar.set(day, working, note);
        Flash.done(redirect, "cal.saved", day.toString());
        return "redirect:/disclosure/calendar?year=" + day.getYear();
    }

    @PostMapping("/disclosure/calendar/removal")
    String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        calendar.remove(day);
        Flash.done(redirect, "cal.removed", day.toString());
        return "redirect:/disclosure/calendar?year=" + day.getYear();
    }
}
