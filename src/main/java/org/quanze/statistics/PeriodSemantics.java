package org.quanze.statistics;

/** Which cases of the period an indicator's denominator (or, for counts, the count) speaks about. */
public enum PeriodSemantics {
    /** 旧存: filed before the period, not closed before it. */
    OPEN_AT_START,
    /** 新收: filed in the period. */
    FILED_IN_PERIOD,
    /** 受理 = 旧存 + 新收: open at some time in the period. */
    ACCEPTED_IN_PERIOD,
    /** 审结: closed in the period. */
    CLOSED_IN_PERIOD,
    /** 未结: filed by the period's last day and not closed by it. */
    OPEN_AT_END,
    /** 移送: the file sent to another court in the period. */
    TRANSFERRED_IN_PERIOD,
    /** Events on cases (a party's query, a notice, a hearing) dated in the period. */
    EVENTS_IN_PERIOD
}
