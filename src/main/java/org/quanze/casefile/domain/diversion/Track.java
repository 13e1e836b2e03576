package org.quanze.casefile.domain.diversion;

/** 繁简分流 track: 简案 (simple) or 繁案 (complex). */
public enum Track {
    SIMPLE("简案"),
    COMPLEX("繁案");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    /** The Chinese term shown in the UI. */
    public String label() {
        return label;
    }
}
