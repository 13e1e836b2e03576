package org.quanze.disclosure;

import java.util.Arrays;

/**
 * 屏蔽规则 — which persons a published judgment hides.
 *
 * <ul>
 *   <li>{@link #RULE_2016}: 法释〔2016〕19号 第8条 — parties in marriage, family and inheritance cases, victims,
 *       incidental civil plaintiffs, witnesses and expert witnesses in criminal cases, minors, and their legal
 *       representatives; other parties keep their names (第11条).</li>
 *   <li>{@link #ALL_PARTIES}: the practice announced by the SPC 审判管理办公室 on 2026-01-08 — every party,
 *       legal persons included; judges, assistants, clerks, lawyers and the case number never.</li>
 * </ul>
 */
public enum AnonymisationPolicy {
    RULE_2016("2016"),
    ALL_PARTIES("all");

    private final String code;

    AnonymisationPolicy(String code) { this.code = code; }

    /** The code used in the API and in configuration: {@code 2016} or {@code all}. */
    public String code() { return code; }

    /** Reads a code; {@code null} or blank means the 2016 rule (the default). */
    public static AnonymisationPolicy ofCode(String code) {
        if (code == null || code.isBlank()) {
            return RULE_2016;
        }
        return Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown policy: " + code));
    }
}
