package org.quanze.organization;

/**
 * 专门人民法院 — special courts and their code ranges (法〔2018〕335号 修改后的案号规定 第5条: railway 71, maritime 72,
 * IP 73, forestry 75–80).
 */
public enum SpecialCourt {
    RAILWAY("铁路运输"), FORESTRY("林区"), MARITIME("海事"), INTELLECTUAL_PROPERTY("知识产权"), FINANCIAL("金融"), OTHER("其他");

    private final String label;

    SpecialCourt(String label) { this.label = label; }

    public String label() { return label; }

    public static SpecialCourt fromLabel(String text) {
        for (SpecialCourt s : values()) {
            if (s.label.equals(text) || s.name().equalsIgnoreCase(text)) return s;
        }
        throw new IllegalArgumentException(text);
    }
}
