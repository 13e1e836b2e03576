package org.quanze.casefile.domain.diversion;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 小额诉讼标的额标准 for one province and year: configuration, because 民诉法(2023)
 * 第165条 ties it to 「各省、自治区、直辖市上年度就业人员年平均工资」, which each
 * province publishes yearly (courts usually announce the resulting figure).
 *
 * @param province          province-level region, e.g. 吉林省
 * @param wageYear          the statistics year of the wage (the year before application)
 * @param averageAnnualWage 上年度就业人员年平均工资 in yuan
 */
public record SmallClaimsThreshold(String province, int wageYear, BigDecimal averageAnnualWage) {

    /** 第165条第1款: 「百分之五十以下的，适用小额诉讼的程序」. Statutory ratio, not configuration. */
    static final BigDecimal MANDATORY_RATIO = new BigDecimal("0.5");

    /** 第165条第2款: 「超过…百分之五十但在二倍以下的，当事人双方也可以约定适用」. */
    static final BigDecimal AGREEMENT_MULTIPLE = new BigDecimal("2");

    public SmallClaimsThreshold {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(averageAnnualWage, "averageAnnualWage");
        if (averageAnnualWage.signum() <= 0) {
            throw new IllegalArgumentException("average annual wage must be positive");
        }
    }

    /** Highest amount for which small claims procedure applies of right (inclusive: 「以下」 includes the figure). */
    public BigDecimal mandatoryCeiling() {
        return averageAnnualWage.multiply(MANDATORY_RATIO);
    }

    /** Highest amount for which the parties may agree to small claims procedure (inclusive). */
    public BigDecimal agreementCeiling() {
        return averageAnnualWage.multiply(AGREEMENT_MULTIPLE);
    }
}
