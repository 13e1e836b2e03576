package org.quanze.casefile.domain;

import java.time.LocalDate;

/**
 * 期间 — a length of time in months and days; 民事诉讼法 第85条, 刑事诉讼法 第105条.
 * Months are added before days and a missing month-end falls to the month's last day
 * (2017-08-31 + 6个月 = 2018-02-28), which is what {@link LocalDate#plusMonths} does.
 * 一个半月 (刑事诉讼法 第220条) is read as one month and fifteen days.
 */
public record TimeLimit(int months, int days) {

    public TimeLimit {
        if (months < 0 || days < 0 || months + days == 0) {
            throw Refusals.invalid("timelimit.invalid", "timeLimit", "期间应为正的月数或日数", months, days);
        }
    }

    public static TimeLimit months(int months) {
        return new TimeLimit(months, 0);
    }

    public static TimeLimit days(int days) {
        return new TimeLimit(0, days);
    }

    public TimeLimit plus(TimeLimit other) {
        return new TimeLimit(months + other.months, days + other.days);
    }

    /** The last day of a period starting on {@code start}: the start day itself is not counted. */
    public LocalDate endingFrom(LocalDate start) {
        return start.plusMonths(months).plusDays(days);
    }

    /** Compared on a real calendar, because "1个月" and "30日" differ by month. */
    public boolean longerThan(TimeLimit other, LocalDate from) {
        return endingFrom(from).isAfter(other.endingFrom(from));
    }

    /** Chinese label: 6个月, 30日, 1个月15日. */
    public String label() {
        return (months > 0 ? months + "个月" : "") + (days > 0 ? days + "日" : "");
    }

    @Override
    public String toString() {
        return label();
    }
}
