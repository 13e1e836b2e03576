package org.quanze.casefile.domain.diversion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.quanze.casefile.domain.cause.Cause;

/**
 * 繁案识别规则: a court-configured rule that marks a case 繁案. Courts set these in their
 * own 繁简分流 implementing rules (and to express 民诉解释 第257条第(七)项
 * 「其他不宜适用简易程序的案件」), so they are data, not code.
 *
 * <p>Every criterion given must hold (AND); an empty criterion places no condition:
 * <ul>
 *   <li>{@code causeCodes}: the case's cause is one of them <em>or lies below one</em>
 *       (C4.01.022 covers 民间借贷纠纷 C4.01.022.03), so a rule can name a whole group;</li>
 *   <li>{@code minimumClaimAmount}: the claim amount is at least this (inclusive); a case
 *       without an amount does not match;</li>
 *   <li>{@code keywords}: any one of them occurs in the claim text (e.g. 涉外, 群体, 破产).</li>
 * </ul>
 *
 * @param code               stable code, cited in the reason
 * @param name               Chinese name, e.g. 涉众型案件
 * @param causeCodes         cause codes or groups; empty = any cause
 * @param minimumClaimAmount inclusive lower bound in yuan; {@code null} = any amount
 * @param keywords           any-match in the claim text; empty = no keyword condition
 * @param active             inactive rules are kept for history but never applied
 * @param version            bumped on each change, cited in the reason for audit
 */
public record ComplexityRule(
        String code,
        String name,
        Set<String> causeCodes,
        BigDecimal minimumClaimAmount,
        List<String> keywords,
        boolean active,
        int version) {

    public ComplexityRule {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a complexity rule needs a code and a name");
        }
        // Keep insertion order so the reason names the first matching group deterministically.
        causeCodes = causeCodes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(causeCodes));
        keywords = keywords == null ? List.of() : keywords.stream().filter(k -> k != null && !k.isBlank()).toList();
        if (minimumClaimAmount != null && minimumClaimAmount.signum() < 0) {
            throw new IllegalArgumentException("rule " + code + ": minimum claim amount must not be negative");
        }
        if (version < 1) {
            throw new IllegalArgumentException("rule " + code + ": version starts at 1");
        }
        // A rule without any criterion would mark every case 繁案: almost surely a data-entry slip.
        if (causeCodes.isEmpty() && minimumClaimAmount == null && keywords.isEmpty()) {
            throw new IllegalArgumentException("rule " + code + " has no criterion and would match every case");
        }
    }

    /**
     * The reason this rule marks the case 繁案, naming what matched, or empty when it does
     * not match. Whether the rule is active is the caller's concern ({@link DiversionPolicy}).
     */
    public Optional<DiversionReason> evaluate(DiversionFacts facts) {
        List<String> matched = new ArrayList<>();
        if (!causeCodes.isEmpty()) {
            Optional<String> group = causeCodes.stream().filter(g -> Cause.isWithin(facts.causeCode(), g)).findFirst();
            if (group.isEmpty()) {
                return Optional.empty();
            }
            matched.add("案由属于 " + group.get());
        }
        if (minimumClaimAmount != null) {
            BigDecimal amount = facts.claimAmount();
            if (amount == null || amount.compareTo(minimumClaimAmount) < 0) {
                return Optional.empty();
            }
            matched.add("标的额 " + amount.toPlainString() + " ≥ " + minimumClaimAmount.toPlainString());
        }
        if (!keywords.isEmpty()) {
            Optional<String> keyword = keywords.stream().filter(facts.claimText()::contains).findFirst();
            if (keyword.isEmpty()) {
                return Optional.empty();
            }
            matched.add("含关键词「" + keyword.get() + "」");
        }
        return Optional.of(new DiversionReason(code, "繁简分流规则 v" + version, name + "：" + String.join("；", matched)));
    }
}
