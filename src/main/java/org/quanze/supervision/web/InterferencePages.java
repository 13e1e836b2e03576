package org.quanze.supervision.web;

import java.time.Clock;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.time.ZoneId;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.shared.DomainException;
import org.quanze.shared.web.Flash;
import org.quanze.shared.web.FormErrors;
import org.quanze.supervision.domain.InterferenceManner;
import org.quanze.supervision.domain.InterferenceOrigin;
import org.quanze.supervision.domain.RecorderProtection;
import org.quanze.supervision.internal.InterferenceRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
    private final MessageSource messages;

    InterferencePages(InterferenceRecords interference, CurrentActor current, Clock clock,
            @Value("${quanze.zone:Asia/Shanghai}") ZoneId zone, MessageSource messages) {
        this.messages = messages;
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
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).withSecond(0).withNano(0);
        return page(new InterferenceForm(caseNumber, null, null, null, now, null, null, null, null, corrects), model);
    }

    /** The page with {@code form} in the form: empty, prefilled for a correction, or as typed when refused. */
    private String page(InterferenceForm form, Model model) {
        Actor me = current.get();
        model.addAttribute("records", interference.forViewer(me));
        model.addAttribute("office", handledOrigin(me));
        model.addAttribute("mayReport", interference.mayReport(me));
        model.addAttribute("origins", InterferenceOrigin.values());
        model.addAttribute("manners", InterferenceManner.values());
        model.addAttribute("form", form);
        model.addAttribute("corrects", form.correctsId());
        model.addAttribute("now", LocalDateTime.now(clock.withZone(zone)).withSecond(0).withNano(0));
        return "supervision/interference";
    }

    /** Recorded: back to the list with what was done; refused: the form again, as typed, each wrong field marked. */
    @PostMapping("/interference")
    String record(@ModelAttribute("form") InterferenceForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding, "ir.field", messages, locale);
        if (!errors.any()) {
            try {
                long id = interference.record(form.toRecord(zone));
                Flash.done(redirect, "ir.recorded", id);
                return "redirect:/interference";
            } catch (DomainException refused) {
                if (refused.status() != 422) throw refused;
                errors.add(refused);
            }
        }
        response.setStatus(422);
        model.addAttribute(FormErrors.ATTRIBUTE, errors);
        return page(form, model);
    }

    @PostMapping("/interference/{id}/handling")
    String handle(@PathVariable long id, @RequestParam String note, RedirectAttributes redirect) {
        interference.handle(id, note);
        Flash.done(redirect, "ir.handled", id);
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
