package org.quanze.organization;

/**
 * 专门人民法院 — special courts and their code ranges (法〔2018〕335号 修改后的案号规定 第5条: railway 71, maritime 72,
 * IP 73, forestry 75–80).
 */
public enum SpecialCourt implements org.quanze.shared.Labelled {
    RAILWAY("铁路运输"), FORESTRY("林区"), MARITIME("海事"), INTELLECTUAL_PROPERTY("知识产权"), FINANCIAL("金融"), OTHER("其他");

    private final String label;

    SpecialCourt(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static SpecialCourt fromLabel(String text) {
        return org.quanze.shared.Labelled.fromLabel(SpecialCourt.class, text);
    }
}
