package org.quanze.casefile.domain;

import java.util.Optional;

/**
 * 扣除审限的事由 and 重新计算审限的事由 — periods that do not count towards the trial time limit, and events after
 * which the limit is counted afresh; each with its source and its {@link Effect}.
 *
 * <p>审限规定(2000) 第9条 lists twelve periods 「不计入审理、执行期限」; each item is here, by itself or through the
 * newer article that took it over: (一) {@link #PSYCHIATRIC_ASSESSMENT}, (二) {@link #NEW_DEFENDER_PREPARATION},
 * (三) {@link #SUPPLEMENTARY_INVESTIGATION} (刑事诉讼法 第208条第3款 now restarts the limit instead), (四)
 * {@link #PROSECUTOR_FILE_REVIEW} (刑诉解释 第396条 now excludes the whole review from the day after notice), (五)
 * {@link #NEW_EVIDENCE_POSTPONEMENT}, (六) {@link #PUBLIC_NOTICE} and {@link #APPRAISAL}, (七)
 * {@link #JURISDICTION_OBJECTION} and {@link #JURISDICTION_DISPUTE}, (八) {@link #AUDIT_VALUATION}, (九)
 * {@link #STAY}, (十) {@link #ENFORCEMENT_DEFERRAL}, (十一) {@link #UPPER_COURT_DEFERRAL}, (十二) {@link #AUCTION}.
 */
public enum SuspensionReason {
    PUBLIC_NOTICE("公告期间", "民诉解释 第243条；行诉解释 第50条；审限规定(2000) 第9条(六)"),
    APPRAISAL("鉴定期间", "民诉解释 第243条；行诉解释 第50条；审限规定(2000) 第9条(六)"),
    SETTLEMENT("双方当事人和解期间", "民诉解释 第243条、第129条"),
    MEDIATION("调解期间", "行诉解释 第50条"),
    JURISDICTION_OBJECTION("审理管辖权异议期间", "民诉解释 第243条；行诉解释 第50条；审限规定(2000) 第9条(七)"),
    JURISDICTION_DISPUTE("处理法院之间管辖争议期间", "民诉解释 第243条；行诉解释 第50条；审限规定(2000) 第9条(七)"),
    STAY("中止诉讼（审理）或中止执行期间", "民事诉讼法 第153条；刑事诉讼法 第206条；行诉解释 第50条；审限规定(2000) 第9条(九)"),
    PSYCHIATRIC_ASSESSMENT("被告人精神病鉴定期间", "刑诉解释 第211条；审限规定(2000) 第9条(一)"),
    PROSECUTOR_FILE_REVIEW("人民检察院查阅案卷期间", "刑事诉讼法 第235条；刑诉解释 第396条；审限规定(2000) 第9条(四)"),
    RELATED_CIVIL_DISPUTE("相关民事争议处理期间", "行诉解释 第138条"),
    AUDIT_VALUATION("审计、评估、资产清理期间", "审限规定(2000) 第9条(八)"),
    ENFORCEMENT_DEFERRAL("执行和解或提供担保后暂缓执行期间", "审限规定(2000) 第9条(十)"),
    AUCTION("拍卖、变卖查封扣押财产期间", "审限规定(2000) 第9条(十二)"),
    /**
     * 另行委托、指定辩护人而延期审理 — 「自案件宣布延期审理之日起至第十日止准备辩护的时间」: at most ten days from the day
     * the postponement is announced, that day included.
     */
    NEW_DEFENDER_PREPARATION("另行委托、指定辩护人准备辩护的期间", "审限规定(2000) 第9条(二)", TimeLimit.days(10)),
    /**
     * 申请通知新的证人到庭、调取新的证据、申请重新鉴定或者勘验而延期审理 — 「法院决定延期审理一个月之内的期间」: at most one
     * month from the first postponed day (刑事诉讼法 第204条(一) names the same grounds for criminal cases).
     */
    NEW_EVIDENCE_POSTPONEMENT("申请新证人到庭、调取新证据、重新鉴定或勘验的延期审理期间",
            "审限规定(2000) 第9条(五)；刑事诉讼法 第204条", TimeLimit.months(1)),
    /** 上级人民法院通知暂缓执行的期间. */
    UPPER_COURT_DEFERRAL("上级人民法院通知暂缓执行的期间", "审限规定(2000) 第9条(十一)"),
    /**
     * 改变管辖 — 「人民法院改变管辖的案件，从改变后的人民法院收到案件之日起计算审理期限」; 指定管辖 likewise from receipt of
     * the decision and the file. The period's end is the day the new court received the case.
     */
    JURISDICTION_CHANGE("改变管辖（自改变后的法院收到案件之日起重新计算）", "刑事诉讼法 第208条第2款；刑诉解释 第209条",
            Effect.RESTART),
    /**
     * 补充侦查 — 「补充侦查完毕移送人民法院后，人民法院重新计算审理期限」; 审限规定(2000) 第9条(三) had only excluded the
     * postponement, the 2018 statute restarts the limit. The period runs from the postponement (刑事诉讼法 第204条(二))
     * to the day the procuratorate hands the case back (at most one month later, 第205条).
     */
    SUPPLEMENTARY_INVESTIGATION("补充侦查（移送后重新计算）", "刑事诉讼法 第208条第3款、第204条、第205条；刑诉解释 第274条",
            Effect.RESTART),
    /**
     * 发回重新审判 — 「原审人民法院从收到发回的案件之日起，重新计算审理期限」. The period's end is the day the remanded case was
     * received.
     */
    REMANDED("发回重审（自收到发回的案件之日起重新计算）", "刑事诉讼法 第241条", Effect.RESTART);

