package org.quanze.statistics;

/** What an indicator divides by. */
public enum Base {
    /** No denominator: the value is the numerator (a count). */
    NONE,
    /** The cases satisfying the denominator predicate. */
    CASES,
    /** 员额法官 in post on the period's last day (Organization.quotaHeadcount); for a judge's own row, 1. */
    QUOTA_JUDGES
}
