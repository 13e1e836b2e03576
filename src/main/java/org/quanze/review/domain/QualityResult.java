package org.quanze.review.domain;

import org.quanze.shared.Labelled;

/** 评查结果 — 优秀 / 合格 / 瑕疵 / 不合格, derived from the findings by {@link ResultRule}. 优秀, 合格 and 瑕疵 pass (count as 合格 in the tables of the paper); 不合格 does not. */
public enum QualityResult implements Labelled {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    FLAWED("瑕疵"),
    UNQUALIFIED("不合格");

    private final String label;

    QualityResult(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static QualityResult fromLabel(String text) { return Labelled.fromLabel(QualityResult.class, text); }
}
