package org.quanze.casefile.domain.diversion;

import org.quanze.casefile.domain.Procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.quanze.casefile.domain.CaseCategory;

/**
 * 繁简分流: proposes 简案 or 繁案 for a newly filed case, in three steps.
 * <ol>
 *   <li><b>Statutory exclusions</b>: for civil cases 民诉解释 第257条 (一)–(六)
 *       ({@link CivilSimpleProcedureExclusion}), for administrative cases 行政诉讼法
 *       第82条第3款 ({@link AdministrativeSimpleProcedureExclusion}). Any match ⇒ 繁案,
 *       and every matching item is reported, since each is an independent legal ground.</li>
 *   <li><b>Complexity rules</b> configured by the court, active ones only, in list order;
 *       the first match ⇒ 繁案 and names that rule. Order is the court's priority, so the
 *       reason shown is the one the court considers most telling.</li>
 *   <li>Otherwise 推定为简案: the presumption the 繁简分流 reform starts from.</li>
 * </ol>
 * For a first-instance civil or administrative case it also suggests 普通程序 or 简易程序.
 * Criminal and enforcement cases get a track only: their simplified procedures turn on
 * facts (认罪认罚, 财产状况) this step does not see.
 */
public final class DiversionPolicy {

    /** Reason code of the default outcome. */
    public static final String PRESUMED_SIMPLE = "PRESUMED_SIMPLE";

    /** 行政诉讼法 第82条第1款第(二)项: 「案件涉及款额二千元以下的」 (statutory, not configuration). */
    static final BigDecimal ADMIN_SIMPLE_AMOUNT_CEILING = new BigDecimal("2000");

    private static final String GOVERNMENT_INFORMATION = "政府信息"; // matches 政府信息公开 and its sub-kinds

    public DiversionProposal propose(DiversionFacts facts, List<ComplexityRule> rules) {
        List<DiversionReason> exclusions = exclusionsFor(facts.caseCategory()).stream()
                .filter(e -> e.appliesTo(facts))
                .map(StatutoryExclusion::toReason)
                .toList();
        if (!exclusions.isEmpty()) {
            return complex(facts, exclusions);
        }
        requireUniqueActiveCodes(rules);
        for (ComplexityRule rule : rules) {
            if (!rule.active()) {
                continue;
            }
            Optional<DiversionReason> reason = rule.evaluate(facts);
            if (reason.isPresent()) {
                return complex(facts, List.of(reason.get()));
            }
        }
        return simple(facts);
    }

    private static List<? extends StatutoryExclusion<DiversionFacts>> exclusionsFor(CaseCategory category) {
        return switch (category) {
            case CIVIL -> Arrays.asList(CivilSimpleProcedureExclusion.values());
            case ADMINISTRATIVE -> Arrays.asList(AdministrativeSimpleProcedureExclusion.values());
            default -> List.of();
        };
    }

    // Two active versions of one rule would make the outcome depend on list order by accident.
    private static void requireUniqueActiveCodes(List<ComplexityRule> rules) {
        Set<String> seen = new HashSet<>();
        for (ComplexityRule rule : rules) {
            if (rule.active() && !seen.add(rule.code())) {
                throw new IllegalArgumentException("two active complexity rules share code " + rule.code());
            }
        }
    }

    private static DiversionProposal complex(DiversionFacts facts, List<DiversionReason> reasons) {
        Optional<Procedure> procedure = tracksProcedure(facts) ? Optional.of(Procedure.ORDINARY) : Optional.empty();
        return new DiversionProposal(Track.COMPLEX, procedure, reasons);
    }

    private static DiversionProposal simple(DiversionFacts facts) {
        List<DiversionReason> reasons = new ArrayList<>();
        reasons.add(new DiversionReason(PRESUMED_SIMPLE, "繁简分流默认规则", "未命中法定排除情形或繁案规则，推定为简案"));
        if (!tracksProcedure(facts)) {
            return new DiversionProposal(Track.SIMPLE, Optional.empty(), reasons);
        }
        if (facts.caseCategory() == CaseCategory.ADMINISTRATIVE) {
            reasons.add(administrativeSimpleProcedureBasis(facts));
        }
        return new DiversionProposal(Track.SIMPLE, Optional.of(Procedure.SIMPLE), reasons);
    }

    private static boolean tracksProcedure(DiversionFacts facts) {
        CaseCategory category = facts.caseCategory();
        return facts.firstInstance() && (category == CaseCategory.CIVIL || category == CaseCategory.ADMINISTRATIVE);
    }

    /**
     * 行政诉讼法 第82条: a simple administrative case may use 简易程序 of right under
     * 第1款 (当场作出, 款额二千元以下, 政府信息公开), otherwise only with every party's
     * consent (第2款). 当场作出 is not among the filing facts, so it is left to the judge. Also the basis a change of
     * procedure into 简易程序 is judged on ({@code org.quanze.casefile.domain.Case#changeProcedure}).
     */
    public static DiversionReason administrativeSimpleProcedureBasis(DiversionFacts facts) {
        String article = "行政诉讼法(2017) 第82条";
        if (facts.causeName().contains(GOVERNMENT_INFORMATION)) {
            return new DiversionReason("ALL-82-1-3", article + "第1款第(三)项", "属于政府信息公开案件，可以适用简易程序");
        }
        BigDecimal amount = facts.claimAmount();
        if (amount != null && amount.compareTo(ADMIN_SIMPLE_AMOUNT_CEILING) <= 0) {
            return new DiversionReason("ALL-82-1-2", article + "第1款第(二)项", "案件涉及款额二千元以下，可以适用简易程序");
        }
        return new DiversionReason("ALL-82-2", article + "第2款", "须当事人各方同意方可适用简易程序（被诉行为依法当场作出的除外）");
    }
}
