package org.quanze.review.domain;

import org.quanze.shared.Labelled;

/** 评查类别 — 常规评查, 重点评查 (发改指 and petition cases), 专项评查 (a task of an upper court), 上网裁判文书评查; 庭审评查 and 卷宗评查 as the older tool's ledger names them. */
public enum ReviewKind implements Labelled {
    ROUTINE("常规"),
    KEY("重点"),
    SPECIAL("专项"),
    DOCUMENT("文书"),
    HEARING("庭审"),
    FILE("卷宗");

    private final String label;

    ReviewKind(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static ReviewKind fromLabel(String text) { return Labelled.fromLabel(ReviewKind.class, text); }
}
