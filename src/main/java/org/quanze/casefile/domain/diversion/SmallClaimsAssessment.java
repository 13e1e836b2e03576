package org.quanze.casefile.domain.diversion;

import java.util.List;
import java.util.Objects;

/**
 * Result of the small-claims check, with the reasons behind it.
 *
 * @param outcome whether and on what basis 小额诉讼程序 applies
 * @param reasons at least one reason
 */
public record SmallClaimsAssessment(Outcome outcome, List<DiversionReason> reasons) {

    public enum Outcome {
        /** 第165条第1款: applies of right (应当适用). */
        APPLIES("适用小额诉讼程序"),
        /** 第165条第2款: applies because both parties agreed. */
        APPLIES_BY_AGREEMENT("当事人约定适用小额诉讼程序"),
        NOT_APPLICABLE("不适用小额诉讼程序");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SmallClaimsAssessment {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an assessment needs at least one reason");
        }
    }

    public boolean applies() {
        return outcome != Outcome.NOT_APPLICABLE;
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(DiversionReason::code).toList();
    }
}
