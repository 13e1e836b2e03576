package org.quanze.deliberation.domain;

/** The two deliberative bodies above the trial organisation, and whether what they conclude binds it. */
public enum MeetingKind {

    /** 专业法官会议 — an internal advisory mechanism; its opinions are advice (法发〔2021〕2号 一). */
    PROFESSIONAL("专业法官会议", false),

    /** 审判委员会 — its decision binds the trial organisation (人民法院组织法 第39条). */
    COMMITTEE("审判委员会", true);

    private final String label;
    private final boolean binding;

    MeetingKind(String label, boolean binding) {
        this.label = label;
        this.binding = binding;
    }

    public String label() { return label; }

    public boolean binding() { return binding; }
}
