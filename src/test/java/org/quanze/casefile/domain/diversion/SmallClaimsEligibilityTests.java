package org.quanze.casefile.domain.diversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.casefile.domain.diversion.SmallClaimsAssessment.Outcome;

class SmallClaimsEligibilityTests {

    /** A made-up wage so the ceilings are round: 50% = 50,000; 2× = 200,000. */
    private static final SmallClaimsThreshold TEST_PROVINCE =
            new SmallClaimsThreshold("测试省", 2024, new BigDecimal("100000"));

    private static SmallClaimsFacts money(String amount, boolean agreed) {
        return new SmallClaimsFacts(amount == null ? null : new BigDecimal(amount), true,
                false, false, false, false, false, agreed);
    }

    @ParameterizedTest(name = "民诉法第165条: {0} 元, 约定={1} ⇒ {2} ({3})")
    @CsvSource({
            "1000,      false, APPLIES,              CPL-165-1",              // 第1款
            "50000,     false, APPLIES,              CPL-165-1",              // 第1款 「以下」 includes 50%
            "50000.01,  false, NOT_APPLICABLE,       CPL-165-2-NO-AGREEMENT", // 第2款 needs agreement
            "150000,    true,  APPLIES_BY_AGREEMENT, CPL-165-2",              // 第2款 agreed
            "200000,    true,  APPLIES_BY_AGREEMENT, CPL-165-2",              // 第2款 「二倍以下」 includes 2×
            "200000.01, true,  NOT_APPLICABLE,       CPL-165-ABOVE",          // above 2×: agreement cannot help
            ",          true,  NOT_APPLICABLE,       CPL-165-MONEY",          // 第1款 money claims only
    })
    void amountBandsOfArticle165(String amount, boolean agreed, Outcome outcome, String code) {
        SmallClaimsAssessment assessment = new SmallClaimsEligibility(TEST_PROVINCE).assess(money(amount, agreed));

        assertThat(assessment.outcome()).isEqualTo(outcome);
        assertThat(assessment.reasonCodes()).containsExactly(code);
    }

    @ParameterizedTest(name = "民诉法第166条第({0})项 ⇒ {1}")
    @CsvSource({
            "1, CPL-166-1", // 人身关系、财产确权案件
            "2, CPL-166-2", // 涉外案件
            "3, CPL-166-3", // 需要评估、鉴定或者对诉前评估、鉴定结果有异议的案件
            "4, CPL-166-4", // 一方当事人下落不明的案件
            "5, CPL-166-5", // 当事人提出反诉的案件
    })
    void exclusionsOfArticle166OverrideASmallAmount(int item, String code) {
        SmallClaimsFacts facts = new SmallClaimsFacts(new BigDecimal("1000"), true,
                item == 1, item == 2, item == 3, item == 4, item == 5, true);

        SmallClaimsAssessment assessment = new SmallClaimsEligibility(TEST_PROVINCE).assess(facts);

        assertThat(assessment.applies()).isFalse();
        assertThat(assessment.reasonCodes()).containsExactly(code);
        assertThat(assessment.reasons().get(0).basis()).isEqualTo("民诉法(2023) 第166条第(" + "一二三四五".charAt(item - 1) + ")项");
    }

    @ParameterizedTest(name = "民诉法第165条: threshold is per province, wage {0} ⇒ 40000 元 {1}")
    @CsvSource({
            "100000, APPLIES",        // ceiling 50,000
            "60000,  NOT_APPLICABLE", // ceiling 30,000
    })
    void thresholdComesFromTheConfiguredProvinceWage(String wage, Outcome outcome) {
        SmallClaimsThreshold threshold = new SmallClaimsThreshold("某省", 2024, new BigDecimal(wage));

        assertThat(new SmallClaimsEligibility(threshold).assess(money("40000", false)).outcome()).isEqualTo(outcome);
    }
}
