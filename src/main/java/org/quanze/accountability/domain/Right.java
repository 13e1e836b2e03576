package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/** The judge's rights in a proceeding; a step that would skip one is refused naming it. */
public enum Right implements Labelled {
    /** 知情 — notified when the proceeding opens (法官惩戒工作程序规定 2021). */
    NOTICE("知情权", "《法官惩戒工作程序规定（试行）》"),
    /** 申请回避 (法官法 第49条). */
    RECUSAL("申请回避", "法官法 第49条"),
    /** 陈述、举证、辩解 before any finding (法官法 第49条). */
    HEARING("陈述、举证、辩解", "法官法 第49条"),
    /** 送达与异议 (法官法 第50条). */
    OBJECTION("审查意见送达与异议", "法官法 第50条"),
    /** 复议、申诉 after the decision. */
    REVIEW_OR_PETITION("申请复议、申诉", "意见 第36条 [U]；法官惩戒工作程序规定");

    private final String label;
    private final String article;

    Right(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() { return label; }

    public String article() { return article; }
}
