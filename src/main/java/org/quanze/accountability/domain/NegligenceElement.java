package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/**
 * 「因重大过失导致裁判错误并造成严重后果」 — the three elements of negligence liability (意见 第25条; 法官法 第46条第5项).
 * Each is shown with its evidence or marked missing; a missing element is visible to the committee, never filled in.
 */
public enum NegligenceElement implements Labelled {
    GROSS_NEGLIGENCE("重大过失"),
    WRONG_JUDGMENT("裁判错误"),
    SERIOUS_CONSEQUENCE("严重后果");

    private final String label;

    NegligenceElement(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public String article() { return "意见 第25条；法官法 第46条第5项"; }
}
