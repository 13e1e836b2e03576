package org.quanze.casefile.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * 期间 — a length of time in months and days; 民事诉讼法 第85条, 刑事诉讼法 第105条.
 * Months are added before days and a missing month-end falls to the month's last day
 * (2017-08-31 + 6个月 = 2018-02-28), which is what {@link LocalDate#plusMonths} does.
 * 一个半月 (刑事诉讼法 第220条) is read as one month and fifteen days (刑诉解释 第202条: 半个月一律按十五日计算).
 * Criminal periods count a period starting on a month's last day to the target month's last day
 * ({@link MonthCounting#MONTH_END_TO_MONTH_END}, 刑诉解释 第202条).
 */
public record TimeLimit(int months, int days) {

    /** How a period in months is laid on the calendar. */
    public enum MonthCounting {
        /**
         * To the same day of the target month, a day the month lacks falling to its last day: 2017-02-28 + 2个月 =
         * 2017-04-28 — 民事诉讼法 第85条 as RULES.md ("Decisions taken") reads it for civil, administrative and
         * enforcement limits.
         */
        SAME_DAY,
        /**
         * 刑诉解释 第202条: 「以月计算的期间，自本月某日至下月同日为一个月；期限起算日为本月最后一日的，至下月最后一日为一个
         * 月；下月同日不存在的，自本月某日至下月最后一日为一个月」 — a period starting on a month's last day ends on the
         * target month's last day: 2017-02-28 + 2个月 = 2017-04-30, 2017-06-30 + 2个月 = 2017-08-31.
         */
        MONTH_END_TO_MONTH_END;

        LocalDate plusMonths(LocalDate start, int months) {
            LocalDate end = start.plusMonths(months);
            boolean startsOnMonthEnd = start.getDayOfMonth() == start.lengthOfMonth();
            return this == MONTH_END_TO_MONTH_END && startsOnMonthEnd ? end.with(TemporalAdjusters.lastDayOfMonth()) : end;
        }
    }

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

    /** The last day of a period starting on {@code start}: the start day itself is not counted. Months the same day. */
    public LocalDate endingFrom(LocalDate start) {
        return endingFrom(start, MonthCounting.SAME_DAY);
    }

    /** The last day of a period starting on {@code start}, months counted as {@code counting} says, then the days. */
    public LocalDate endingFrom(LocalDate start, MonthCounting counting) {
        return counting.plusMonths(start, months).plusDays(days);
    }

    /** Compared on a real calendar, because "1个月" and "30日" differ by month (and by how months are counted). */
    public boolean longerThan(TimeLimit other, LocalDate from, MonthCounting counting) {
        return endingFrom(from, counting).isAfter(other.endingFrom(from, counting));
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
