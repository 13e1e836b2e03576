package org.quanze.evaluation.domain;

import java.math.BigDecimal;

/**
 * 考核等次 — 优秀 / 称职 / 基本称职 / 不称职 (法官法 第42条), or 未评定 for someone with no case in the year: the
 * performance of a judge who handled nothing cannot be assessed from cases, and 不称职 would be a finding the figures
 * do not support (a judge on leave, newly appointed, seconded).
 */
public enum Grade {
    EXCELLENT("优秀"), COMPETENT("称职"), BASICALLY_COMPETENT("基本称职"), INCOMPETENT("不称职"), NOT_RATED("未评定");

    private final String label;

    Grade(String label) { this.label = label; }

    public String label() { return label; }

    /**
     * The lowest total of each grade above 不称职, configured per scheme; they must descend.
     */
    public record Thresholds(BigDecimal excellent, BigDecimal competent, BigDecimal basicallyCompetent) {
        public Thresholds {
            if (excellent.compareTo(competent) < 0 || competent.compareTo(basicallyCompetent) < 0) {
                throw new IllegalArgumentException("grade thresholds must descend: 优秀 ≥ 称职 ≥ 基本称职");
            }
        }

        /** The grade of a total, or {@link #NOT_RATED} when no case stands behind any of its items. */
        public Grade of(BigDecimal total, boolean hadCases) {
            return hadCases ? of(total) : NOT_RATED;
        }

        public Grade of(BigDecimal total) {
            if (total.compareTo(excellent) >= 0) return EXCELLENT;
            if (total.compareTo(competent) >= 0) return COMPETENT;
            if (total.compareTo(basicallyCompetent) >= 0) return BASICALLY_COMPETENT;
            return INCOMPETENT;
        }
    }
}
