package org.quanze.casefile.domain;

/** 扣除审限的事由 — periods that do not count towards the trial time limit, each with its source. */
public enum SuspensionReason {
    PUBLIC_NOTICE("公告期间", "民诉解释 第243条；行诉解释 第50条"),
    APPRAISAL("鉴定期间", "民诉解释 第243条；行诉解释 第50条"),
    SETTLEMENT("双方当事人和解期间", "民诉解释 第243条、第129条"),
    MEDIATION("调解期间", "行诉解释 第50条"),
    JURISDICTION_OBJECTION("审理管辖权异议期间", "民诉解释 第243条；行诉解释 第50条"),
    JURISDICTION_DISPUTE("处理法院之间管辖争议期间", "民诉解释 第243条；行诉解释 第50条"),
    STAY("中止诉讼（审理）期间", "民事诉讼法 第153条；刑事诉讼法 第206条；行诉解释 第50条；审限规定(2000) 第9条"),
    PSYCHIATRIC_ASSESSMENT("被告人精神病鉴定期间", "刑诉解释 第211条"),
    PROSECUTOR_FILE_REVIEW("人民检察院查阅案卷期间", "刑事诉讼法 第235条；刑诉解释 第396条"),
    RELATED_CIVIL_DISPUTE("相关民事争议处理期间", "行诉解释 第138条"),
    AUDIT_VALUATION("审计、评估、资产清理期间", "审限规定(2000) 第9条(八)"),
    ENFORCEMENT_DEFERRAL("执行和解或提供担保后暂缓执行期间", "审限规定(2000) 第9条(十)"),
    AUCTION("拍卖、变卖查封扣押财产期间", "审限规定(2000) 第9条(十二)");

    private final String label;
    private final String article;

    SuspensionReason(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /**
     * Whether the reason exists for cases of this kind, as its article says: 被告人精神病鉴定 and 检察院查阅案卷 only in
     * criminal cases (刑诉解释 第211条, 刑事诉讼法 第235条), 和解 only in civil (民诉解释 第243条), 调解 and 相关民事争议 only
     * in administrative cases (行诉解释 第50条、第138条), 暂缓执行 and 拍卖 only in enforcement (审限规定(2000) 第9条).
     */
    public boolean appliesTo(CaseCategory category) {
        return switch (this) {
            case PUBLIC_NOTICE, APPRAISAL, JURISDICTION_OBJECTION, JURISDICTION_DISPUTE ->
                    category == CaseCategory.CIVIL || category == CaseCategory.ADMINISTRATIVE;
            case SETTLEMENT -> category == CaseCategory.CIVIL;
            case MEDIATION, RELATED_CIVIL_DISPUTE -> category == CaseCategory.ADMINISTRATIVE;
            case STAY -> category == CaseCategory.CIVIL || category == CaseCategory.CRIMINAL || category == CaseCategory.ADMINISTRATIVE;
            case PSYCHIATRIC_ASSESSMENT, PROSECUTOR_FILE_REVIEW -> category == CaseCategory.CRIMINAL;
            case AUDIT_VALUATION -> category == CaseCategory.CIVIL || category == CaseCategory.ENFORCEMENT;
            case ENFORCEMENT_DEFERRAL, AUCTION -> category == CaseCategory.ENFORCEMENT;
        };
    }
}
