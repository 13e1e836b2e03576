package org.quanze.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.quanze.disclosure.internal.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar (工作日历) as data: read by anyone signed in, kept by the trial-management office. */
@RestController
@RequestMapping("/api/v1/disclosure/calendar")
@Tag(name = "裁判文书上网 Judgment publication")
class CalendarApi {

    private final WorkingCalendar calendar;

    CalendarApi(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record Entry(Boolean working, String note) {}

    @GetMapping
    List<WorkingCalendar.Day> year(@RequestParam int year) {
        return calendar.year(year);
    }

    @Operation(summary = "设为放假日（working=false）或调休上班日（working=true）")
    @PutMapping("/{day}")
    WorkingCalendar.Day set(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestBody Entry body) {
        boolean working = Boolean.TRUE.equals(body.working());
        calendar.set(day, working, body.note());
        return new WorkingCalendar.Day(day, working, body.note().strip());
    }

    @DeleteMapping("/{day}")
    void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        calendar.remove(day);
    }
}
