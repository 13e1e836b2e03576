package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/** 责任依据 — what a share of responsibility rests on; {@link #PANEL_DISSENT} is shown but carries no responsibility. */
public enum ResponsibilityBasis implements Labelled {
    /** 独任法官对案件的事实认定和法律适用承担全部责任 (意见 第29条 [U]). */
    SOLE_JUDGE("独任审理，承担全部责任", "意见 第29条"),
    /** 合议庭成员按其发表的意见和表决承担责任 (意见 第30条 [U]). */
    PANEL_MAJORITY("合议庭多数意见成员", "意见 第30条"),
    /** A dissent recorded in the deliberation record: shown as such, no responsibility for the majority's view. */
    PANEL_DISSENT("评议笔录记载持不同意见（不承担责任）", "意见 第30条"),
    /** 审委会改变合议庭意见导致错误的，由持多数意见的委员承担责任 (意见 第31条 [U]). */
    COMMITTEE_MAJORITY("审判委员会多数意见委员", "意见 第31条"),
    /** 违反民主集中制原则导致审委会决定错误的，主持人承担主要责任 (意见 第31条 [V, summary]). */
    CHAIR_BREACH("审判委员会主持人违反民主集中制，承担主要责任", "意见 第31条"),
    /** 合议庭汇报时隐瞒或虚假汇报的，由合议庭承担责任，委员不承担或承担部分责任 (意见 第31条 [U]). */
    PANEL_MISREPORTED("合议庭隐瞒或虚假汇报证据、情节", "意见 第31条"),
    /** 法官助理、书记员对其自身行为承担责任 (意见 第32条 [U]). */
    OWN_ACT("审判辅助人员本人行为", "意见 第32条"),
    /** 院庭长监督管理责任 (意见 第27条 [U]): its own track. */
    SUPERVISION("院庭长监督管理（有记录的监督步骤）", "意见 第27条");

    private final String label;
    private final String article;

    ResponsibilityBasis(String label, String article) {
        this.label = label;
        this.article = article;
    }

    @Override
    public String label() { return label; }

    public String article() { return article; }

    public boolean responsible() { return this != PANEL_DISSENT; }
}
