package org.quanze.statistics;

/**
 * A flagged finding of situation analysis (态势分析): something the office should look at, with the indicator it comes
 * from so the page can link to its cases.
 *
 * @param kind    WORSENING (an indicator moved the wrong way beyond the threshold year on year), IMBALANCE (per-judge
 *                load uneven between courts), LONG_PENDING (长期未结 cases present), RETRIAL_RISING (申诉、申请再审 up
 *                year on year beyond their thresholds)
 * @param message the finding in Chinese, with its figures
 */
public record Finding(Kind kind, String code, String message) {

    public enum Kind { WORSENING, IMBALANCE, LONG_PENDING, RETRIAL_RISING }
}
