package org.quanze.shared;

/** 法院层级 — 高级 / 中级 / 基层人民法院 (人民法院组织法 第12条). Special courts are intermediate or basic. */
public enum CourtLevel implements Labelled {
    HIGH("高级"), INTERMEDIATE("中级"), BASIC("基层");

    private final String label;

    CourtLevel(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static CourtLevel fromLabel(String text) {
        return Labelled.fromLabel(CourtLevel.class, text);
    }
}
