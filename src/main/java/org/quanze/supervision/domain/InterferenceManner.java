package org.quanze.supervision.domain;

/** How the interference was made (当面, 电话, 书信, 托人转达, 其他) — 法发〔2015〕10号 第4条 fields [P]. */
public enum InterferenceManner {
    IN_PERSON("当面"), PHONE("电话"), LETTER("书信"), THROUGH_OTHERS("托人转达"), OTHER("其他");

    private final String label;

    InterferenceManner(String label) { this.label = label; }

    public String label() { return label; }
}
