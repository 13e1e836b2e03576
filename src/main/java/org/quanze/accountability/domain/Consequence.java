package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/**
 * 组织处理 — the court's measures after a finding (《法官惩戒工作程序规定（试行）》2021): 停职、延期晋升、调离审判执行岗位、
 * 退出员额、免职、责令辞职.
 */
public enum Consequence implements Labelled {
    SUSPENSION("停职"),
    DEFERRED_PROMOTION("延期晋升"),
    REMOVAL_FROM_TRIAL_POST("调离审判执行岗位"),
    QUOTA_EXIT("退出员额"),
    DISMISSAL("免职"),
    ORDERED_RESIGNATION("责令辞职");

    private final String label;

    Consequence(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
