package org.quanze.casefile.domain;

/** 审级 — where a case sits in the hierarchy of proceedings. */
public enum Instance {
    /** 一审. */
    FIRST("一审"),
    /** 二审. */
    SECOND("二审"),
    /** 再审审查 (申请再审、申诉的审查). */
    RETRIAL_REVIEW("再审审查"),
    /** 再审. */
    RETRIAL("再审"),
    /** 特别程序、督促程序等非讼程序. */
    SPECIAL("非讼"),
    /** 执行. */
    ENFORCEMENT("执行"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    Instance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a case of this instance decides on another court's (or an earlier) case — 二审, 再审审查, 再审 — and so has a
     * result of its own ({@link ReviewResult}) besides anything a still higher court later does to it.
     */
    public boolean reviewing() {
        return this == SECOND || this == RETRIAL_REVIEW || this == RETRIAL;
    }
}
