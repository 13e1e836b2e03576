package org.quanze.disclosure.domain;

/**
 * 文书上网状态 — where a document stands under 法释〔2016〕19号: attached and waiting for the judge's proposal
 * ({@link #PENDING}), published (第3条), its non-publication proposed under 第4条(五) and waiting for the president
 * (第12条), withheld with its public notice (第4条, 第6条), or withdrawn after publication (第16条) and waiting again.
 */
public enum PublicationState {
    PENDING("待处理"),
    PUBLISHED("已公开"),
    WITHHOLDING_PROPOSED("不公开待审批"),
    WITHHELD("不公开已公示"),
    WITHDRAWN("已撤回");

    private final String label;

    PublicationState(String label) { this.label = label; }

    public String label() { return label; }

    /**
     * The disclosure the law requires is done: published, or withheld with its notice (「满足上网条件的100%公开，不满足的
     * 100%公示」). A proposal waiting for approval is not yet a notice.
     */
    public boolean disclosed() { return this == PUBLISHED || this == WITHHELD; }

    /** The judge may propose publication or a reason not to publish (again, after a withdrawal). */
    public boolean awaitingDecision() { return this == PENDING || this == WITHDRAWN; }
}
