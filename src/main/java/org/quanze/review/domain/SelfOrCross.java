package org.quanze.review.domain;

import org.quanze.shared.Labelled;

/** 上网裁判文书评查的方式 — 本院自查 or 互查 between courts (never one's own court). */
public enum SelfOrCross implements Labelled {
    SELF("自查"),
    CROSS("互查");

    private final String label;

    SelfOrCross(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static SelfOrCross fromLabel(String text) { return Labelled.fromLabel(SelfOrCross.class, text); }
}
