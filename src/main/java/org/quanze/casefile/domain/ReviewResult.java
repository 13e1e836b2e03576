package org.quanze.casefile.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * 二审、再审结果 — how a reviewing case (二审 民终, 再审 民再, 再审审查 民申 …; {@link Instance#reviewing()}) decided on
 * the case it reviews: 维持, 改判, 发回重审 (民事诉讼法 第177条), 指令再审 (第215条), 撤诉, 调解, 其他. The same code is
 * recorded twice, with two meanings that must not be mixed: on the reviewing case as its own result ({@code review_result}),
 * and on the reviewed case as what the higher court did to it ({@code upper_outcome}, 发改指). Only the second counts
 * against a court in the 发改指 statistics; a 民终 that reversed the court below was not itself reversed.
 */
public enum ReviewResult {
    AFFIRMED("维持"),
    REVERSED("改判"),
    REMANDED("发回重审"),
    RETRIAL_ORDERED("指令再审"),
    WITHDRAWN("撤诉"),
    MEDIATED("调解"),
    OTHER("其他");

    private final String label;

    ReviewResult(String label) {
        this.label = label;
    }

    /** The Chinese term, as forms and import files write it. */
    public String label() {
        return label;
    }

    /** The result a form or file names by its Chinese term; empty for anything else. */
    public static Optional<ReviewResult> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }

    /** The labels in order, for a form's choice list and for error messages. */
    public static String labels() {
        return String.join("、", Arrays.stream(values()).map(ReviewResult::label).toList());
    }

    /**
     * The result a close method (结案方式) states by itself: court statistics forms close a reviewing case as 维持, 改判,
     * 发回重审 or 指令再审. Other methods (判决, 裁定, 撤诉, 调解 …) name the form of the decision, not the result.
     */
    public static Optional<ReviewResult> statedByCloseMethod(String closeMethod) {
        return fromLabel(closeMethod).filter(ReviewResult::isDecisionOnTheReviewedCase);
    }

    /** 发改指 — the results that count against the court whose case was reviewed (改判, 发回重审, 指令再审). */
    public boolean faultsTheReviewedCase() {
        return this == REVERSED || this == REMANDED || this == RETRIAL_ORDERED;
    }

    private boolean isDecisionOnTheReviewedCase() {
        return this == AFFIRMED || faultsTheReviewedCase();
    }
}
