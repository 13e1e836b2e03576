package org.quanze.deliberation.domain;

/**
 * 专业法官会议只提供咨询意见 — the professional judges' meeting never decides a case: its majority and minority
 * opinions go back to the panel, which decides and, where it departs from the majority, reports to the 院庭长 and
 * may go on to the 审判委员会 (法发〔2021〕2号 一, 九 [the latter U]). Only a binding body may record a decision.
 */
public final class AdvisoryOnly {

    private AdvisoryOnly() {
    }

    /** Refuses a binding decision by a body whose opinions are only advice. */
    public static void requireBinding(MeetingKind kind) {
        if (!kind.binding()) throw DeliberationRefusal.advisoryOnly(kind);
    }
}
