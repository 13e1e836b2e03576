package org.quanze.disclosure.domain;

/**
 * 文书种类 — the documents of 法释〔2016〕19号 第3条 a judge attaches to a case for publication: 判决书, 裁定书, 决定书
 * (国家赔偿、强制医疗、拘留罚款 …), 调解书 (行政调解书, 民事公益诉讼调解书) and 支付令.
 */
public enum DocumentKind {
    JUDGMENT("判决书"),
    RULING("裁定书"),
    DECISION("决定书"),
    MEDIATION("调解书"),
    PAYMENT_ORDER("支付令");

    private final String label;

    DocumentKind(String label) { this.label = label; }

    public String label() { return label; }
}
