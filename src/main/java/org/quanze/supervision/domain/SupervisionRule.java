package org.quanze.supervision.domain;

import java.util.List;
import java.util.Optional;

/** A rule of four-kinds supervision; {@link #check} gives the refusal, if any. */
public interface SupervisionRule {

    Optional<SupervisionRefusal> check(SupervisionAttempt attempt);

    /**
     * 院庭长只对「四类案件」要求报告、提出意见 — outside the four kinds a leader does not express views on a case he does
     * not try (法发〔2015〕13号 第24条; 院庭长「除参加审判委员会、专业法官会议外不得对其没有参加审理的案件发表倾向性意见」).
     */
    SupervisionRule ONLY_FOUR_KINDS_CASES = a -> a.kind().byLeader() && !a.flagged()
            ? Optional.of(SupervisionRefusal.notFlagged()) : Optional.empty();

    /** 审判组织报告 — only the panel reports back. */
    SupervisionRule PANEL_REPORTS_ITSELF = a -> !a.kind().byLeader() && !a.onPanel()
            ? Optional.of(SupervisionRefusal.notOnPanel()) : Optional.empty();

    /** A leader who sits on the panel supervises nobody: he deliberates with it (监督者不得同时是审理者). */
    SupervisionRule LEADER_NOT_ON_PANEL = a -> a.kind().byLeader() && a.onPanel()
            ? Optional.of(SupervisionRefusal.leaderOnPanel()) : Optional.empty();

    List<SupervisionRule> ALL = List.of(ONLY_FOUR_KINDS_CASES, PANEL_REPORTS_ITSELF, LEADER_NOT_ON_PANEL);

    /**
     * 四类案件的识别 — the handling or presiding judge reports it, or the division chief identifies it (法发〔2021〕30号
     * 第四条–第五条 [P]); the platform's rules flag it on their own (source RULE).
     */
    static boolean mayFlag(SupervisionAttempt a) {
        return a.handling() || a.chief();
    }

    static void enforce(SupervisionAttempt attempt) {
        for (SupervisionRule rule : ALL) {
            Optional<SupervisionRefusal> refusal = rule.check(attempt);
            if (refusal.isPresent()) throw refusal.get();
        }
    }
}
