package org.quanze.casefile.domain.diversion;

import java.util.function.Predicate;

/**
 * 行政诉讼法(2017) 第82条第3款: 「发回重审、按照审判监督程序再审的案件不适用简易程序」.
 * Unlike the first two paragraphs this is absolute: party consent cannot override it.
 */
public enum AdministrativeSimpleProcedureExclusion implements StatutoryExclusion<DiversionFacts> {
    REMANDED("ALL-82-3-REMANDED", "发回重审的案件", DiversionFacts::remanded),
    RETRIAL("ALL-82-3-RETRIAL", "按照审判监督程序再审的案件", DiversionFacts::trialSupervision);

    private final String code;
    private final String description;
    private final Predicate<DiversionFacts> test;

    AdministrativeSimpleProcedureExclusion(String code, String description, Predicate<DiversionFacts> test) {
        this.code = code;
        this.description = description;
        this.test = test;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String article() {
        return "行政诉讼法(2017) 第82条第3款";
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
