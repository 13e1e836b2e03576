package org.quanze.accountability.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 责任分配 — who is responsible, proposed from the recorded votes and roles (意见 第29–32条 [U]), each share citing the
 * vote or step it rests on. A proposal for the committee to weigh, never a decision.
 */
public final class Allocation {

    private Allocation() {
    }

    /** How the case was tried. */
    public enum Organisation { SOLE_JUDGE, PANEL }

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
    public record Share(long staffId, String name, ResponsibilityBasis basis, String citation) {
    }

    /** The proposed allocation, following 意见 第29–32条 in order. */
    public static List<Share> propose(DecisionRecord r) {
        List<Share> shares = new ArrayList<>();
        CommitteeDiscussion c = r.committee();
        if (r.organisation() == Organisation.SOLE_JUDGE) {
            boolean committeeChanged = c != null && c.changedPanelView() && !r.panelMisreported();
            if (!committeeChanged) {
                r.panel().forEach(v -> shares.add(new Share(v.staffId(), v.name(), ResponsibilityBasis.SOLE_JUDGE, v.citation())));
            }
        } else if (c == null || !c.changedPanelView() || r.panelMisreported()) {
            // without the committee, or where it kept the panel's view, or was misled: the panel's majority answers
            for (Vote v : r.panel()) {
                ResponsibilityBasis basis = !v.withMajority() ? ResponsibilityBasis.PANEL_DISSENT
                        : r.panelMisreported() ? ResponsibilityBasis.PANEL_MISREPORTED : ResponsibilityBasis.PANEL_MAJORITY;
                shares.add(new Share(v.staffId(), v.name(), basis, basis == ResponsibilityBasis.PANEL_MISREPORTED ? r.misreportCitation() : v.citation()));
            }
        } else {
            // the committee changed the panel's view: the panel does not answer for the decision; its votes are shown
            r.panel().stream().filter(v -> !v.withMajority())
                    .forEach(v -> shares.add(new Share(v.staffId(), v.name(), ResponsibilityBasis.PANEL_DISSENT, v.citation())));
        }
        if (r.organisation() == Organisation.SOLE_JUDGE && r.panelMisreported()) {
            shares.replaceAll(s -> new Share(s.staffId(), s.name(), ResponsibilityBasis.PANEL_MISREPORTED, r.misreportCitation()));
        }
        if (c != null && !r.panelMisreported()) {
            c.votes().stream().filter(Vote::withMajority)
                    .forEach(v -> shares.add(new Share(v.staffId(), v.name(), ResponsibilityBasis.COMMITTEE_MAJORITY, v.citation())));
        }
        if (c != null && c.centralismBreached() && c.chairStaffId() != null) {
            shares.add(new Share(c.chairStaffId(), c.chairName(), ResponsibilityBasis.CHAIR_BREACH, c.citation()));
        }
        r.auxiliaryActs().forEach(a -> shares.add(new Share(a.staffId(), a.name(), ResponsibilityBasis.OWN_ACT, a.citation())));
        r.supervisionSteps().forEach(a -> shares.add(new Share(a.staffId(), a.name(), ResponsibilityBasis.SUPERVISION, a.citation())));
        return List.copyOf(shares);
    }
}
