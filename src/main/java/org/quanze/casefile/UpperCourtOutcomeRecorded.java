package org.quanze.casefile;

import java.util.List;

/**
 * 发改指 — an appeal or retrial case closed as 改判 (REVERSED), 发回重审 (REMANDED) or 指令再审 (RETRIAL_ORDERED).
 * Names the original case and the judges of its trial organisation, for quality review and evaluation.
 */
public record UpperCourtOutcomeRecorded(String upperCaseNumber, String originalCaseNumber, String outcome,
        List<Long> originalJudges) {
}
