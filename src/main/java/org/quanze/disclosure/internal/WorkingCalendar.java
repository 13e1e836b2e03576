package org.quanze.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.shared.DomainException;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作日历 as data: the days the State Council's yearly notice makes different from Monday–Friday (放假 on a weekday,
 * 调休上班 on a weekend). The trial-management office keeps it; each change is on the trail. A document's deadline is
 * counted when it is attached, so a later correction of the calendar applies to documents attached after it.
 */
@Service
public class WorkingCalendar {

    private final JdbcClient jdbc;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;

    WorkingCalendar(JdbcClient jdbc, PowerGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
    }

    /** One day that differs from Monday–Friday: a holiday ({@code working} false) or a make-up working day. */
    public record Day(LocalDate day, boolean working, String note) {
    }

    @Transactional(readOnly = true)
    public List<Day> year(int year) {
        return jdbc.sql("SELECT day, working, note FROM disclosure.calendar_day WHERE day BETWEEN ? AND ? ORDER BY day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Day(rs.getObject("day", LocalDate.class), rs.getBoolean("working"), rs.getString("note"))).list();
    }

    /** Sets a day as a holiday or a make-up working day, with its note (the holiday's name). */
    @Transactional
    public void set(LocalDate day, boolean working, String note) {
        guard.require(Action.EDIT_WORKING_CALENDAR);
        if (day == null) throw invalid("day", "请填写日期");
        if (note == null || note.isBlank()) throw invalid("note", "请填写说明（节日名称或调休上班）");
        jdbc.sql("""
                INSERT INTO disclosure.calendar_day (day, working, note) VALUES (?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET working = excluded.working, note = excluded.note""")
                .params(day, working, note.strip()).update();
        events.publishEvent(Recorded.of("WORKING_DAY_SET", "CALENDAR", day.toString(),
                Map.of("working", working, "note", note.strip())));
    }

    /** Removes a day: it is again what its weekday makes it. */
    @Transactional
    public void remove(LocalDate day) {
        guard.require(Action.EDIT_WORKING_CALENDAR);
        if (jdbc.sql("DELETE FROM disclosure.calendar_day WHERE day = ?").param(day).update() == 0) {
            throw new DomainException(404, "disclosure.dayNotFound", "日历中没有这一天：" + day, day.toString());
        }
        events.publishEvent(Recorded.of("WORKING_DAY_REMOVED", "CALENDAR", day.toString(), Map.of()));
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(422, "disclosure.invalid", message, List.of(DomainException.FieldError.of(field, message)), field);
    }
}
