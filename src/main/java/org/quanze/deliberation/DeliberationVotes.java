package org.quanze.deliberation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of a case's votes: each member's choice in the collegial deliberation record (合议庭评议
 * 笔录) and in the adjudication committee (审判委员会表决), with where it is recorded — for accountability's allocation
 * of responsibility from the record (意见 第29–31条). The caller checks its own power to read them.
 */
@Service
public class DeliberationVotes {

    private final JdbcClient jdbc;

    DeliberationVotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One member's vote on one question.
     *
     * @param choice    AGREE, DISAGREE or ABSTAIN (null for an opinion recorded before structured votes)
     * @param reference where it is recorded, e.g. "评议笔录#12 第1项"
     */
    public record CastVote(String reference, long staffId, String name, String choice, String opinion) {
    }

    /** The committee's vote on the case's agenda item, with the chair of the meeting. */
    public record CommitteeVote(String reference, long staffId, String name, String choice, String opinion, Long chairStaffId,
            String chairName) {
    }

    /** Every opinion of the case's deliberation records, in the order given. */
    public List<CastVote> panelVotes(String caseNumber) {
        return jdbc.sql("""
                SELECT o.record_id, i.seq, o.staff_id, o.name, o.choice, o.opinion FROM deliberation.opinion o
                JOIN deliberation.record r ON r.id = o.record_id JOIN deliberation.issue i ON i.id = o.issue_id
                WHERE r.case_number = ? ORDER BY o.record_id, i.seq, o.seq""").param(caseNumber)
                .query((rs, n) -> new CastVote("评议笔录#" + rs.getLong("record_id") + " 第" + rs.getInt("seq") + "项",
                        rs.getLong("staff_id"), rs.getString("name"), rs.getString("choice"), rs.getString("opinion")))
                .list();
    }

    /** Every committee vote on the case's agenda items, in speaking order. */
    public List<CommitteeVote> committeeVotes(String caseNumber) {
        return jdbc.sql("""
                SELECT m.reference, v.staff_id, v.name, v.choice, v.opinion, m.chair_staff_id, m.chair_name
                FROM deliberation.meeting_vote v JOIN deliberation.agenda_item a ON a.id = v.item_id
                JOIN deliberation.body b ON b.id = a.body_id AND b.kind = 'COMMITTEE'
                LEFT JOIN deliberation.meeting m ON m.id = a.meeting_id
                WHERE a.case_number = ? ORDER BY a.id, v.speaking_order""").param(caseNumber)
                .query((rs, n) -> new CommitteeVote("审委会会议 " + rs.getString("reference"), rs.getLong("staff_id"),
                        rs.getString("name"), rs.getString("choice"), rs.getString("opinion"),
                        (Long) rs.getObject("chair_staff_id"), rs.getString("chair_name")))
                .list();
    }
}
