package org.quanze.casefile.domain;

import static org.quanze.casefile.domain.CaseCategory.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * 类型代字 — case-type code inside a case number; 《关于人民法院案件案号的若干规定》(法〔2015〕137号) 第7条
 * (at most three characters, unique). The official code table was not found, so this list follows the
 * third-party dataset quoted in RULES.md §3 [P]; only codes quanze needs are listed.
 */
public enum CaseType {
    CIVIL_FIRST("民初", CIVIL, Instance.FIRST, Procedure.ORDINARY),
    CIVIL_SECOND("民终", CIVIL, Instance.SECOND, Procedure.SECOND_INSTANCE),
    CIVIL_RETRIAL_REVIEW("民申", CIVIL, Instance.RETRIAL_REVIEW, Procedure.TRIAL_SUPERVISION),
    CIVIL_RETRIAL("民再", CIVIL, Instance.RETRIAL, Procedure.TRIAL_SUPERVISION),
    CIVIL_SPECIAL("民特", CIVIL, Instance.SPECIAL, Procedure.SPECIAL),
    /** 第三人撤销之诉 — a first-instance action tried under ordinary procedure (民诉解释 第257条(六) bars simple procedure). */
    CIVIL_THIRD_PARTY_REVOCATION("民撤", CIVIL, Instance.FIRST, Procedure.ORDINARY),
    CIVIL_PAYMENT_ORDER("民督", CIVIL, Instance.SPECIAL, Procedure.PAYMENT_ORDER),
    CIVIL_BANKRUPTCY("民破", CIVIL, Instance.OTHER, Procedure.BANKRUPTCY),

    CRIMINAL_FIRST("刑初", CRIMINAL, Instance.FIRST, Procedure.ORDINARY),
    CRIMINAL_SECOND("刑终", CRIMINAL, Instance.SECOND, Procedure.SECOND_INSTANCE),
    CRIMINAL_PETITION_REVIEW("刑申", CRIMINAL, Instance.RETRIAL_REVIEW, Procedure.TRIAL_SUPERVISION),
    CRIMINAL_RETRIAL("刑再", CRIMINAL, Instance.RETRIAL, Procedure.TRIAL_SUPERVISION),
    /** 减刑、假释 — 刑事诉讼法 第四编 执行 (第273条), hence the enforcement procedure. */
    CRIMINAL_SENTENCE_CHANGE("刑更", CRIMINAL, Instance.OTHER, Procedure.ENFORCEMENT),

    ADMINISTRATIVE_FIRST("行初", ADMINISTRATIVE, Instance.FIRST, Procedure.ORDINARY),
    ADMINISTRATIVE_SECOND("行终", ADMINISTRATIVE, Instance.SECOND, Procedure.SECOND_INSTANCE),
    ADMINISTRATIVE_RETRIAL_REVIEW("行申", ADMINISTRATIVE, Instance.RETRIAL_REVIEW, Procedure.TRIAL_SUPERVISION),
    ADMINISTRATIVE_RETRIAL("行再", ADMINISTRATIVE, Instance.RETRIAL, Procedure.TRIAL_SUPERVISION),
    /** 行政赔偿 — litigated under 行政诉讼法, so it is ADMINISTRATIVE and follows its 审限. */
    ADMINISTRATIVE_COMPENSATION_FIRST("行赔初", ADMINISTRATIVE, Instance.FIRST, Procedure.ORDINARY),
    ADMINISTRATIVE_COMPENSATION_SECOND("行赔终", ADMINISTRATIVE, Instance.SECOND, Procedure.SECOND_INSTANCE),
    /** Plain 行赔, named in the issue; no instance is implied by the code. */
    ADMINISTRATIVE_COMPENSATION("行赔", ADMINISTRATIVE, Instance.OTHER, Procedure.ORDINARY),

    /** 法院作为赔偿义务机关的国家赔偿案件. */
    COURT_STATE_COMPENSATION("法赔", STATE_COMPENSATION, Instance.FIRST, Procedure.STATE_COMPENSATION),
    /** 赔偿委员会审理的国家赔偿案件. */
    COMMITTEE_STATE_COMPENSATION("委赔", STATE_COMPENSATION, Instance.OTHER, Procedure.STATE_COMPENSATION),

    ENFORCEMENT_CASE("执", ENFORCEMENT, Instance.ENFORCEMENT, Procedure.ENFORCEMENT),
    ENFORCEMENT_RESUMED("执恢", ENFORCEMENT, Instance.ENFORCEMENT, Procedure.ENFORCEMENT),
    ENFORCEMENT_OBJECTION("执异", ENFORCEMENT, Instance.ENFORCEMENT, Procedure.ENFORCEMENT),
    ENFORCEMENT_REVIEW("执复", ENFORCEMENT, Instance.ENFORCEMENT, Procedure.ENFORCEMENT),
    ENFORCEMENT_PRESERVATION("执保", ENFORCEMENT, Instance.ENFORCEMENT, Procedure.ENFORCEMENT),

    /** Plain 司救, named in the issue; the standard splits it by field (司救刑/民/行/赔/执/访/他). */
    JUDICIAL_AID_CASE("司救", JUDICIAL_AID, Instance.OTHER, Procedure.JUDICIAL_AID),
    JUDICIAL_AID_CIVIL("司救民", JUDICIAL_AID, Instance.OTHER, Procedure.JUDICIAL_AID);

    private final String code;
    private final CaseCategory category;
    private final Instance instance;
    private final Procedure defaultProcedure;

    CaseType(String code, CaseCategory category, Instance instance, Procedure defaultProcedure) {
        this.code = code;
        this.category = category;
        this.instance = instance;
        this.defaultProcedure = defaultProcedure;
    }

    /** The 类型代字 as printed in the case number. */
    public String code() {
        return code;
    }

    public CaseCategory category() {
        return category;
    }

    public Instance instance() {
        return instance;
    }

    /** The procedure a newly filed case of this type starts under unless the court decides otherwise. */
    public Procedure defaultProcedure() {
        return defaultProcedure;
    }

    /** Exact lookup; refuses an unknown code (422 {@code casetype.unknown}). */
    public static CaseType fromCode(String code) {
        return find(code).orElseThrow(() -> Refusals.invalid("casetype.unknown", "caseType",
                "未知的类型代字：" + code, code));
    }

    static Optional<CaseType> find(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** True when some type code starts with {@code ch}; a special-trial code must never be such a character. */
    static boolean isLeadingCharacter(String ch) {
        return Arrays.stream(values()).anyMatch(t -> t.code.startsWith(ch));
    }
}
