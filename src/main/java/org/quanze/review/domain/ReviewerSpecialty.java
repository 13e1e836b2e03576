package org.quanze.review.domain;

import org.quanze.shared.Labelled;

/**
 * 评查专长 — the kinds of case a reviewer of the pool (评查人才库) is recommended for, by the case's category (案件类别,
 * 《人民法院案件类型及其代字标准》): a reviewer is qualified for a case whose category he has as a specialty.
 */
public enum ReviewerSpecialty implements Labelled {
    CIVIL("民事"),
    CRIMINAL("刑事"),
    ADMINISTRATIVE("行政"),
    ENFORCEMENT("执行"),
    STATE_COMPENSATION("国家赔偿"),
    OTHER("其他");

    private final String label;

    ReviewerSpecialty(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static ReviewerSpecialty fromLabel(String text) { return Labelled.fromLabel(ReviewerSpecialty.class, text); }

    /** The specialty a case of this category needs (司法救助 and anything unlisted: 其他). */
    public static ReviewerSpecialty forCategory(String caseCategory) {
        for (ReviewerSpecialty s : values()) {
            if (s.name().equals(caseCategory)) return s;
        }
        return OTHER;
    }
}
