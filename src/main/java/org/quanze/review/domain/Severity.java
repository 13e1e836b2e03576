package org.quanze.review.domain;

import org.quanze.shared.Labelled;

/** 瑕疵程度 — how grave a flaw of the catalogue is; the result rules read it. */
public enum Severity implements Labelled {
    MINOR("一般瑕疵"),
    MAJOR("较重瑕疵"),
    SERIOUS("严重差错");

    private final String label;

    Severity(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static Severity fromLabel(String text) { return Labelled.fromLabel(Severity.class, text); }
}
