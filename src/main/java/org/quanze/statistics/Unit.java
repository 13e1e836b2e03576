package org.quanze.statistics;

/** What an indicator's value measures; decides how it is shown and how its 同比 is taken ({@link YearOnYear}). */
public enum Unit {
    /** 件 — a number of cases. */
    CASES,
    /** a share of cases, kept as a fraction (0.944) and shown as a percentage (94.40%). */
    RATE,
    /** 件/人 — cases per quota judge (人均). */
    PER_JUDGE,
    /** 天 — an average number of days. */
    DAYS,
    /** 次、条、场 — a number of events on cases (queries, notices, hearings). */
    EVENTS
}
