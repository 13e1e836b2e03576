package org.quanze.review.domain;

import java.util.Optional;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.Labelled;

/**
 * 双向评查 — a court that disagrees with the higher court's analysis report (评析报告) of its 发改指 case applies to the
 * court above it: a basic court to its intermediate court, an intermediate court to the high court (吉林高院, 2018-05-01
 * 起发改指案件均形成评析报告; 下级院不同意的，应向上级院申请双向评查). A high court's case has no two-way review within
 * the province.
 */
public enum TwoWay implements Labelled {
    BASIC_TO_INTERMEDIATE("基层法院向中院申请"),
    INTERMEDIATE_TO_HIGH("中院向省高院申请");

    private final String label;

    TwoWay(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    /** The direction for a case of a court of this level; empty for a high court. */
    public static Optional<TwoWay> forCaseCourt(CourtLevel level) {
        return switch (level) {
            case BASIC -> Optional.of(BASIC_TO_INTERMEDIATE);
            case INTERMEDIATE -> Optional.of(INTERMEDIATE_TO_HIGH);
            case HIGH -> Optional.empty();
        };
    }
}
