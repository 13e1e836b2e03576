package org.quanze.review.domain;

import org.quanze.shared.Labelled;

/** 评查维度 — the dimensions of the review form (一表): 实体, 程序, 信息规范, 文书, 庭审, 卷宗. */
public enum Dimension implements Labelled {
    SUBSTANCE("实体"),
    PROCEDURE("程序"),
    INFORMATION("信息规范"),
    DOCUMENT("文书"),
    HEARING("庭审"),
    FILE("卷宗");

    private final String label;

    Dimension(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static Dimension fromLabel(String text) { return Labelled.fromLabel(Dimension.class, text); }
}
