package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/**
 * 违法审判责任的七种情形 — the seven situations of 意见 第26条 (法发〔2015〕13号; the count confirmed by 光明日报
 * 2015-09-22, the article number [P]). Each one the investigator asserts must rest on linked evidence.
 */
public enum Situation implements Labelled {
    /** 第26条(一). */
    CORRUPTION("审理案件时有贪污受贿、徇私舞弊、枉法裁判行为的", "意见 第26条第1项"),
    /** 第26条(二). */
    PRIVATE_OR_FAKE_CASE("违反规定私自办案或者制造虚假案件的", "意见 第26条第2项"),
    /** 第26条(三). */
    EVIDENCE_TAMPERING("涂改、隐匿、伪造、偷换和故意损毁证据材料的，或者因重大过失丢失、损毁证据材料并造成严重后果的", "意见 第26条第3项"),
    /** 第26条(四). */
    MISREPORTING("向合议庭、审判委员会汇报案情时隐瞒主要证据、重要情节和故意提供虚假材料的，或者因重大过失遗漏主要证据、重要情节导致裁判错误并造成严重后果的", "意见 第26条第4项"),
    /** 第26条(五). */
    DOCUMENT_CONTRARY_TO_DECISION("制作诉讼文书时，故意违背合议庭评议结果、审判委员会决定的，或者因重大过失导致裁判文书主文错误并造成严重后果的", "意见 第26条第5项"),
    /** 第26条(六). */
    UNLAWFUL_COMMUTATION("违反法律规定，对不符合减刑、假释条件的罪犯裁定减刑、假释的，或者因重大过失导致裁定减刑、假释错误并造成严重后果的", "意见 第26条第6项"),
    /** 第26条(七). */
    OTHER_UNLAWFUL_ADJUDICATION("其他故意违背法定程序、证据规则和法律明确规定违法审判的，或者因重大过失导致裁判结果错误并造成严重后果的", "意见 第26条第7项");

    private final String label;
    private final String article;

    Situation(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() { return label; }

    public String article() { return article; }
}
