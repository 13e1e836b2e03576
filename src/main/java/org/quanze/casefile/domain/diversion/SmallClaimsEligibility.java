package org.quanze.casefile.domain.diversion;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.quanze.casefile.domain.diversion.SmallClaimsAssessment.Outcome;

/**
 * 小额诉讼程序适用审查 (民诉法(2023) 第165–166条) for one province's threshold.
 * Order: 第166条 exclusions (all reported), then the kind of claim, then the amount.
 * The court and the simplicity of the facts (基层法院, 事实清楚…争议不大) are the
 * judge's call and are not checked here.
 */
public final class SmallClaimsEligibility {

    private static final String ARTICLE_165 = "民诉法(2023) 第165条";

    private final SmallClaimsThreshold threshold;

    public SmallClaimsEligibility(SmallClaimsThreshold threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    public SmallClaimsAssessment assess(SmallClaimsFacts facts) {
        List<DiversionReason> exclusions = Arrays.stream(SmallClaimsExclusion.values())
                .filter(e -> e.appliesTo(facts))
                .map(StatutoryExclusion::toReason)
                .toList();
        if (!exclusions.isEmpty()) {
            return new SmallClaimsAssessment(Outcome.NOT_APPLICABLE, exclusions);
        }
        BigDecimal amount = facts.claimAmount();
        if (!facts.simpleMoneyPayment() || amount == null) {
            return not("CPL-165-MONEY", ARTICLE_165 + "第1款", "仅适用于简单金钱给付案件");
        }
        String figures = "标的额 " + amount.toPlainString() + " 元，" + threshold.province()
                + threshold.wageYear() + "年度就业人员年平均工资 " + threshold.averageAnnualWage().toPlainString() + " 元";
        if (amount.compareTo(threshold.mandatoryCeiling()) <= 0) {
            return new SmallClaimsAssessment(Outcome.APPLIES, List.of(new DiversionReason(
                    "CPL-165-1", ARTICLE_165 + "第1款", figures + "，在百分之五十以下")));
        }
        if (amount.compareTo(threshold.agreementCeiling()) > 0) {
            return not("CPL-165-ABOVE", ARTICLE_165 + "第2款", figures + "，超过二倍");
        }
        if (facts.partiesAgreeToSmallClaims()) {
            return new SmallClaimsAssessment(Outcome.APPLIES_BY_AGREEMENT, List.of(new DiversionReason(
                    "CPL-165-2", ARTICLE_165 + "第2款", figures + "，超过百分之五十但在二倍以下，双方约定适用")));
        }
        return not("CPL-165-2-NO-AGREEMENT", ARTICLE_165 + "第2款",
                figures + "，超过百分之五十但在二倍以下，须双方约定方可适用");
    }

    private static SmallClaimsAssessment not(String code, String basis, String description) {
        return new SmallClaimsAssessment(Outcome.NOT_APPLICABLE, List.of(new DiversionReason(code, basis, description)));
    }
}
