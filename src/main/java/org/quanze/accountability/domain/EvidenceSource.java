package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/** Where an item of the evidence pack comes from on the platform; each item links to its source. */
public enum EvidenceSource implements Labelled {
    TRAIL("留痕记录"),
    DELIBERATION_RECORD("合议庭评议笔录与表决"),
    COMMITTEE_MINUTES("审判委员会纪要与表决"),
    REVIEW_REPORT("评查报告"),
    INTERFERENCE_RECORD("干预司法记录"),
    SUPERVISION_STEP("监督管理记录"),
    SIGNING_ORDER("裁判文书签署顺序"),
    SUBMITTED("当事法官提交的证据"),
    OTHER("其他调查材料");

    private final String label;

    EvidenceSource(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
