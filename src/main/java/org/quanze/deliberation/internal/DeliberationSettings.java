package org.quanze.deliberation.internal;

import org.quanze.deliberation.domain.CommitteeQuorum;
import org.quanze.deliberation.domain.MajorityRule;
import org.quanze.deliberation.domain.MeetingKind;
import org.quanze.deliberation.domain.ProfessionalMeetingQuorum;
import org.quanze.deliberation.domain.Quorum;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The configurable parts of the meeting rules ([U] items of RULES.md §8 are configuration, never constants). */
@Component
public class DeliberationSettings {

    private final ProfessionalMeetingQuorum professionalQuorum;
    private final MajorityRule committeeMajority;

    DeliberationSettings(@Value("${quanze.deliberation.professional-meeting.min-present:5}") int minPresent,
            @Value("${quanze.deliberation.professional-meeting.min-share:1/3}") String minShare,
            @Value("${quanze.deliberation.committee.majority:OF_ALL_MEMBERS}") MajorityRule committeeMajority) {
        this.professionalQuorum = ProfessionalMeetingQuorum.of(minPresent, minShare);
        this.committeeMajority = committeeMajority;
    }

    public Quorum quorum(MeetingKind kind) {
        return kind == MeetingKind.COMMITTEE ? new CommitteeQuorum() : professionalQuorum;
    }

    /** The professional meeting's advice is the majority of opinions given; the committee's rule is configuration. */
    public MajorityRule majority(MeetingKind kind) {
        return kind == MeetingKind.COMMITTEE ? committeeMajority : MajorityRule.OF_VOTES_CAST;
    }
}
