package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/**
 * 不得作为错案进行责任追究的情形 — 意见 第28条 [P]: item (1) verified, the others [U] from summaries. The investigator
 * answers every one, with reasons, before the report to the president.
 */
public enum Exemption implements Labelled {
    LEGAL_INTERPRETATION("对法律、法规、规章、司法解释具体条文的理解和认识不一致，在专业认知范围内能够予以合理说明的", "意见 第28条第1项"),
    DISPUTED_FACTS("对案件基本事实的判断存在争议或者疑问，根据证据规则能够予以合理说明的", "意见 第28条第2项"),
    CLAIM_WAIVED("当事人放弃或者部分放弃权利主张的", "意见 第28条第3项"),
    PARTY_FAULT_OR_OBJECTIVE_CAUSE("因当事人过错或者客观原因致使案件事实认定发生变化的", "意见 第28条第4项"),
    NEW_EVIDENCE("因出现新证据而改变裁判的", "意见 第28条第5项"),
    LAW_OR_POLICY_CHANGED("法律修订或者政策调整的", "意见 第28条第6项"),
    UNDERLYING_DOCUMENT_REVOKED("裁判所依据的其他法律文书被撤销或者变更的", "意见 第28条第7项"),
    OTHER_LAWFUL_PERFORMANCE("其他依法履行审判职责不应当承担责任的情形", "意见 第28条第8项");

    private final String label;
    private final String article;

    Exemption(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() { return label; }

    public String article() { return article; }
}
