package org.quanze.casefile.domain;

/** Facts about a case that change which 审限 rule applies; see {@link DeadlineRules#forCase}. */
public enum CaseFlag {
    /** 涉外民事案件 — not bound by 民事诉讼法 第152条、第183条 (第287条). */
    FOREIGN_RELATED("涉外"),
    /** 对裁定的上诉 — 30 days instead of 3 months (民事诉讼法 第183条第2款). */
    RULING_APPEAL("对裁定的上诉"),
    /** 再审按照第二审程序审理 — 民诉解释 第128条; 行诉解释 第50条第2款. Absent: tried as a first instance. */
    RETRIAL_AS_SECOND_INSTANCE("再审按第二审程序审理"),
    /** 可能判处死刑、附带民事诉讼或有刑事诉讼法第158条情形 — opens the upper-court extension (第208条、第243条). */
    GRAVE_OR_COMPLEX("可能判处死刑、附带民事诉讼或重大复杂"),
    /** 自诉案件 — 刑事诉讼法 第212条. */
    PRIVATE_PROSECUTION("自诉案件"),
    /** 自诉案件被告人未被羁押 — 6 months (刑事诉讼法 第212条第2款). */
    DEFENDANT_NOT_DETAINED("被告人未被羁押"),
    /** 可能判处的有期徒刑超过三年 — simplified procedure up to 1.5 months (刑事诉讼法 第220条). */
    LIKELY_SENTENCE_OVER_THREE_YEARS("可能判处三年以上有期徒刑"),
    /** 可能判处的有期徒刑超过一年 — fast-track up to 15 days (刑事诉讼法 第225条). */
    LIKELY_SENTENCE_OVER_ONE_YEAR("可能判处一年以上有期徒刑"),
    /** 高级人民法院审理的一审或上诉行政案件 — extension by the SPC (行政诉讼法 第81条、第88条). */
    TRIED_BY_HIGH_COURT("高级法院审理的行政案件"),
    /** 非诉执行案件 — 3 months (审限规定(2000) 第5条). */
    NON_LITIGATION_ENFORCEMENT("非诉执行案件");

    private final String label;

    CaseFlag(String label) {
        this.label = label;
    }

    /** The Chinese term shown in the filing form. */
    public String label() {
        return label;
    }
}
