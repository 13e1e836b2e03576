package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/** The steps of a proceeding, in order (意见 第34–37条 [U]; 法官法 第47–50条; 法官惩戒工作程序规定 2021). */
public enum Stage implements Labelled {
    /** 立案 — opened by the supervision office with reasons; the subjects are notified. */
    OPENED("已立案"),
    /** 调查 — investigation and the evidence pack. */
    INVESTIGATING("调查中"),
    /** 报告院长 — the investigation report before the president, to be sent to the committee. */
    REPORTED("已报告院长"),
    /** 审查意见 — the committee's finding, served on the judge. */
    FOUND("已作出审查意见"),
    /** 异议 — the judge objected; the committee reviews. */
    OBJECTED("异议审查中"),
    /** 处理决定 — the court decided the consequence. */
    DECIDED("已作出处理决定"),
    /** 归档. */
    ARCHIVED("已归档");

    private final String label;

    Stage(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
