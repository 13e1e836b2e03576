package org.quanze.casefile.domain.diversion;

/**
 * Circumstances found at filing (立案) that statutes attach procedural consequences to.
 * Each one feeds a statutory exclusion; see {@link CivilSimpleProcedureExclusion} and
 * {@link AdministrativeSimpleProcedureExclusion}.
 */
public enum Circumstance {
    /** 起诉时被告下落不明 (民诉解释 第257条第(一)项). */
    DEFENDANT_WHEREABOUTS_UNKNOWN("起诉时被告下落不明"),
    /** 发回重审 (民诉解释 第257条第(二)项; 行政诉讼法 第82条第3款). */
    REMANDED("发回重审"),
    /** 当事人一方人数众多 (民诉解释 第257条第(三)项). */
    NUMEROUS_PARTIES("当事人一方人数众多"),
    /** 适用审判监督程序 (民诉解释 第257条第(四)项; 行政诉讼法 第82条第3款). */
    TRIAL_SUPERVISION("适用审判监督程序"),
    /** 涉及国家利益、社会公共利益 (民诉解释 第257条第(五)项). */
    PUBLIC_INTEREST("涉及国家利益、社会公共利益"),
    /** 第三人撤销之诉 (民诉解释 第257条第(六)项; 民诉法 第59条第3款). */
    THIRD_PARTY_REVOCATION("第三人撤销之诉"),
    /** 涉外 (民诉法 第166条第(二)项 for small claims; a common complexity keyword). */
    FOREIGN_RELATED("涉外");

    private final String label;

    Circumstance(String label) {
        this.label = label;
    }

    /** The Chinese term shown in the UI. */
    public String label() {
        return label;
    }
}
