package org.quanze.casefile.domain.diversion;

import java.math.BigDecimal;

/**
 * Facts for the small-claims check (民诉法(2023) 第165–166条).
 *
 * @param claimAmount                    诉讼标的额 in yuan; {@code null} when not a money claim
 * @param simpleMoneyPayment             简单金钱给付 (第165条: the only kind of case eligible)
 * @param personalRelationOrOwnership    人身关系、财产确权案件 (第166条第(一)项)
 * @param foreignRelated                 涉外案件 (第166条第(二)项)
 * @param appraisalNeeded                需要评估、鉴定或者对诉前评估、鉴定结果有异议 (第166条第(三)项)
 * @param partyWhereaboutsUnknown        一方当事人下落不明 (第166条第(四)项)
 * @param counterclaim                   当事人提出反诉 (第166条第(五)项)
 * @param partiesAgreeToSmallClaims      双方约定适用小额诉讼程序 (第165条第2款)
 */
public record SmallClaimsFacts(
        BigDecimal claimAmount,
        boolean simpleMoneyPayment,
        boolean personalRelationOrOwnership,
        boolean foreignRelated,
        boolean appraisalNeeded,
        boolean partyWhereaboutsUnknown,
        boolean counterclaim,
        boolean partiesAgreeToSmallClaims) {

    public SmallClaimsFacts {
        if (claimAmount != null && claimAmount.signum() < 0) {
            throw new IllegalArgumentException("claim amount must not be negative: " + claimAmount);
        }
    }
}
