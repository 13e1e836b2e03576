package org.quanze.deliberation.domain;

/** 专业法官会议 are formed by field (法发〔2015〕13号 第8条; 法发〔2021〕2号 二). */
public enum Specialty {
    CRIMINAL("刑事"),
    CIVIL("民事"),
    ADMINISTRATIVE_COMPENSATION("行政赔偿"),
    PETITION_ENFORCEMENT("信访执行");

    private final String label;

    Specialty(String label) { this.label = label; }

    public String label() { return label; }
}
