package org.quanze.casefile.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Whether a deadline that ends on a public holiday moves. 民事诉讼法 第85条第3款 and 刑事诉讼法 第105条
 * move a 期间 to the first day after the holiday, but whether that applies to 审限 is a quanze decision
 * (RULES.md, "Decisions taken"), so it is a parameter: {@link #UNCHANGED} by default.
 */
@FunctionalInterface
public interface HolidayPolicy {

    /** Default: the deadline stays where it falls. */
    HolidayPolicy UNCHANGED = due -> due;

    LocalDate adjust(LocalDate due);

    /** Moves a deadline that falls on a rest day to the first following day that is not one. */
    static HolidayPolicy moveToNextWorkingDay(Predicate<LocalDate> isRestDay) {
        Objects.requireNonNull(isRestDay, "isRestDay");
        return due -> {
            LocalDate day = due;
            while (isRestDay.test(day)) {
                day = day.plusDays(1);
            }
            return day;
        };
    }
}
