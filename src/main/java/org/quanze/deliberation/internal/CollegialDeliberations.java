package org.quanze.deliberation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.deliberation.domain.Ballot;
import org.quanze.deliberation.domain.DeliberationRefusal;
import org.quanze.deliberation.domain.MajorityRule;
import org.quanze.deliberation.domain.Tally;
import org.quanze.deliberation.domain.VoteAttempt;
import org.quanze.deliberation.domain.VoteChoice;
import org.quanze.deliberation.domain.VotePolicy;
import org.quanze.authority.PowerContext;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合议庭评议: the record of a panel's deliberation. Members state their opinion and vote on each issue; the majority
 * decides and the dissent is kept (民诉法 第45条); every member signs, and the last signature makes the record permanent.
 */
@Service
public class CollegialDeliberations {

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CollegialDeliberations(JdbcClient jdbc, CaseFiles cases, PowerGuard guard, CurrentActor current,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.guard = guard;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /** A record as read back, with each issue's tally. */
    public record RecordView(long id, String caseNumber, LocalDate heldOn, String status, List<CaseView.TrialMember> panel,
            List<IssueView> issues, List<String> signedBy, List<String> unsignedBy) {
        public boolean signed() { return "SIGNED".equals(status); }
    }

    /** @param proposal what is put to the vote on this issue (拟处理意见); the question itself when none was given */
    public record IssueView(long id, int seq, String question, String proposal, List<Ballot> ballots, Tally tally) {
    }

    public record RecordSummary(long id, String caseNumber, LocalDate heldOn, String status) {
    }

    @Transactional
    public long open(String caseNumber) {
        CaseView c = caseOf(caseNumber);
        Actor me = member(c);
        if (c.trialOrganisation().size() < 3) {
            throw DeliberationRefusal.invalid("caseNumber", "该案不是合议庭审理，无需合议庭评议");
        }
        long id = jdbc.sql("INSERT INTO deliberation.record (case_number, court_id, held_on, created_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(caseNumber, c.courtId(), LocalDate.now(clock), me.name()).query(Long.class).single();
        events.publishEvent(Recorded.onCase("DELIBERATION_OPENED", caseNumber, Map.of("record", id)));
        return id;
    }

    /** An issue to deliberate, with the proposal members vote on (同意 / 不同意 / 弃权); the question itself by default. */
    @Transactional
    public long addIssue(long recordId, String question, String proposal) {
        RecordSummary r = openRecord(recordId);
        member(caseOf(r.caseNumber()));
        if (question == null || question.isBlank()) throw DeliberationRefusal.invalid("question", "请填写评议的问题");
        String put = proposal == null || proposal.isBlank() ? null : proposal.strip();
        int seq = jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM deliberation.issue WHERE record_id = ?").param(recordId)
                .query(Integer.class).single();
        long id = jdbc.sql("INSERT INTO deliberation.issue (record_id, seq, question, proposal) VALUES (?, ?, ?, ?) RETURNING id")
                .params(recordId, seq, question.strip(), put).query(Long.class).single();
        events.publishEvent(Recorded.onCase("DELIBERATION_ISSUE_ADDED", r.caseNumber(), Map.of("record", recordId,
                "issue", question.strip(), "proposal", put == null ? question.strip() : put)));
        return id;
    }

    /** The signed-in member votes on an issue, an option with reasons; a non-member or a second vote is refused (409). */
    @Transactional
    public void vote(long recordId, long issueId, VoteChoice choice, String opinion) {
        RecordSummary r = openRecord(recordId);
        CaseView c = caseOf(r.caseNumber());
        Actor me = current.get();
        List<Ballot> cast = ballots(issueId);
        Set<Long> members = Set.copyOf(c.trialOrganisationIds());
        VotePolicy.enforce(VotePolicy.PANEL, VoteAttempt.ofPanel(me.staffId() == null ? -1 : me.staffId(), me.name(), members, cast));
        if (choice == null) throw DeliberationRefusal.invalid("choice", "请选择表决意见（同意、不同意或弃权）");
        String role = c.trialOrganisation().stream().filter(m -> m.staffId() == me.staffId()).map(CaseView.TrialMember::role)
                .findFirst().orElseThrow();
        int written = jdbc.sql("""
                INSERT INTO deliberation.opinion (record_id, issue_id, staff_id, name, trial_role, stance, choice, opinion, seq)
                SELECT ?, i.id, ?, ?, ?, ?, ?, ?, ? FROM deliberation.issue i WHERE i.id = ? AND i.record_id = ?
                """).params(recordId, me.staffId(), me.name(), role, choice.label(), choice.name(), opinion == null ? "" : opinion.strip(),
                cast.size() + 1, issueId, recordId).update();
        if (written == 0) throw DeliberationRefusal.notFound("评议问题 " + issueId);
        events.publishEvent(Recorded.onCase("DELIBERATION_VOTED", r.caseNumber(),
                Map.of("record", recordId, "issue", issueId, "choice", choice.label())));
    }

    /** The member signs; once all have signed, the record is permanent (the database refuses any later change). */
    @Transactional
    public void sign(long recordId) {
        RecordSummary r = openRecord(recordId);
        CaseView c = caseOf(r.caseNumber());
        Actor me = member(c);
        RecordView view = view(recordId);
        if (view.issues().isEmpty()) throw DeliberationRefusal.invalid("issues", "评议笔录没有评议问题，不能签名");
        String missing = view.issues().stream().flatMap(i -> c.trialOrganisation().stream()
                        .filter(m -> i.ballots().stream().noneMatch(b -> b.voterId() == m.staffId())).map(CaseView.TrialMember::name))
                .distinct().collect(Collectors.joining("、"));
        if (!missing.isEmpty()) throw DeliberationRefusal.unsigned(missing);
        jdbc.sql("INSERT INTO deliberation.signature (record_id, staff_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(recordId, me.staffId(), me.name()).update();
        events.publishEvent(Recorded.onCase("DELIBERATION_SIGNED", r.caseNumber(), Map.of("record", recordId)));
        long signatures = jdbc.sql("SELECT count(*) FROM deliberation.signature WHERE record_id = ?").param(recordId)
                .query(Long.class).single();
        if (signatures >= c.trialOrganisation().size()) {
            jdbc.sql("UPDATE deliberation.record SET status = 'SIGNED', signed_at = now() WHERE id = ?").param(recordId).update();
            Map<String, Object> outcome = new java.util.TreeMap<>();
            view.issues().forEach(i -> outcome.put("问题" + i.seq(), (i.tally().decided() ? i.tally().outcome(i.proposal()) : "未形成多数意见")
                    + (i.tally().minority().isEmpty() ? "" : "；少数意见：" + i.tally().minorityText())));
            events.publishEvent(Recorded.onCase("DELIBERATION_COMPLETED", r.caseNumber(), outcome));
        }
    }

    @Transactional(readOnly = true)
    public RecordView read(long recordId) {
        RecordSummary r = summary(recordId);
        requireRead(caseOf(r.caseNumber()));
        return view(recordId);
    }

    /** The case's records, newest first, for those who may read them (see {@link #mayRead(CaseView)}). */
    @Transactional(readOnly = true)
    public List<RecordSummary> ofCase(String caseNumber) {
        requireRead(caseOf(caseNumber));
        return jdbc.sql("SELECT id, case_number, held_on, status FROM deliberation.record WHERE case_number = ? ORDER BY id DESC")
                .param(caseNumber).query(RecordSummary.class).list();
    }

    /** Open records the person has voted in but not yet signed (workbench). */
    public List<RecordSummary> awaitingSignature(long staffId) {
        return jdbc.sql("""
                SELECT DISTINCT r.id, r.case_number, r.held_on, r.status FROM deliberation.record r
                JOIN deliberation.opinion o ON o.record_id = r.id AND o.staff_id = :staff
                WHERE r.status = 'OPEN'
                  AND NOT EXISTS (SELECT 1 FROM deliberation.signature s WHERE s.record_id = r.id AND s.staff_id = :staff)
                ORDER BY r.id
                """).param("staff", staffId).query(RecordSummary.class).list();
    }

    RecordView view(long recordId) {
        RecordSummary r = summary(recordId);
        CaseView c = caseOf(r.caseNumber());
        List<IssueView> issues = jdbc.sql("SELECT id, seq, question, proposal FROM deliberation.issue WHERE record_id = ? ORDER BY seq")
                .param(recordId).query((rs, i) -> {
                    List<Ballot> ballots = ballots(rs.getLong("id"));
                    String question = rs.getString("question");
                    String proposal = rs.getString("proposal");
                    return new IssueView(rs.getLong("id"), rs.getInt("seq"), question, proposal == null ? question : proposal, ballots,
                            Tally.of(ballots, MajorityRule.OF_VOTES_CAST, c.trialOrganisation().size()));
                }).list();
        List<Long> signedIds = jdbc.sql("SELECT staff_id FROM deliberation.signature WHERE record_id = ? ORDER BY signed_at")
                .param(recordId).query(Long.class).list();
        return new RecordView(r.id(), r.caseNumber(), r.heldOn(), r.status(), c.trialOrganisation(), issues,
                c.trialOrganisation().stream().filter(m -> signedIds.contains(m.staffId())).map(CaseView.TrialMember::name).toList(),
                c.trialOrganisation().stream().filter(m -> !signedIds.contains(m.staffId())).map(CaseView.TrialMember::name).toList());
    }

    private List<Ballot> ballots(long issueId) {
        return jdbc.sql("SELECT staff_id, name, choice, stance, opinion, seq FROM deliberation.opinion WHERE issue_id = ? ORDER BY seq")
                .param(issueId).query((rs, i) -> new Ballot(rs.getLong(1), rs.getString(2), Meetings.choiceOf(rs.getString(3)),
                        Meetings.legacy(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getInt(6)))
                .list();
    }

    private RecordSummary summary(long recordId) {
        return jdbc.sql("SELECT id, case_number, held_on, status FROM deliberation.record WHERE id = ?").param(recordId)
                .query(RecordSummary.class).optional().orElseThrow(() -> DeliberationRefusal.notFound("评议笔录 " + recordId));
    }

    /** The record, refused once signed: a signed record is never changed, in the service or in the database. */
    private RecordSummary openRecord(long recordId) {
        RecordSummary r = summary(recordId);
        if ("SIGNED".equals(r.status())) throw DeliberationRefusal.signed();
        return r;
    }

    /**
     * Who reads a case's deliberation records and ballots: the members of its trial organisation, whoever may see the
     * court's committee (the president and vice-presidents, committee members, the trial-management office; G-83…G-87),
     * and the power list's readers of deliberation records (the division's chief, G-89). Not everyone who may view the
     * case: the filing division and the diverter are refused (N-21, N-22).
     */
    public boolean mayRead(CaseView c) {
        Actor me = current.get();
        if (me.administrator()) return true;
        if (me.staffId() != null && c.trialOrganisationIds().contains(me.staffId())) return true;
        return guard.allows(me, Action.VIEW_COMMITTEE, PowerContext.court(c.courtId()))
                || guard.allows(me, Action.VIEW_DELIBERATION, CaseFiles.powerContext(c));
    }

    private void requireRead(CaseView c) {
        if (!mayRead(c)) guard.require(Action.VIEW_DELIBERATION, CaseFiles.powerContext(c));
    }

    /**
     * 合议庭评议 before signing — a case heard by a panel has a deliberation record signed by every member before its
     * judgment is signed (民诉法 第45条; 法发〔2015〕13号); a sole judge's case needs none.
     */
    public void requireSignedRecord(CaseView c) {
        if (!"PANEL".equals(c.triedBy())) return;
        long signed = jdbc.sql("SELECT count(*) FROM deliberation.record WHERE case_number = ? AND status = 'SIGNED'")
                .param(c.caseNumber()).query(Long.class).single();
        if (signed == 0) throw DeliberationRefusal.deliberationRequired(c.caseNumber());
    }

    private CaseView caseOf(String caseNumber) {
        return cases.find(caseNumber).orElseThrow(() -> DeliberationRefusal.notFound("案号 " + caseNumber));
    }

    /**
     * The signed-in person, who must be on the case's trial organisation: membership itself is the power to deliberate
     * (a people's assessor has no case-viewing grant but votes as a member, 人民陪审员法 第21条).
     */
    private Actor member(CaseView c) {
        Actor me = current.get();
        if (me.staffId() == null || !c.trialOrganisationIds().contains(me.staffId())) throw DeliberationRefusal.notMember(me.name());
        return me;
    }
}
