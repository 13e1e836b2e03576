package org.quanze.casefile.domain.diversion;

import java.util.function.Predicate;

/**
 * 民诉法(2023) 第166条: cases that may not use 小额诉讼程序 whatever their amount.
 * Item (六) 「其他不宜适用小额诉讼的程序审理的案件」 is left to the judge.
 */
public enum SmallClaimsExclusion implements StatutoryExclusion<SmallClaimsFacts> {
    PERSONAL_RELATION_OR_OWNERSHIP(1, "人身关系、财产确权案件", SmallClaimsFacts::personalRelationOrOwnership),
    FOREIGN_RELATED(2, "涉外案件", SmallClaimsFacts::foreignRelated),
    APPRAISAL_NEEDED(3, "需要评估、鉴定或者对诉前评估、鉴定结果有异议的案件", SmallClaimsFacts::appraisalNeeded),
    PARTY_WHEREABOUTS_UNKNOWN(4, "一方当事人下落不明的案件", SmallClaimsFacts::partyWhereaboutsUnknown),
    COUNTERCLAIM(5, "当事人提出反诉的案件", SmallClaimsFacts::counterclaim);

    private static final String[] ITEM = {"", "一", "二", "三", "四", "五"};

    private final int item;
    private final String description;
    private final Predicate<SmallClaimsFacts> test;

    SmallClaimsExclusion(int item, String description, Predicate<SmallClaimsFacts> test) {
        this.item = item;
        this.description = description;
        this.test = test;
    }

    @Override
    public String code() {
        return "CPL-166-" + item;
    }

    @Override
    public String article() {
        return "民诉法(2023) 第166条第(" + ITEM[item] + ")项";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean appliesTo(SmallClaimsFacts facts) {
        return test.test(facts);
    }
}
