package org.quanze.casefile.domain;

import java.util.Objects;

/** 延长审限 — one approved (or requested) extension: who approves it and how long it is. */
public record Extension(ExtensionApprover approver, TimeLimit length) {

    public Extension {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(length, "length");
    }

    public static Extension by(ExtensionApprover approver, TimeLimit length) {
        return new Extension(approver, length);
    }
}
