package org.quanze.supervision.domain;

/** 风险等级 assessed by the 法官权益保障委员会. */
public enum RiskLevel {
    LOW("低"), MEDIUM("中"), HIGH("高");

    private final String label;

    RiskLevel(String label) { this.label = label; }

    public String label() { return label; }
}
