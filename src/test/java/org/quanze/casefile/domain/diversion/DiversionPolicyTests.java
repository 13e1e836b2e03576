package org.quanze.casefile.domain.diversion;

import org.quanze.casefile.domain.Procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiversionPolicyTests {

    private final DiversionPolicy policy = new DiversionPolicy();

    // Cause codes from casefile/causes.csv; rule matching itself never reads the catalogue.
    private static final String LOAN_GROUP = "C4.01.022";          // 借款合同纠纷
    private static final String PRIVATE_LENDING = "C4.01.022.03";  // 民间借贷纠纷
    private static final String CONSTRUCTION = "C4.01.033.03";     // 建设工程施工合同纠纷
    private static final String BANKRUPTCY_GROUP = "C8.04";        // 与破产有关的纠纷
    private static final String TRAFFIC = "C9.01.011";             // 机动车交通事故责任纠纷

    /** Table circumstances are written as NAME|NAME; an empty cell means none. */
    private static DiversionFacts facts(String category, String type, String causeCode, String causeName,
                                        String amount, String claimText, String circumstances) {
        Set<Circumstance> set = circumstances == null ? Set.of()
                : EnumSet.copyOf(Arrays.stream(circumstances.split("\\|")).map(Circumstance::valueOf).toList());
        return new DiversionFacts(category, type, causeCode, causeName,
                amount == null ? null : new BigDecimal(amount), claimText, set);
    }

    private static DiversionFacts civil(String causeCode, String amount, String claimText) {
        return facts("CIVIL", "民初", causeCode, "", amount, claimText, null);
    }

    private static ComplexityRule rule(String code, Set<String> causes, String minimum, List<String> keywords) {
        return new ComplexityRule(code, "规则" + code, causes, minimum == null ? null : new BigDecimal(minimum),
                keywords, true, 1);
    }

    // ---- statutory exclusions -------------------------------------------------------------

    @ParameterizedTest(name = "民诉解释第257条: {0} {1} ⇒ 繁案 by {2}")
    @CsvSource({
            // type, circumstances,              expected reason, expected procedure
            "民初, DEFENDANT_WHEREABOUTS_UNKNOWN, CPLI-257-1, ORDINARY",  // 第257条(一) 起诉时被告下落不明
            "民初, REMANDED,                      CPLI-257-2, ORDINARY",  // 第257条(二) 发回重审
            "民初, NUMEROUS_PARTIES,              CPLI-257-3, ORDINARY",  // 第257条(三) 当事人一方人数众多
            "民初, TRIAL_SUPERVISION,             CPLI-257-4, ORDINARY",  // 第257条(四) 适用审判监督程序
            "民再, ,                              CPLI-257-4, ",          // 第257条(四) inferred from 民再
            "民初, PUBLIC_INTEREST,               CPLI-257-5, ORDINARY",  // 第257条(五) 国家利益、社会公共利益
            "民初, THIRD_PARTY_REVOCATION,        CPLI-257-6, ORDINARY",  // 第257条(六) 第三人撤销之诉
            "民撤, ,                              CPLI-257-6, ",          // 第257条(六) inferred from 民撤
    })
    void civilSimpleProcedureExclusionsOfArticle257(String type, String circumstances, String code, Procedure procedure) {
        DiversionProposal proposal = policy.propose(facts("CIVIL", type, PRIVATE_LENDING, "民间借贷纠纷",
                "1000", "", circumstances), List.of());

        assertThat(proposal.track()).isEqualTo(Track.COMPLEX);
        assertThat(proposal.reasonCodes()).containsExactly(code);
        assertThat(proposal.reasons().get(0).basis()).startsWith("民诉解释(2022) 第257条");
        assertThat(proposal.suggestedProcedure()).isEqualTo(Optional.ofNullable(procedure));
    }

    @ParameterizedTest(name = "行政诉讼法第82条第3款: {0} {1} ⇒ {2}")
    @CsvSource({
            "行初, REMANDED,          COMPLEX, ALL-82-3-REMANDED",  // 发回重审的案件不适用简易程序
            "行初, TRIAL_SUPERVISION, COMPLEX, ALL-82-3-RETRIAL",   // 按照审判监督程序再审的案件不适用简易程序
            "行再, ,                  COMPLEX, ALL-82-3-RETRIAL",   // 行再 is a retrial by its type code
            // 民诉解释 第257条 items do not reach administrative cases: 第82条 lists only two.
            "行初, NUMEROUS_PARTIES,  SIMPLE,  PRESUMED_SIMPLE",
            "行初, DEFENDANT_WHEREABOUTS_UNKNOWN, SIMPLE, PRESUMED_SIMPLE",
    })
    void administrativeExclusionsOfArticle82(String type, String circumstances, Track track, String firstReason) {
        DiversionProposal proposal = policy.propose(
                facts("ADMINISTRATIVE", type, "A1.03", "罚款", "50000", "", circumstances), List.of());

        assertThat(proposal.track()).isEqualTo(track);
        assertThat(proposal.reasonCodes().get(0)).isEqualTo(firstReason);
    }

    @Test
    void everyMatchingStatutoryItemIsReportedInArticleOrder() { // 民诉解释 第257条(二)(三)(五)
        DiversionProposal proposal = policy.propose(facts("CIVIL", "民初", PRIVATE_LENDING, "", "1000", "",
                "PUBLIC_INTEREST|REMANDED|NUMEROUS_PARTIES"), List.of());

        assertThat(proposal.reasonCodes()).containsExactly("CPLI-257-2", "CPLI-257-3", "CPLI-257-5");
    }

    @Test
    void statutoryExclusionsComeBeforeComplexityRules() { // 民诉解释 第257条(二) outranks any configured rule
        ComplexityRule anyLoan = rule("R-LOAN", Set.of(LOAN_GROUP), null, List.of());

        DiversionProposal proposal = policy.propose(
                facts("CIVIL", "民初", PRIVATE_LENDING, "", "1000", "", "REMANDED"), List.of(anyLoan));

        assertThat(proposal.reasonCodes()).containsExactly("CPLI-257-2");
    }

    @Test
    void criminalCasesHaveNoCivilExclusions() { // 民诉解释 第257条 is civil only
        DiversionProposal proposal = policy.propose(facts("CRIMINAL", "刑初", "X5.02", "盗窃罪", null, "",
                "REMANDED|NUMEROUS_PARTIES"), List.of());

        assertThat(proposal.track()).isEqualTo(Track.SIMPLE);
        assertThat(proposal.suggestedProcedure()).isEmpty();
    }

    // ---- complexity rules -------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] cause {0}, amount {1}, text \"{2}\" ⇒ {3}")
    @CsvSource({
            // cause,        amount,   claim text,          expected
            PRIVATE_LENDING + ", 1000, '',                  R-BANKRUPTCY-OR-LOAN", // cause below a listed group
            BANKRUPTCY_GROUP + ", ,    '',                  R-BANKRUPTCY-OR-LOAN", // the group code itself
            CONSTRUCTION + ",    100,  '',                  PRESUMED_SIMPLE",      // cause outside the set
            "C4.01.0221,         100,  '',                  PRESUMED_SIMPLE",      // prefix without a dot boundary
            TRAFFIC + ",         1000000, '',               R-AMOUNT",             // amount equal to minimum (inclusive)
            TRAFFIC + ",         999999.99, '',             PRESUMED_SIMPLE",      // just below minimum
            TRAFFIC + ",         ,     '',                  PRESUMED_SIMPLE",      // no amount never meets a minimum
            TRAFFIC + ",         100,  原告系外国公司，涉外送达, R-KEYWORD",           // keyword 涉外
            TRAFFIC + ",         100,  本案属群体性纠纷,        R-KEYWORD",           // keyword 群体
            TRAFFIC + ",         100,  请求判令被告赔偿损失,     PRESUMED_SIMPLE",     // no keyword
            CONSTRUCTION + ",    500000, '',                R-CONSTRUCTION-LARGE", // cause AND amount both hold
            CONSTRUCTION + ",    499999, '',                PRESUMED_SIMPLE",      // cause holds, amount does not
    })
    void complexityRulesMatchByCauseAmountAndKeyword(String cause, String amount, String text, String expected) {
        List<ComplexityRule> rules = List.of(
                rule("R-BANKRUPTCY-OR-LOAN", Set.of(BANKRUPTCY_GROUP, LOAN_GROUP), null, List.of()),
                rule("R-AMOUNT", Set.of(), "1000000", List.of()),
                rule("R-KEYWORD", Set.of(), null, List.of("涉外", "群体", "破产")),
                rule("R-CONSTRUCTION-LARGE", Set.of(CONSTRUCTION), "500000", List.of()));

        DiversionProposal proposal = policy.propose(civil(cause, amount, text), rules);

        assertThat(proposal.reasonCodes()).containsExactly(expected);
        assertThat(proposal.track()).isEqualTo(expected.equals(DiversionPolicy.PRESUMED_SIMPLE) ? Track.SIMPLE : Track.COMPLEX);
    }

    @ParameterizedTest(name = "rules in order {0} ⇒ {1}")
    @CsvSource({
            "R-AMOUNT|R-KEYWORD, R-AMOUNT",
            "R-KEYWORD|R-AMOUNT, R-KEYWORD",
    })
    void firstMatchingRuleInListOrderIsNamed(String order, String expected) {
        List<ComplexityRule> rules = Arrays.stream(order.split("\\|"))
                .map(code -> code.equals("R-AMOUNT")
                        ? rule(code, Set.of(), "100000", List.of())
                        : rule(code, Set.of(), null, List.of("破产")))
                .toList();

        DiversionProposal proposal = policy.propose(civil(TRAFFIC, "200000", "被告已进入破产程序"), rules);

        assertThat(proposal.reasonCodes()).containsExactly(expected);
    }

    @ParameterizedTest(name = "inactive {0} before active {1} ⇒ {2}")
    @CsvSource({
            "R-OLD, ,      PRESUMED_SIMPLE", // the only matching rule is inactive
            "R-OLD, R-NEW, R-NEW",           // an inactive rule earlier in the list is skipped
    })
    void inactiveRulesAreIgnored(String inactive, String active, String expected) {
        ComplexityRule old = new ComplexityRule(inactive, "旧规则", Set.of(), null, List.of("涉外"), false, 3);
        List<ComplexityRule> rules = active == null ? List.of(old)
                : List.of(old, rule(active, Set.of(), null, List.of("涉外")));

        assertThat(policy.propose(civil(TRAFFIC, "100", "涉外"), rules).reasonCodes()).containsExactly(expected);
    }

    @Test
    void reasonNamesTheRuleVersionAndWhatMatched() {
        ComplexityRule rule = new ComplexityRule("R-7", "涉外案件", Set.of(TRAFFIC), new BigDecimal("1000"),
                List.of("涉外"), true, 4);

        DiversionReason reason = policy.propose(civil(TRAFFIC, "5000", "涉外交通事故"), List.of(rule)).reasons().get(0);

        assertThat(reason).isEqualTo(new DiversionReason("R-7", "繁简分流规则 v4",
                "涉外案件：案由属于 C9.01.011；标的额 5000 ≥ 1000；含关键词「涉外」"));
    }

    @Test
    void twoActiveRulesWithOneCodeAreRejectedButAnInactiveOldVersionIsFine() {
        ComplexityRule v1 = new ComplexityRule("R-1", "规则", Set.of(), null, List.of("涉外"), true, 1);
        ComplexityRule v2 = new ComplexityRule("R-1", "规则", Set.of(), null, List.of("群体"), true, 2);
        ComplexityRule v1Retired = new ComplexityRule("R-1", "规则", Set.of(), null, List.of("涉外"), false, 1);

        assertThatThrownBy(() -> policy.propose(civil(TRAFFIC, "1", ""), List.of(v1, v2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-1");
        assertThat(policy.propose(civil(TRAFFIC, "1", "群体"), List.of(v1Retired, v2)).reasonCodes())
                .containsExactly("R-1");
    }

    @Test
    void aRuleWithoutAnyCriterionIsRejected() {
        assertThatThrownBy(() -> new ComplexityRule("R-ALL", "全部", Set.of(), null, List.of(" "), true, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no criterion");
    }

    // ---- default ----------------------------------------------------------------------------

    @ParameterizedTest(name = "推定为简案: {0} {1} ⇒ procedure {2}")
    @CsvSource({
            "CIVIL,          民初, SIMPLE", // civil first instance: 简易程序 (民诉法 第160条)
            "CIVIL,          民终, ",       // appeals: no first-instance procedure to suggest
            "CRIMINAL,       刑初, ",       // criminal: track only
            "ENFORCEMENT,    执,   ",
            "ADMINISTRATIVE, 行初, SIMPLE", // 行政诉讼法 第82条
    })
    void withoutExclusionOrRuleTheCaseIsPresumedSimple(String category, String type, Procedure procedure) {
        DiversionProposal proposal = policy.propose(facts(category, type, "", "", "30000", "", null),
                List.of(rule("R-BIG", Set.of(), "1000000", List.of())));

        assertThat(proposal.track()).isEqualTo(Track.SIMPLE);
        assertThat(proposal.track().label()).isEqualTo("简案");
        assertThat(proposal.reasonCodes().get(0)).isEqualTo(DiversionPolicy.PRESUMED_SIMPLE);
        assertThat(proposal.reasons().get(0).description()).contains("推定为简案");
        assertThat(proposal.suggestedProcedure()).isEqualTo(Optional.ofNullable(procedure));
    }

    @ParameterizedTest(name = "行政诉讼法第82条: {0}, 款额 {1} ⇒ {2}")
    @CsvSource({
            "拒绝提供政府信息或者逾期不予答复, ,       ALL-82-1-3", // 第1款(三) 政府信息公开案件
            "罚款,                          2000,    ALL-82-1-2", // 第1款(二) 二千元以下, inclusive
            "罚款,                          2000.01, ALL-82-2",   // 第2款 needs every party's consent
            "吊销许可证件,                   ,        ALL-82-2",
    })
    void administrativeSimpleCasesNameTheirBasisInArticle82(String causeName, String amount, String basis) {
        DiversionProposal proposal = policy.propose(
                facts("ADMINISTRATIVE", "行初", "", causeName, amount, "", null), List.of());

        assertThat(proposal.reasonCodes()).containsExactly(DiversionPolicy.PRESUMED_SIMPLE, basis);
    }

    @Test
    void factsRejectUnknownCategoryAndNegativeAmount() {
        assertThatThrownBy(() -> civil(TRAFFIC, "-1", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts("FAMILY", "民初", "", "", null, "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FAMILY");
    }
}
