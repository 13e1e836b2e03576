package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/** Where a clue (线索) comes from. A clue is never a proceeding by itself (意见 第3条: 非经法定程序…不受追究). */
public enum ClueSource implements Labelled {
    /** 评查中发现涉嫌违法审判 — a review marked "suspected fault" (review module). */
    REVIEW("案件评查"),
    /** 发改指案件评析报告 — the analysis report of a reversed, remanded or retried case. */
    ANALYSIS_REPORT("发改指案件评析报告"),
    /** 投诉举报 — complaints and reports entered by the supervision office (监察室). */
    COMPLAINT("投诉举报"),
    /** 监督管理记录 — four-kinds supervision and interference records. */
    SUPERVISION("监督管理记录");

    private final String label;

    ClueSource(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
