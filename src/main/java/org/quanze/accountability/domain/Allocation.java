package org.quanze.accountability.domain;

import java.util.ArrayList;
import java.util.List;
import org.quanze.shared.Labelled;

/**
 * 责任分配 — who is responsible, proposed from the recorded votes and roles (意见 第29–32条 [U]), each share citing the
 * vote or step it rests on. A proposal for the committee to weigh, never a decision.
 */
public final class Allocation {

    private Allocation() {
    }

    /** How the case was tried. */
    public enum Organisation { SOLE_JUDGE, PANEL }

    /** What a share rests on. {@link #PANEL_DISSENT} is shown but carries no responsibility. */
    public enum Basis implements Labelled {
        /** 独任法官对案件的事实认定和法律适用承担全部责任 (意见 第29条 [U]). */
        SOLE_JUDGE("独任审理，承担全部责任", "意见 第29条"),
        /** 合议庭成员按其发表的意见和表决承担责任 (意见 第30条 [U]). */
        PANEL_MAJORITY("合议庭多数意见成员", "意见 第30条"),
        /** A dissent recorded in the deliberation record: shown as such, no responsibility for the majority's view. */
        PANEL_DISSENT("评议笔录记载持不同意见（不承担责任）", "意见 第30条"),
        /** 审委会改变合议庭意见导致错误的，由持多数意见的委员承担责任 (意见 第31条 [U]). */
        COMMITTEE_MAJORITY("审判委员会多数意见委员", "意见 第31条"),
        /** 违反民主集中制原则导致审委会决定错误的，主持人承担主要责任 (意见 第31条 [V, summary]). */
        CHAIR_BREACH("审判委员会主持人违反民主集中制，承担主要责任", "意见 第31条"),
        /** 合议庭汇报时隐瞒或虚假汇报的，由合议庭承担责任，委员不承担或承担部分责任 (意见 第31条 [U]). */
        PANEL_MISREPORTED("合议庭隐瞒或虚假汇报证据、情节", "意见 第31条"),
        /** 法官助理、书记员对其自身行为承担责任 (意见 第32条 [U]). */
        OWN_ACT("审判辅助人员本人行为", "意见 第32条"),
        /** 院庭长监督管理责任 (意见 第27条 [U]): its own track. */
        SUPERVISION("院庭长监督管理（有记录的监督步骤）", "意见 第27条");

        private final String label;
        private final String article;

        Basis(String label, String article) {
            this.label = label;
            this.article = article;
        }

        @Override
        public String label() { return label; }

        public String article() { return article; }

        public boolean responsible() { return this != PANEL_DISSENT; }
    }

    /** A member's vote in the deliberation record, with the record it is in. */
    public record Vote(long staffId, String name, boolean withMajority, String citation) {
    }

    /** The committee's discussion: whether it changed the panel's view, its votes, chair, and a recorded breach. */
    public record CommitteeDiscussion(boolean changedPanelView, List<Vote> votes, Long chairStaffId, String chairName,
            boolean centralismBreached, String citation) {
        public CommitteeDiscussion {
            votes = List.copyOf(votes);
        }
    }

    /** An act recorded of an assistant, clerk or leader (e.g. a trial record altered, a supervision step). */
    public record RecordedAct(long staffId, String name, String citation) {
    }

    /**
     * What the record says of the case's decision.
     *
     * @param panel           for a sole judge, one vote: the judge's
     * @param committee       null when the committee did not discuss the case
     * @param panelMisreported the panel hid or misreported evidence to the committee (a finding of the investigation)
     */
    public record DecisionRecord(Organisation organisation, List<Vote> panel, CommitteeDiscussion committee,
            boolean panelMisreported, String misreportCitation, List<RecordedAct> auxiliaryActs,
            List<RecordedAct> supervisionSteps) {
        public DecisionRecord {
            panel = List.copyOf(panel);
            auxiliaryActs = auxiliaryActs == null ? List.of() : List.copyOf(auxiliaryActs);
            supervisionSteps = supervisionSteps == null ? List.of() : List.copyOf(supervisionSteps);
        }
    }

    /** One person's share and what it rests on. */
    public record Share(long staffId, String name, Basis basis, String citation) {
    }

    /** The proposed allocation, following 意见 第29–32条 in order. */
    public static List<Share> propose(DecisionRecord r) {
        List<Share> shares = new ArrayList<>();
        CommitteeDiscussion c = r.committee();
        if (r.organisation() == Organisation.SOLE_JUDGE) {
            boolean committeeChanged = c != null && c.changedPanelView() && !r.panelMisreported();
            if (!committeeChanged) {
                r.panel().forEach(v -> shares.add(new Share(v.staffId(), v.name(), Basis.SOLE_JUDGE, v.citation())));
            }
        } else if (c == null || !c.changedPanelView() || r.panelMisreported()) {
            // without the committee, or where it kept the panel's view, or was misled: the panel's majority answers
            for (Vote v : r.panel()) {
                Basis basis = !v.withMajority() ? Basis.PANEL_DISSENT
                        : r.panelMisreported() ? Basis.PANEL_MISREPORTED : Basis.PANEL_MAJORITY;
                shares.add(new Share(v.staffId(), v.name(), basis, basis == Basis.PANEL_MISREPORTED ? r.misreportCitation() : v.citation()));
            }
        } else {
            // the committee changed the panel's view: the panel does not answer for the decision; its votes are shown
            r.panel().stream().filter(v -> !v.withMajority())
                    .forEach(v -> shares.add(new Share(v.staffId(), v.name(), Basis.PANEL_DISSENT, v.citation())));
        }
        if (r.organisation() == Organisation.SOLE_JUDGE && r.panelMisreported()) {
            shares.replaceAll(s -> new Share(s.staffId(), s.name(), Basis.PANEL_MISREPORTED, r.misreportCitation()));
        }
        if (c != null && !r.panelMisreported()) {
            c.votes().stream().filter(Vote::withMajority)
                    .forEach(v -> shares.add(new Share(v.staffId(), v.name(), Basis.COMMITTEE_MAJORITY, v.citation())));
        }
        if (c != null && c.centralismBreached() && c.chairStaffId() != null) {
            shares.add(new Share(c.chairStaffId(), c.chairName(), Basis.CHAIR_BREACH, c.citation()));
        }
        r.auxiliaryActs().forEach(a -> shares.add(new Share(a.staffId(), a.name(), Basis.OWN_ACT, a.citation())));
        r.supervisionSteps().forEach(a -> shares.add(new Share(a.staffId(), a.name(), Basis.SUPERVISION, a.citation())));
        return List.copyOf(shares);
    }
}