    /** What a recorded period does to the limit. */
    public enum Effect {
        /** 不计入审理期限: the deadline moves later by the period's days (each calendar day once). */
        EXCLUDED,
        /**
         * 重新计算审理期限: the whole limit runs afresh from the period's last day (the day the court has the case again,
         * itself not counted — 刑事诉讼法 第105条); extensions granted before it lapse and the extension ladder starts over.
         */
        RESTART
    }

    private final String label;
    private final String article;
    private final Effect effect;
    private final TimeLimit cap;

    SuspensionReason(String label, String article) {
        this(label, article, Effect.EXCLUDED, null);
    }

    SuspensionReason(String label, String article, TimeLimit cap) {
        this(label, article, Effect.EXCLUDED, cap);
    }

    SuspensionReason(String label, String article, Effect effect) {
        this(label, article, effect, null);
    }

    SuspensionReason(String label, String article, Effect effect, TimeLimit cap) {
        this.label = label;
        this.article = article;
        this.effect = effect;
        this.cap = cap;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    public Effect effect() {
        return effect;
    }

    public boolean restarts() {
        return effect == Effect.RESTART;
    }

    /** The most the article lets a period of this reason exclude, counted from its first day; empty: no limit. */
    public Optional<TimeLimit> cap() {
        return Optional.ofNullable(cap);
    }

    /**
     * Whether the reason exists for cases of this kind, as its article says: 被告人精神病鉴定, 检察院查阅案卷, 另行委托辩护人 and
     * the restarts only in criminal cases (刑诉解释 第211条, 刑事诉讼法 第235条、第208条、第241条, 审限规定(2000) 第9条(二)),
     * 和解 only in civil (民诉解释 第243条), 调解 and 相关民事争议 only in administrative cases (行诉解释 第50条、第138条),
     * 公告、鉴定 in civil and administrative (第9条(六)), 审计评估 in civil, administrative and enforcement (第9条(八)),
     * 暂缓执行 and 拍卖 only in enforcement (第9条(十)–(十二)).
     */
    public boolean appliesTo(CaseCategory category) {
        boolean litigation = category == CaseCategory.CIVIL || category == CaseCategory.CRIMINAL
                || category == CaseCategory.ADMINISTRATIVE;
        return switch (this) {
            case PUBLIC_NOTICE, APPRAISAL, JURISDICTION_OBJECTION, JURISDICTION_DISPUTE ->
                    category == CaseCategory.CIVIL || category == CaseCategory.ADMINISTRATIVE;
            case SETTLEMENT -> category == CaseCategory.CIVIL;
            case MEDIATION, RELATED_CIVIL_DISPUTE -> category == CaseCategory.ADMINISTRATIVE;
            case STAY -> litigation || category == CaseCategory.ENFORCEMENT;
            case NEW_EVIDENCE_POSTPONEMENT -> litigation;
            case PSYCHIATRIC_ASSESSMENT, PROSECUTOR_FILE_REVIEW, NEW_DEFENDER_PREPARATION,
                 JURISDICTION_CHANGE, SUPPLEMENTARY_INVESTIGATION, REMANDED -> category == CaseCategory.CRIMINAL;
            case AUDIT_VALUATION -> category == CaseCategory.CIVIL || category == CaseCategory.ADMINISTRATIVE
                    || category == CaseCategory.ENFORCEMENT;
            case ENFORCEMENT_DEFERRAL, AUCTION, UPPER_COURT_DEFERRAL -> category == CaseCategory.ENFORCEMENT;
        };
    }
}
