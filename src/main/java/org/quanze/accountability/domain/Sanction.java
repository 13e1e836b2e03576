package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/** 处分 — 警告、记过、记大过、降级、撤职、开除 (法官法 第46条; 公职人员政务处分法). */
public enum Sanction implements Labelled {
    WARNING("警告"),
    DEMERIT("记过"),
    MAJOR_DEMERIT("记大过"),
    DEMOTION("降级"),
    REMOVAL("撤职"),
    EXPULSION("开除");

    private final String label;

    Sanction(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
