package org.quanze.deliberation;

import org.quanze.deliberation.domain.TopicKind;
import org.quanze.deliberation.internal.Meetings;
import org.springframework.stereotype.Service;

/**
 * What other modules may put before a court's adjudication committee (审判委员会): a non-case topic of
 * 总结审判工作经验 (人民法院组织法 第37条), such as a dispute over a case quality review. It waits for the president's
 * approval to go on a meeting's agenda, as a submitted case does; the caller has checked its own power to refer.
 */
@Service
public class CommitteeAgenda {

    private final Meetings meetings;

    CommitteeAgenda(Meetings meetings) {
        this.meetings = meetings;
    }

    /** Submits the topic to the committee of the court; the agenda item's id. */
    public long submitTopic(String courtCode, String title, String report) {
        return meetings.submitTopic(courtCode, TopicKind.EXPERIENCE, title, report);
    }
}
