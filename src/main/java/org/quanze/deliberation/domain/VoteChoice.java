package org.quanze.deliberation.domain;

/**
 * 表决选项 — a vote is one of these on the proposal put to the vote (拟处理意见), with the member's reasons in free
 * text beside it; the majority is counted over the options, never over the wording of the reasons (民诉法 第45条;
 * 人民法院组织法 第38条). An abstention counts as a vote cast but never prevails.
 */
public enum VoteChoice {
    AGREE("同意"),
    DISAGREE("不同意"),
    ABSTAIN("弃权");

    private final String label;

    VoteChoice(String label) { this.label = label; }

    public String label() { return label; }

    /** Whether this option can carry a majority: an abstention decides nothing. */
    public boolean decisive() { return this != ABSTAIN; }
}
