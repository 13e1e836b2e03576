package org.quanze.casefile.domain.diversion;

import java.util.function.Predicate;

/**
 * 民诉解释(2022) 第257条: civil cases that may not use 简易程序, and that 第264条 says
 * the parties cannot opt into either. Item (七) 「其他不宜适用简易程序的案件」 is a
 * judgment call, not a fact at filing; courts express it as {@link ComplexityRule}s.
 */
public enum CivilSimpleProcedureExclusion implements StatutoryExclusion<DiversionFacts> {
    DEFENDANT_WHEREABOUTS_UNKNOWN(1, "起诉时被告下落不明的", DiversionFacts::defendantWhereaboutsUnknown),
    REMANDED(2, "发回重审的", DiversionFacts::remanded),
    NUMEROUS_PARTIES(3, "当事人一方人数众多的", DiversionFacts::numerousParties),
    TRIAL_SUPERVISION(4, "适用审判监督程序的", DiversionFacts::trialSupervision),
    PUBLIC_INTEREST(5, "涉及国家利益、社会公共利益的", DiversionFacts::publicInterest),
    THIRD_PARTY_REVOCATION(6, "第三人起诉请求改变或者撤销生效判决、裁定、调解书的",
            DiversionFacts::thirdPartyRevocation);

    private static final String[] ITEM = {"", "一", "二", "三", "四", "五", "六"};

    private final int item;
    private final String description;
    private final Predicate<DiversionFacts> test;

    CivilSimpleProcedureExclusion(int item, String description, Predicate<DiversionFacts> test) {
        this.item = item;
        this.description = description;
        this.test = test;
    }

    @Override
    public String code() {
        return "CPLI-257-" + item;
    }

    @Override
    public String article() {
        return "民诉解释(2022) 第257条第(" + ITEM[item] + ")项";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean appliesTo(DiversionFacts facts) {
        return test.test(facts);
    }
}
