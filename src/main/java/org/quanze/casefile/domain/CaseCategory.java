package org.quanze.casefile.domain;

/** 案件类别 — the broad family a 类型代字 belongs to; 《人民法院案件类型及其代字标准》. */
public enum CaseCategory {
    /** 民事. */
    CIVIL("民事"),
    /** 刑事. */
    CRIMINAL("刑事"),
    /** 行政 (行政赔偿诉讼 included: it is tried under 行政诉讼法). */
    ADMINISTRATIVE("行政"),
    /** 执行. */
    ENFORCEMENT("执行"),
    /** 非诉讼国家赔偿 (法院赔偿义务机关 / 赔偿委员会). */
    STATE_COMPENSATION("国家赔偿"),
    /** 司法救助. */
    JUDICIAL_AID("司法救助"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    CaseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the English name ("CIVIL", …), trimmed and case-insensitive, as it arrives from files and requests. */
    public static CaseCategory parse(String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("case category is required");
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown case category: " + value, e);
        }
    }
}
