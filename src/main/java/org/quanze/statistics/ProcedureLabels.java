package org.quanze.statistics;

import java.util.Map;

/**
 * 审理程序 — the Chinese names of the procedure codes in {@code casefile.case_fact.procedure}, for row labels when
 * grouping by procedure. The casefile enum that owns them is not part of casefile's published root package, so the
 * names are repeated here; a code not listed is shown as it is.
 */
final class ProcedureLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("ORDINARY", "普通程序"),
            Map.entry("SIMPLE", "简易程序"), Map.entry("SMALL_CLAIMS", "小额诉讼程序"), Map.entry("FAST_TRACK", "速裁程序"),
            Map.entry("SPECIAL", "特别程序"), Map.entry("SECOND_INSTANCE", "第二审程序"),
            Map.entry("TRIAL_SUPERVISION", "审判监督程序"), Map.entry("ENFORCEMENT", "执行程序"),
            Map.entry("PAYMENT_ORDER", "督促程序"), Map.entry("BANKRUPTCY", "破产程序"),
            Map.entry("STATE_COMPENSATION", "国家赔偿程序"), Map.entry("JUDICIAL_AID", "司法救助程序"));

    private ProcedureLabels() {
    }

    /** The procedure's name, "未标明程序" for none, or the code itself when unknown. */
    static String of(String code) {
        if (code == null || code.isEmpty()) return "未标明程序";
        return LABELS.getOrDefault(code, code);
    }
}
