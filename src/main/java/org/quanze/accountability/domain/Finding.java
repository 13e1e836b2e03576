package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/** 审查意见 — the disciplinary committee's four findings (法官法 第48条). A person's decision with reasons, never computed. */
public enum Finding implements Labelled {
    INTENTIONAL("故意违反职责"),
    GROSS_NEGLIGENCE("存在重大过失"),
    ORDINARY_NEGLIGENCE("存在一般过失"),
    NO_VIOLATION("没有违反职责");

    private final String label;

    Finding(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
