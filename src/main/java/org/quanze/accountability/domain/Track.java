package org.quanze.accountability.domain;

import org.quanze.shared.Labelled;

/**
 * Which procedure a subject answers in (《法官惩戒工作程序规定（试行）》2021): quota judges before the disciplinary
 * committee; assistants and clerks through ordinary discipline for their own acts; leaders' 监督管理责任 on its own
 * track (意见 第27条), never the judges' committee.
 */
public enum Track implements Labelled {
    JUDGE_DISCIPLINE("法官惩戒（惩戒委员会审查）"),
    ORDINARY_DISCIPLINE("一般纪律处分（审判辅助人员）"),
    SUPERVISORY("监督管理责任（院庭长）");

    private final String label;

    Track(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
