package org.quanze.statistics;

/** Which way an indicator improves; flagged findings look for a change the wrong way. */
public enum Direction {
    HIGHER_BETTER,
    LOWER_BETTER,
    /** Has a reasonable range (区间参考值) rather than a target, as most indicators of the 2024 system. */
    RANGE,
    /** A volume: neither good nor bad in itself (新收, 受理). */
    NEUTRAL
}
