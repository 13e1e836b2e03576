package org.quanze.review.domain;

import org.quanze.shared.Labelled;

/** 评查状态 — enrolled (纳入评查), a reviewer assigned (评查中), concluded (已评定). */
public enum ReviewStatus implements Labelled {
    ENROLLED("已纳入"),
    ASSIGNED("评查中"),
    CONCLUDED("已评定");

    private final String label;

    ReviewStatus(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static ReviewStatus fromLabel(String text) { return Labelled.fromLabel(ReviewStatus.class, text); }
}
