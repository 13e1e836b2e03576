package org.quanze.casefile.domain.diversion;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.quanze.casefile.domain.CaseCategory;

/**
 * What 繁简分流 looks at: the facts known when a case is filed (立案).
 *
 * @param category      "CIVIL", "CRIMINAL", "ADMINISTRATIVE" or "ENFORCEMENT"
 * @param caseTypeCode  案件类型代字, e.g. 民初, 民再, 行初 (may be empty)
 * @param causeCode     案由 code from the cause catalogue (may be empty)
 * @param causeName     案由 name (may be empty)
 * @param claimAmount   诉讼标的额 in yuan; {@code null} when the claim is not for money
 * @param claimText     诉讼请求 and the facts pleaded, or keywords taken from them
 * @param circumstances flags found at filing
 */
public record DiversionFacts(
        String category,
        String caseTypeCode,
        String causeCode,
        String causeName,
        BigDecimal claimAmount,
        String claimText,
        Set<Circumstance> circumstances) {

    /**
     * 案件类型代字 that are themselves retrials under 审判监督程序 (民再, 行再) or
     * third-party revocation suits (民撤), so the flag need not be set by hand.
     * Codes per 《人民法院案件类型及其代字标准》 as listed in RULES.md §3 [P].
     */
    private static final Set<String> RETRIAL_TYPE_CODES = Set.of("民再", "行再");
    private static final String THIRD_PARTY_REVOCATION_TYPE_CODE = "民撤";

    public DiversionFacts {
        CaseCategory.parse(category); // fail fast on an unknown category
        caseTypeCode = Objects.requireNonNullElse(caseTypeCode, "").trim();
        causeCode = Objects.requireNonNullElse(causeCode, "").trim();
        causeName = Objects.requireNonNullElse(causeName, "").trim();
        claimText = Objects.requireNonNullElse(claimText, "");
        if (claimAmount != null && claimAmount.signum() < 0) {
            throw new IllegalArgumentException("claim amount must not be negative: " + claimAmount);
        }
        circumstances = circumstances == null || circumstances.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(circumstances));
    }

    public CaseCategory caseCategory() {
        return CaseCategory.parse(category);
    }

    /** A first-instance case: its type code ends in 初 (民初, 行初, 刑初, 行赔初 …). */
    public boolean firstInstance() {
        return caseTypeCode.endsWith("初");
    }

    /** 起诉时被告下落不明. */
    public boolean defendantWhereaboutsUnknown() {
        return circumstances.contains(Circumstance.DEFENDANT_WHEREABOUTS_UNKNOWN);
    }

    /** 发回重审. */
    public boolean remanded() {
        return circumstances.contains(Circumstance.REMANDED);
    }

    /** 当事人一方人数众多. */
    public boolean numerousParties() {
        return circumstances.contains(Circumstance.NUMEROUS_PARTIES);
    }

    /** 审判监督程序: flagged, or the type code is a retrial code (民再, 行再). */
    public boolean trialSupervision() {
        return circumstances.contains(Circumstance.TRIAL_SUPERVISION) || RETRIAL_TYPE_CODES.contains(caseTypeCode);
    }

    /** 涉及国家利益、社会公共利益. */
    public boolean publicInterest() {
        return circumstances.contains(Circumstance.PUBLIC_INTEREST);
    }

    /** 第三人撤销之诉: flagged, or the type code is 民撤. */
    public boolean thirdPartyRevocation() {
        return circumstances.contains(Circumstance.THIRD_PARTY_REVOCATION)
                || THIRD_PARTY_REVOCATION_TYPE_CODE.equals(caseTypeCode);
    }

    /** 涉外. */
    public boolean foreignRelated() {
        return circumstances.contains(Circumstance.FOREIGN_RELATED);
    }
}
