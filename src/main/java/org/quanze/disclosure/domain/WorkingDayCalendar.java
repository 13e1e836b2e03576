package org.quanze.disclosure.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * 工作日历 — working days as the State Council's yearly holiday notice sets them: public holidays (放假) are not
 * working days even on a weekday, make-up days (调休上班) are working days even on a weekend. The dates are data,
 * kept by the office per year; nothing here assumes Monday to Friday beyond the default.
 */
public record WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

    public WorkingDayCalendar {
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days starting the day after {@code from} (the day a
     * period starts is not counted, 民事诉讼法 第85条) — for 法释〔2016〕19号 第7条: published within 7 working days
     * of the judgment taking effect.
     */
    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative period");
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
