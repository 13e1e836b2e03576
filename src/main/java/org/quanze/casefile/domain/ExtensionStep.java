package org.quanze.casefile.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One rung of the extension ladder of a {@link DeadlineRule}: who approves, how much one approval may add
 * ({@code null} when the statute sets no figure, e.g. 民事诉讼法 第152条 「报请上级人民法院批准」), and whether
 * the rung may be used again (the last rung usually can, e.g. 刑诉解释 第210条 SPC approvals).
 */
public record ExtensionStep(ExtensionApprover approver, TimeLimit maxPerGrant, boolean repeatable) {

    public ExtensionStep {
        Objects.requireNonNull(approver, "approver");
    }

    /** Exactly one approval of at most {@code max}. */
    public static ExtensionStep once(ExtensionApprover approver, TimeLimit max) {
        return new ExtensionStep(approver, Objects.requireNonNull(max, "max"), false);
    }

    /** Any number of approvals, each of at most {@code max}. */
    public static ExtensionStep repeatedly(ExtensionApprover approver, TimeLimit max) {
        return new ExtensionStep(approver, Objects.requireNonNull(max, "max"), true);
    }

    /** Any number of approvals and no statutory figure: the approver decides the length. */
    public static ExtensionStep uncapped(ExtensionApprover approver) {
        return new ExtensionStep(approver, null, true);
    }

    public Optional<TimeLimit> cap() {
        return Optional.ofNullable(maxPerGrant);
    }
}
