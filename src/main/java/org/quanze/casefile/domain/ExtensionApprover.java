package org.quanze.casefile.domain;

/** 延长审限的批准主体 — who must approve an extension of the trial time limit. */
public enum ExtensionApprover {
    /** 本院院长 — e.g. 民事诉讼法 第152条 first extension. */
    PRESIDENT("本院院长"),
    /** 上级（上一级）人民法院 — 民事诉讼法 第152条; 刑事诉讼法 第208条. */
    UPPER_COURT("上级人民法院"),
    /** 高级人民法院 — 刑事诉讼法 第243条; 行政诉讼法 第81条、第88条. */
    HIGH_COURT("高级人民法院"),
    /** 最高人民法院 — 刑事诉讼法 第208条、第243条; 行政诉讼法 第81条、第88条 (high-court cases). */
    SUPREME_COURT("最高人民法院");

    private final String label;

    ExtensionApprover(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
