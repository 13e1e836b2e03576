package org.quanze.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates as 2026-12-06 and times in the court's zone ({@code quanze.zone}, Asia/Shanghai), the one way pages and
 * exports show them. Templates call the bean {@code fmt}: {@code ${@fmt.date(c.filedOn)}},
 * {@code ${@fmt.dateTime(e.occurredAt)}}, {@code ${@fmt.seconds(e.occurredAt)}}; Java code (CSV, .xlsx) injects
 * {@code CourtDates}. Null gives an empty text. An instant (or a timestamp, an offset time) is moved to the court's
 * zone; a local date or time is shown as it is.
 */
public final class CourtDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public CourtDates(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() { return zone; }

    /** 2026-12-06 */
    public String date(Object value) {
        return format(value, DATE);
    }

    /** 2026-12-06 09:00, in the court's zone */
    public String dateTime(Object value) {
        return format(value, MINUTES);
    }

    /** 2026-12-06 09:00:05, in the court's zone (the trail) */
    public String seconds(Object value) {
        return format(value, SECONDS);
    }

    private String format(Object value, DateTimeFormatter format) {
        TemporalAccessor t = local(value);
        return t == null ? "" : format.format(t);
    }

    private TemporalAccessor local(Object value) {
        if (value == null) return null;
        if (value instanceof Instant i) return i.atZone(zone);
        if (value instanceof java.sql.Timestamp ts) return ts.toInstant().atZone(zone);
        if (value instanceof java.sql.Date d) return d.toLocalDate();
        if (value instanceof java.util.Date d) return d.toInstant().atZone(zone);
        if (value instanceof OffsetDateTime o) return o.atZoneSameInstant(zone);
        if (value instanceof ZonedDateTime z) return z.withZoneSameInstant(zone);
        if (value instanceof LocalDate || value instanceof LocalDateTime) return (TemporalAccessor) value;
        if (value instanceof String s) return s.isBlank() ? null : parse(s);
        throw new IllegalArgumentException("not a date or time: " + value.getClass().getSimpleName());
    }

    /** ISO text as found in JSON details of trail events (an instant, a local date or a local date-time). */
    private TemporalAccessor parse(String s) {
        try {
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) return OffsetDateTime.parse(s).atZoneSameInstant(zone);
            if (s.contains("T")) return LocalDateTime.parse(s);
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a date or time: " + s.length() + " characters", e);
        }
    }
}
