package org.quanze.supervision.domain;

/** Who identified a four-kinds case: the handling judge (承办法官主动报告), the division chief, or a platform rule. */
public enum FlagSource {
    JUDGE("承办法官"), CHIEF("庭长"), RULE("系统规则");

    private final String label;

    FlagSource(String label) { this.label = label; }

    public String label() { return label; }
}
