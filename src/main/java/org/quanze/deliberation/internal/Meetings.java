package org.quanze.deliberation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.deliberation.domain.AdvisoryOnly;
import org.quanze.deliberation.domain.Ballot;
import org.quanze.deliberation.domain.DeliberationRefusal;
import org.quanze.deliberation.domain.MeetingKind;
import org.quanze.deliberation.domain.QuorumCheck;
import org.quanze.deliberation.domain.Specialty;
import org.quanze.deliberation.domain.Tally;
import org.quanze.deliberation.domain.TopicKind;
import org.quanze.deliberation.domain.VoteAttempt;
import org.quanze.deliberation.domain.VoteChoice;
import org.quanze.deliberation.domain.VotePolicy;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.Post;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专业法官会议 and 审判委员会: one meeting procedure for both — members, attendance and quorum, an agenda of cases and
 * topics, each member's vote in speaking order, and a conclusion that is advice (professional meeting) or a decision
 * binding the panel (committee). The difference is in {@link MeetingKind}, the quorum, the majority rule and who chairs.
 *
 * <p>Who does what: the committee of a court is chaired by its president, or by a vice-president the president has
 * delegated on record (人民法院组织法 第38条), and a case goes on its agenda with the president's approval (第39条); a
 * professional judges' meeting is chaired by whoever convened it (院长、副院长、庭长, 法发〔2021〕2号). The chair or the
 * body's secretary keeps attendance and recusals; each member casts their own vote, or the secretary records it naming
 * the member; only the chair concludes, withdraws or defers an item and ends the meeting. Every check comes before any
 * write, and every read obeys the same scope: members, the chair, the secretary and those the power list lets see the
 * court's committee.
 */
@Service
public class Meetings {

    /** 审判委员会 组成人员: 院长、副院长、委员、专职委员 (人民法院组织法 第36条). */
    public static final Set<Post> COMMITTEE_POSTS = EnumSet.of(Post.PRESIDENT, Post.VICE_PRESIDENT, Post.COMMITTEE_MEMBER,
            Post.FULL_TIME_COMMITTEE_MEMBER);

    private final JdbcClient jdbc;
    private final Organization organization;
    private final CaseFiles cases;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final DeliberationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(JdbcClient jdbc, Organization organization, CaseFiles cases, PowerGuard guard, CurrentActor current,
            DeliberationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.cases = cases;
        this.guard = guard;
        this.current = current;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A body; {@code id} is 0 for a court's committee that has not met yet (it is stored on its first meeting). */
    public record Body(long id, long courtId, String courtCode, MeetingKind kind, Specialty specialty, String name,
            Long secretaryStaffId) {
    }

    public record Member(long staffId, String staffNo, String name, String posts, boolean inQuota) {
    }

    public record MeetingView(long id, long bodyId, String reference, LocalDate heldOn, String chairName, Long chairStaffId,
            String status, String minutes, String recordingRef, String minutesSignedBy) {
        public boolean concluded() { return "CONCLUDED".equals(status); }
    }

    /**
     * @param disposition DECIDED, ADVISED, WITHDRAWN or DEFERRED once concluded; null while open
     */
    public record Item(long id, long bodyId, Long meetingId, TopicKind kind, String caseNumber, String title, String report,
            String proposal, String presenterName, String submittedBy, String approvedBy, String prevailing,
            String majorityText, String minorityText, Boolean binding, boolean concluded, String disposition,
            String dispositionReason, String followUp) {
    }

    public record Recusal(long staffId, String name, String reason) {
    }

    /**
     * @param voters  present members not recused who have not yet voted, in speaking order (the chair last)
     * @param quorum  the quorum for this item: a recused member does not count as present for it
     */
    public record ItemView(Item item, List<Ballot> ballots, Tally tally, List<Recusal> recusals, List<Member> voters,
            QuorumCheck quorum) {
        public boolean recused(long staffId) { return recusals.stream().anyMatch(r -> r.staffId() == staffId); }

        public boolean waitingFor(Long staffId) { return staffId != null && voters.stream().anyMatch(v -> v.staffId() == staffId); }
    }

    /**
     * What the signed-in person may do in this meeting.
     *
     * @param chair     chairs it (concludes, withdraws, defers, ends)
     * @param secretary the body's secretary (attendance, recusals, records votes naming the member)
     * @param approver  may put waiting cases on the agenda (for the committee: the president, 组织法 第39条)
     */
    public record Viewer(Long staffId, boolean chair, boolean secretary, boolean approver) {
        public boolean runs() { return chair || secretary; }
    }

    /** @param speakers the members present, in the order they may speak: the chair last (主持人最后发表意见). */
    public record MeetingPage(Body body, MeetingView meeting, List<Member> members, Set<Long> present, List<Member> speakers,
            QuorumCheck quorum, List<ItemView> items, List<Item> waiting, Viewer viewer, String secretaryName) {
    }

    // ---- bodies and members

    /** The court's 审判委员会 as it stands, without storing anything (a GET never creates). */
    public Body committee(String courtCode) {
        CourtView court = court(courtCode);
        return findCommittee(court.id()).orElseGet(() -> new Body(0, court.id(), court.code(), MeetingKind.COMMITTEE, null,
                court.name() + "审判委员会", null));
    }

    private Optional<Body> findCommittee(long courtId) {
        return jdbc.sql("SELECT * FROM deliberation.body WHERE court_id = ? AND kind = 'COMMITTEE'").param(courtId)
                .query(this::mapBody).optional();
    }

    /** The committee stored, created on first use; callers have checked the power to chair it. */
    private Body storedCommittee(CourtView court) {
        jdbc.sql("""
                INSERT INTO deliberation.body (court_id, court_code, kind, name) VALUES (?, ?, 'COMMITTEE', ?)
                ON CONFLICT DO NOTHING
                """).params(court.id(), court.code(), court.name() + "审判委员会").update();
        return findCommittee(court.id()).orElseThrow();
    }

    /** The court's committee for a submission (a write): stored if it has not met yet. */
    @Transactional
    public Body committeeForSubmission(String courtCode) {
        return storedCommittee(court(courtCode));
    }

    /** The court's committee for the person entitled to see it, or 403. */
    public Body committeeToView(String courtCode) {
        Body body = committee(courtCode);
        requireRead(body, null);
        return body;
    }

    /** Forms or re-forms a court's 专业法官会议 of a specialty with the given members (staff numbers), secretary first. */
    @Transactional
    public Body formProfessionalMeeting(Specialty specialty, List<String> staffNos) {
        Actor me = current.get();
        guard.require(Action.CONVENE_MEETING, PowerContext.court(me.courtId()));
        CourtView court = organization.court(me.courtCode()).orElseThrow();
        List<StaffView> staff = new ArrayList<>();
        for (String no : staffNos) {
            StaffView s = organization.staff(no.strip(), LocalDate.now(clock))
                    .orElseThrow(() -> DeliberationRefusal.invalid("members", "人员编号「" + no + "」不存在"));
            if (s.courtId() != court.id() || !s.inQuota()) {
                // the number the caller gave, never the person's name: another court's staff are not the caller's to see
                throw DeliberationRefusal.invalid("members", "人员编号「" + no.strip() + "」不是本院员额法官，不能成为专业法官会议成员");
            }
            staff.add(s);
        }
        jdbc.sql("""
                INSERT INTO deliberation.body (court_id, court_code, kind, specialty, name) VALUES (?, ?, 'PROFESSIONAL', ?, ?)
                ON CONFLICT DO NOTHING
                """).params(court.id(), court.code(), specialty.name(), court.name() + specialty.label() + "专业法官会议").update();
        Body body = jdbc.sql("SELECT * FROM deliberation.body WHERE court_id = ? AND kind = 'PROFESSIONAL' AND specialty = ?")
                .params(court.id(), specialty.name()).query(this::mapBody).single();
        jdbc.sql("DELETE FROM deliberation.body_member WHERE body_id = ?").param(body.id()).update();
        staff.forEach(s -> jdbc.sql("INSERT INTO deliberation.body_member (body_id, staff_id, staff_no, name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(body.id(), s.id(), s.staffNo(), s.name()).update());
        if (!staff.isEmpty()) {
            jdbc.sql("UPDATE deliberation.body SET secretary_staff_id = ? WHERE id = ?").params(staff.get(0).id(), body.id()).update();
        }
        events.publishEvent(Recorded.of("PROFESSIONAL_MEETING_FORMED", "MEETING_BODY", body.name(),
                Map.of("members", String.join(",", staffNos))));
        return body(body.id());
    }

    /**
     * The 专业法官会议 of the signed-in person's court that they may see (reads scoped like the meeting pages); none for
     * a person of no court, such as the administrator.
     */
    public List<Body> professionalBodiesToView() {
        Long courtId = current.get().courtId();
        if (courtId == null) return List.of();
        return professionalBodies(courtId).stream().filter(this::mayRead).toList();
    }

    public List<Body> professionalBodies(long courtId) {
        return jdbc.sql("SELECT * FROM deliberation.body WHERE court_id = ? AND kind = 'PROFESSIONAL' ORDER BY specialty")
                .param(courtId).query(this::mapBody).list();
    }

    public Body body(long id) {
        return jdbc.sql("SELECT * FROM deliberation.body WHERE id = ?").param(id).query(this::mapBody).optional()
                .orElseThrow(() -> DeliberationRefusal.notFound("议事机构 " + id));
    }

    /** Members with today's quota status: committee members from their posts, professional members as appointed. */
    public List<Member> members(Body body) {
        LocalDate today = LocalDate.now(clock);
        if (body.kind() == MeetingKind.COMMITTEE) {
            return organization.staffOf(body.courtCode(), today).stream()
                    .filter(s -> s.posts().stream().anyMatch(COMMITTEE_POSTS::contains))
                    .map(Meetings::member).toList();
        }
        return jdbc.sql("SELECT staff_no FROM deliberation.body_member WHERE body_id = ? ORDER BY staff_no").param(body.id())
                .query(String.class).list().stream()
                .map(no -> organization.staff(no, today)).flatMap(Optional::stream).map(Meetings::member).toList();
    }

    private static Member member(StaffView s) {
        return new Member(s.id(), s.staffNo(), s.name(),
                s.posts().stream().map(Post::label).sorted().reduce((a, b) -> a + "、" + b).orElse(s.role().label()), s.inQuota());
    }

    // ---- the committee's chair, delegation and secretary (人民法院组织法 第38条)

    /**
     * 院长委托副院长主持 — the president of the court (and only he) delegates a vice-president of the same court to
     * chair its committee; the delegation is on record until revoked.
     */
    @Transactional
    public void delegateChair(String courtCode, String staffNo, String reason) {
        CourtView court = court(courtCode);
        Actor me = current.get();
        if (!me.holds(Post.PRESIDENT) || !guard.allows(me, Action.CHAIR_COMMITTEE, PowerContext.court(court.id()))) {
            throw DeliberationRefusal.notChair(court.name());
        }
        StaffView vp = organization.staff(staffNo == null ? "" : staffNo.strip(), LocalDate.now(clock))
                .filter(s -> s.courtId() == court.id() && s.posts().contains(Post.VICE_PRESIDENT))
                .orElseThrow(() -> DeliberationRefusal.invalid("staffNo", "只能委托本院副院长主持审判委员会"));
        if (reason == null || reason.isBlank()) throw DeliberationRefusal.invalid("reason", "请填写委托事由");
        jdbc.sql("""
                INSERT INTO deliberation.chair_delegation (court_id, staff_id, name, delegated_by, reason) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(court.id(), vp.id(), vp.name(), me.name(), reason.strip()).update();
        events.publishEvent(Recorded.of("COMMITTEE_CHAIR_DELEGATED", "MEETING_BODY", court.name() + "审判委员会",
                Map.of("delegate", vp.name(), "by", me.name(), "reason", reason.strip())));
    }

    /** 审判委员会秘书 — appointed by whoever may chair the committee; records votes naming the member and signs the minutes. */
    @Transactional
    public void appointSecretary(String courtCode, String staffNo) {
        CourtView court = court(courtCode);
        requireChairOf(court);
        StaffView s = organization.staff(staffNo == null ? "" : staffNo.strip(), LocalDate.now(clock))
                .filter(x -> x.courtId() == court.id())
                .orElseThrow(() -> DeliberationRefusal.invalid("staffNo", "审判委员会秘书应为本院人员"));
        Body body = storedCommittee(court);
        jdbc.sql("UPDATE deliberation.body SET secretary_staff_id = ? WHERE id = ?").params(s.id(), body.id()).update();
        events.publishEvent(Recorded.of("COMMITTEE_SECRETARY_APPOINTED", "MEETING_BODY", body.name(), Map.of("secretary", s.name())));
    }

    /** May the signed-in person chair (and so convene) this court's committee: the president, or a delegated vice-president. */
    public boolean mayChairCommittee(long courtId) {
        Actor me = current.get();
        if (me.staffId() == null || !Long.valueOf(courtId).equals(me.courtId())) return false;
        if (me.holds(Post.PRESIDENT)) return guard.allows(me, Action.CHAIR_COMMITTEE, PowerContext.court(courtId));
        return me.holds(Post.VICE_PRESIDENT) && delegated(courtId, me.staffId());
    }

    private boolean delegated(long courtId, long staffId) {
        return jdbc.sql("SELECT count(*) FROM deliberation.chair_delegation WHERE court_id = ? AND staff_id = ? AND revoked_at IS NULL")
                .params(courtId, staffId).query(Long.class).single() > 0;
    }

    private void requireChairOf(CourtView court) {
        if (!mayChairCommittee(court.id())) throw DeliberationRefusal.notChair(court.name());
    }

    // ---- meetings

    /** Convenes the court's committee: only whoever may chair it, who then chairs the meeting. */
    @Transactional
    public long conveneCommittee(String courtCode, LocalDate heldOn) {
        CourtView court = court(courtCode);
        requireChairOf(court);
        return insertMeeting(storedCommittee(court), heldOn);
    }

    /** Convenes a meeting of a body; the convener chairs it. */
    @Transactional
    public long convene(long bodyId, LocalDate heldOn) {
        Body body = body(bodyId);
        if (body.kind() == MeetingKind.COMMITTEE) {
            requireChairOf(court(body.courtCode()));
        } else {
            guard.require(Action.CONVENE_MEETING, PowerContext.court(body.courtId()));
        }
        return insertMeeting(body, heldOn);
    }

    private long insertMeeting(Body body, LocalDate heldOn) {
        if (heldOn == null) throw DeliberationRefusal.invalid("heldOn", "请填写会议日期");
        Actor me = current.get();
        int n = jdbc.sql("SELECT count(*) + 1 FROM deliberation.meeting WHERE body_id = ? AND extract(year FROM held_on) = ?")
                .params(body.id(), heldOn.getYear()).query(Integer.class).single();
        String reference = body.name() + "〔" + heldOn.getYear() + "〕第" + n + "次会议";
        long id = jdbc.sql("""
                INSERT INTO deliberation.meeting (body_id, reference, held_on, chair_staff_id, chair_name) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(body.id(), reference, heldOn, me.staffId(), me.name()).query(Long.class).single();
        events.publishEvent(Recorded.of("MEETING_CONVENED", "MEETING", reference, Map.of("heldOn", heldOn.toString(), "chair", me.name())));
        return id;
    }

    public MeetingView meeting(long id) {
        return jdbc.sql("SELECT * FROM deliberation.meeting WHERE id = ?").param(id).query(this::mapMeeting).optional()
                .orElseThrow(() -> DeliberationRefusal.notFound("会议 " + id));
    }

    /** A body's meetings, for those who may see the body. */
    public List<MeetingView> meetingsOf(Body body) {
        if (body.id() == 0) return List.of();
        return jdbc.sql("SELECT * FROM deliberation.meeting WHERE body_id = ? ORDER BY held_on DESC, id DESC").param(body.id())
                .query(this::mapMeeting).list();
    }

    @Transactional(readOnly = true)
    public MeetingPage page(long meetingId) {
        MeetingView m = meeting(meetingId);
        Body body = body(m.bodyId());
        requireRead(body, m);
        Actor me = current.get();
        List<Member> members = members(body);
        Set<Long> present = present(meetingId);
        List<Member> speakers = members.stream().filter(x -> present.contains(x.staffId()))
                .sorted(Comparator.comparing((Member x) -> m.chairStaffId() != null && x.staffId() == m.chairStaffId()))
                .toList();
        List<ItemView> items = items("meeting_id = ?", meetingId).stream()
                .map(i -> itemView(body, m, i, members.size(), present, speakers)).toList();
        Viewer viewer = new Viewer(me.staffId(), isChair(m), isSecretary(body), mayApprove(body));
        String secretary = body.secretaryStaffId() == null ? null
                : organization.staff(body.secretaryStaffId(), LocalDate.now(clock)).map(StaffView::name).orElse(null);
        return new MeetingPage(body, m, members, present, speakers,
                settings.quorum(body.kind()).check(members.size(), present.size()), items,
                items("body_id = ? AND meeting_id IS NULL AND concluded_at IS NULL", body.id()), viewer, secretary);
    }

    /** 出席 — records who is present; only members can be present as members. The chair or the secretary keeps it. */
    @Transactional
    public void attendance(long meetingId, List<Long> staffIds) {
        MeetingView m = openMeeting(meetingId);
        Body body = body(m.bodyId());
        requireRunner(body, m);
        Map<Long, Member> members = new LinkedHashMap<>();
        members(body).forEach(x -> members.put(x.staffId(), x));
        for (Long id : staffIds) {
            if (!members.containsKey(id)) throw DeliberationRefusal.notMember(String.valueOf(id));
        }
        jdbc.sql("DELETE FROM deliberation.attendee WHERE meeting_id = ?").param(meetingId).update();
        for (Long id : staffIds) {
            jdbc.sql("INSERT INTO deliberation.attendee (meeting_id, staff_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(meetingId, id, members.get(id).name()).update();
        }
        events.publishEvent(Recorded.of("MEETING_ATTENDANCE", "MEETING", m.reference(),
                Map.of("present", staffIds.size(), "members", members.size())));
    }

    /**
     * A case submitted to a body with the report (提交审理报告) and the proposal put to the vote (拟处理意见): by a
     * member of its trial organisation (the 审判长 applies, 人民法院组织法 第39条) or by whoever may convene the body; it
     * waits for a meeting.
     */
    @Transactional
    public long submitCase(long bodyId, String caseNumber, String report, String proposal) {
        Body body = body(bodyId);
        CaseView c = cases.find(caseNumber).orElseThrow(() -> DeliberationRefusal.notFound("案号 " + caseNumber));
        Actor me = current.get();
        boolean onPanel = me.staffId() != null && c.trialOrganisationIds().contains(me.staffId());
        // asking is not deciding: a leader may ask, the committee's agenda needs the president's approval (schedule)
        if (!onPanel) guard.require(Action.CONVENE_MEETING, CaseFiles.powerContext(c));
        if (c.courtId() != body.courtId()) throw DeliberationRefusal.invalid("caseNumber", "该案不属于本院，不能提交本院会议");
        // a meeting advises or decides a case still being heard; a closed case is no longer the panel's to decide
        if (!c.open()) throw DeliberationRefusal.invalid("caseNumber", "该案已结案，不能再提交讨论");
        if (report == null || report.isBlank()) throw DeliberationRefusal.invalid("report", "请附审理报告");
        long id = insertItem(body, null, TopicKind.CASE, caseNumber, caseNumber, report, proposalOr(proposal, report), me.name(), me.name());
        events.publishEvent(Recorded.onCase(body.kind() == MeetingKind.COMMITTEE ? "SUBMITTED_TO_COMMITTEE"
                : "SUBMITTED_TO_PROFESSIONAL_MEETING", caseNumber, Map.of("body", body.name())));
        return id;
    }

    /**
     * Puts a waiting case on a meeting's agenda — for the committee this is the president's approval of the submission
     * (人民法院组织法 第39条; a delegated vice-president may give it); for a professional meeting its chair or secretary.
     * A concluded or already scheduled item is refused before anything is written.
     */
    @Transactional
    public void schedule(long itemId, long meetingId) {
        Item item = item(itemId);
        MeetingView m = openMeeting(meetingId);
        if (m.bodyId() != item.bodyId()) throw DeliberationRefusal.invalid("meeting", "议题不属于该会议");
        Body body = body(m.bodyId());
        if (!mayApprove(body, m)) {
            if (body.kind() == MeetingKind.COMMITTEE) guard.require(Action.APPROVE_COMMITTEE_SUBMISSION, PowerContext.court(body.courtId()));
            throw DeliberationRefusal.notRunning();
        }
        if (item.concluded()) throw DeliberationRefusal.invalid("item", "该议题已有结论，不能再列入议程");
        if (item.meetingId() != null) throw DeliberationRefusal.invalid("item", "该议题已列入会议议程");
        Actor me = current.get();
        jdbc.sql("UPDATE deliberation.agenda_item SET meeting_id = ?, approved_by = ? WHERE id = ?").params(meetingId, me.name(), itemId).update();
        if (item.caseNumber() != null) {
            events.publishEvent(Recorded.onCase("PUT_ON_AGENDA", item.caseNumber(), Map.of("meeting", m.reference(), "approvedBy", me.name())));
        }
    }

    /** A non-case topic: 总结审判经验, 类案指导, 参考性案例 (组织法 第37条). Added by the chair. */
    @Transactional
    public long addTopic(long meetingId, TopicKind kind, String title, String report, String proposal) {
        if (kind == null || kind.isCase()) throw DeliberationRefusal.invalid("kind", "案件须由审判组织提交");
        MeetingView m = openMeeting(meetingId);
        Body body = body(m.bodyId());
        requireChair(m);
        if (title == null || title.isBlank()) throw DeliberationRefusal.invalid("title", "请填写议题");
        Actor me = current.get();
        long id = insertItem(body, meetingId, kind, null, title.strip(), report == null ? "" : report,
                proposalOr(proposal, title), me.name(), me.name());
        events.publishEvent(Recorded.of("TOPIC_ADDED", "MEETING", m.reference(), Map.of("kind", kind.label(), "title", title.strip())));
        return id;
    }

    /**
     * A non-case topic another module refers to the court's committee — e.g. a dispute over a case quality review
     * (评查争议提交审委会研究) — waiting, like a submitted case, for the president's approval to go on an agenda
     * ({@link #schedule}). The referring module has checked its own power to refer.
     */
    @Transactional
    public long submitTopic(String courtCode, TopicKind kind, String title, String report) {
        if (kind == null || kind.isCase()) throw DeliberationRefusal.invalid("kind", "案件须由审判组织提交");
        if (title == null || title.isBlank()) throw DeliberationRefusal.invalid("title", "请填写议题");
        Body body = storedCommittee(court(courtCode));
        Actor me = current.get();
        long id = insertItem(body, null, kind, null, title.strip(), report == null ? title : report, proposalOr(null, title),
                me.name(), me.name());
        events.publishEvent(Recorded.of("TOPIC_SUBMITTED", "COMMITTEE", body.courtCode(), Map.of("kind", kind.label(), "title", title.strip())));
        return id;
    }

    /**
     * 回避 — records that a member is recused from an item (民诉法 第47条; 刑诉法 第29–32条): he does not vote on it and
     * does not count as present for its quorum. The chair or the secretary records it, with the reason, before he votes.
     */
    @Transactional
    public void recuse(long itemId, long staffId, String reason) {
        Item item = votable(itemId);
        MeetingView m = meeting(item.meetingId());
        Body body = body(item.bodyId());
        requireRunner(body, m);
        Member member = members(body).stream().filter(x -> x.staffId() == staffId).findFirst()
                .orElseThrow(() -> DeliberationRefusal.notMember(String.valueOf(staffId)));
        if (reason == null || reason.isBlank()) throw DeliberationRefusal.invalid("reason", "请填写回避事由");
        if (ballots(itemId).stream().anyMatch(b -> b.voterId() == staffId)) {
            throw DeliberationRefusal.invalid("staffId", "「" + member.name() + "」已就该议题表决，回避应在表决前决定");
        }
        Actor me = current.get();
        jdbc.sql("INSERT INTO deliberation.recusal (item_id, staff_id, name, reason, recorded_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(itemId, staffId, member.name(), reason.strip(), me.name()).update();
        Map<String, Object> data = Map.of("meeting", m.reference(), "member", member.name(), "reason", reason.strip());
        events.publishEvent(item.caseNumber() != null ? Recorded.onCase("MEETING_MEMBER_RECUSED", item.caseNumber(), data)
                : Recorded.of("MEETING_MEMBER_RECUSED", "MEETING", m.reference(), data));
    }

    /**
     * Records one member's vote — an option on the item's proposal with the reasons — in the order spoken. The member
     * casts it, or the body's secretary records it naming the member; nobody else votes in a member's name. The quorum
     * is checked before any vote; the voter must be a member, present, not recused, and not have voted; and in the
     * committee the chair votes last, only once every other member present has voted.
     */
    @Transactional
    public void vote(long itemId, long voterStaffId, VoteChoice choice, String opinion) {
        Item item = votable(itemId);
        MeetingView m = meeting(item.meetingId());
        Body body = body(m.bodyId());
        Actor me = current.get();
        List<Member> members = members(body);
        // a member's name only: a non-member may be of another court, whose staff the caller may not see
        String name = members.stream().filter(x -> x.staffId() == voterStaffId).map(Member::name).findFirst()
                .orElse(String.valueOf(voterStaffId));
        boolean own = me.staffId() != null && me.staffId() == voterStaffId;
        if (!own && !isSecretary(body)) throw DeliberationRefusal.notOwnVote(name);
        if (choice == null) throw DeliberationRefusal.invalid("choice", "请选择表决意见（同意、不同意或弃权）");
        List<Ballot> cast = ballots(itemId);
        Set<Long> present = present(m.id());
        Set<Long> recused = recusals(itemId).stream().map(Recusal::staffId).collect(Collectors.toSet());
        VoteAttempt attempt = new VoteAttempt(voterStaffId, name, Set.copyOf(members.stream().map(Member::staffId).toList()),
                present, recused, cast, body.kind() == MeetingKind.COMMITTEE ? m.chairStaffId() : null,
                itemQuorum(body, members.size(), present, recused));
        VotePolicy.enforce(VotePolicy.of(body.kind()), attempt);
        String reasons = opinion == null ? "" : opinion.strip();
        jdbc.sql("""
                INSERT INTO deliberation.meeting_vote (item_id, staff_id, name, speaking_order, stance, choice, opinion,
                    recorded_by_staff_id, recorded_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(itemId, voterStaffId, name, cast.size() + 1, choice.label(),
                choice.name(), reasons, own ? null : me.staffId(), own ? null : me.name()).update();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meeting", m.reference());
        data.put("member", name);
        data.put("order", cast.size() + 1);
        data.put("choice", choice.label());
        if (!own) data.put("recordedBy", me.name());
        events.publishEvent(item.caseNumber() != null ? Recorded.onCase("MEETING_VOTE", item.caseNumber(), data)
                : Recorded.of("MEETING_VOTE", "MEETING", m.reference(), data));
    }

    /** Concludes an item the way its body may: a committee decides, a professional meeting only advises. */
    @Transactional
    public Tally conclude(long itemId) {
        Body body = body(item(itemId).bodyId());
        return body.kind().binding() ? decide(itemId) : advise(itemId);
    }

    /**
     * 审判委员会的决定 — by the chair, by majority (configured rule) with a quorum; a case decision binds the panel and
     * is recorded on the case (人民法院组织法 第39条). A professional meeting calling this is refused: it never decides.
     */
    @Transactional
    public Tally decide(long itemId) {
        Item item = item(itemId);
        Body body = body(item.bodyId());
        AdvisoryOnly.requireBinding(body.kind());
        MeetingView m = concludable(item, body);
        Tally tally = tally(body, item);
        if (!tally.decided()) throw DeliberationRefusal.noMajority(tally.needed());
        store(item, tally, true, "DECIDED");
        if (item.caseNumber() != null) cases.recordCommitteeDecision(item.caseNumber(), m.reference());
        events.publishEvent(Recorded.of("COMMITTEE_DECIDED_ITEM", "MEETING", m.reference(),
                Map.of("item", item.title(), "decision", tally.outcome(proposal(item)), "minority", tally.minorityText())));
        return tally;
    }

    /** 专业法官会议的咨询意见 — majority and minority opinions go back to the panel, which decides (法发〔2021〕2号). */
    @Transactional
    public Tally advise(long itemId) {
        Item item = item(itemId);
        Body body = body(item.bodyId());
        MeetingView m = concludable(item, body);
        Tally tally = tally(body, item);
        store(item, tally, false, "ADVISED");
        Map<String, Object> data = Map.of("meeting", m.reference(),
                "majority", tally.decided() ? tally.outcome(proposal(item)) : "未形成多数意见", "minority", tally.minorityText());
        events.publishEvent(item.caseNumber() != null ? Recorded.onCase("PROFESSIONAL_MEETING_ADVICE", item.caseNumber(), data)
                : Recorded.of("PROFESSIONAL_MEETING_ADVICE", "MEETING", m.reference(), data));
        return tally;
    }

    /** 撤回 — the chair takes an item off the agenda for good, with the reason, so the meeting can end without it. */
    @Transactional
    public void withdraw(long itemId, String reason) {
        dispose(itemId, reason, "WITHDRAWN", "AGENDA_ITEM_WITHDRAWN");
    }

    /**
     * 暂缓 — the chair defers an item with the reason: it ends in this meeting without a conclusion, and a case goes back
     * to the waiting list as a new item (its votes in this meeting stay with the old one), to be approved again.
     */
    @Transactional
    public void defer(long itemId, String reason) {
        Item item = dispose(itemId, reason, "DEFERRED", "AGENDA_ITEM_DEFERRED");
        if (item.caseNumber() != null) {
            insertItem(body(item.bodyId()), null, item.kind(), item.caseNumber(), item.title(), item.report(), proposal(item),
                    item.presenterName(), item.submittedBy());
        }
    }

    private Item dispose(long itemId, String reason, String disposition, String action) {
        Item item = votable(itemId);
        MeetingView m = meeting(item.meetingId());
        requireChair(m);
        if (reason == null || reason.isBlank()) throw DeliberationRefusal.invalid("reason", "请填写撤回或暂缓的理由");
        jdbc.sql("""
                UPDATE deliberation.agenda_item SET disposition = ?, disposition_reason = ?, concluded_at = now()
                WHERE id = ? AND concluded_at IS NULL""").params(disposition, reason.strip(), itemId).update();
        Map<String, Object> data = Map.of("meeting", m.reference(), "item", item.title(), "reason", reason.strip());
        events.publishEvent(item.caseNumber() != null ? Recorded.onCase(action, item.caseNumber(), data)
                : Recorded.of(action, "MEETING", m.reference(), data));
        return item;
    }

    /**
     * Ends the meeting with its 纪要 and the audio/video record reference, signed by the chair and the secretary. Every
     * item must have a conclusion, or have been withdrawn or deferred — so a meeting can always be ended.
     */
    @Transactional
    public void concludeMeeting(long meetingId, String minutes, String recordingRef) {
        MeetingView m = openMeeting(meetingId);
        Body body = body(m.bodyId());
        requireChair(m);
        if (minutes == null || minutes.isBlank()) throw DeliberationRefusal.invalid("minutes", "请填写会议纪要");
        long open = jdbc.sql("SELECT count(*) FROM deliberation.agenda_item WHERE meeting_id = ? AND concluded_at IS NULL")
                .param(meetingId).query(Long.class).single();
        if (open > 0) throw DeliberationRefusal.invalid("items", "尚有 " + open + " 个议题未作出结论，请表决、撤回或暂缓");
        int members = members(body).size();
        String secretary = body.secretaryStaffId() == null ? null
                : organization.staff(body.secretaryStaffId(), LocalDate.now(clock)).map(StaffView::name).orElse(null);
        String signedBy = "主持人 " + m.chairName() + (secretary == null ? "" : "；秘书 " + secretary);
        jdbc.sql("""
                UPDATE deliberation.meeting SET status = 'CONCLUDED', minutes = ?, recording_ref = ?, member_count = ?,
                       minutes_signed_by = ?, concluded_at = now(), version = version + 1 WHERE id = ?""")
                .params(minutes.strip(), recordingRef == null ? null : recordingRef.strip(), members, signedBy, meetingId).update();
        events.publishEvent(Recorded.of("MEETING_CONCLUDED", "MEETING", m.reference(),
                Map.of("present", present(meetingId).size(), "members", members, "signedBy", signedBy,
                        "recording", recordingRef == null ? "" : recordingRef)));
    }

    /** 决定执行情况 — how the panel carried out a committee decision. */
    @Transactional
    public void followUp(long itemId, String text) {
        Item item = item(itemId);
        if (!Boolean.TRUE.equals(item.binding())) throw DeliberationRefusal.invalid("item", "只有审判委员会的决定需要登记执行情况");
        Actor me = current.get();
        boolean onPanel = item.caseNumber() != null && me.staffId() != null && cases.find(item.caseNumber())
                .map(c -> c.trialOrganisationIds().contains(me.staffId())).orElse(false);
        if (!onPanel) requireChair(meeting(item.meetingId()));
        if (text == null || text.isBlank()) throw DeliberationRefusal.invalid("followUp", "请填写执行情况");
        jdbc.sql("UPDATE deliberation.agenda_item SET follow_up = ?, followed_up_at = now() WHERE id = ?").params(text.strip(), itemId).update();
        if (item.caseNumber() != null) {
            events.publishEvent(Recorded.onCase("COMMITTEE_DECISION_CARRIED_OUT", item.caseNumber(), Map.of("followUp", text.strip())));
        }
    }

    // ---- for the workbench and the pages

    /** Open meetings the person is a member, the chair or the secretary of. */
    public List<MeetingView> toAttend(Actor actor) {
        if (actor.staffId() == null) return List.of();
        List<MeetingView> result = new ArrayList<>(jdbc.sql("""
                SELECT DISTINCT m.* FROM deliberation.meeting m JOIN deliberation.body b ON b.id = m.body_id
                WHERE m.status = 'OPEN' AND (m.chair_staff_id = :me OR b.secretary_staff_id = :me
                   OR EXISTS (SELECT 1 FROM deliberation.body_member bm WHERE bm.body_id = b.id AND bm.staff_id = :me)
                   OR (b.kind = 'COMMITTEE' AND b.court_id = :court AND :committee))
                ORDER BY m.held_on, m.id""").param("me", actor.staffId()).param("court", actor.courtId())
                .param("committee", actor.posts().stream().anyMatch(COMMITTEE_POSTS::contains))
                .query(this::mapMeeting).list());
        return result;
    }

    /** Cases submitted to the court's committee and not yet decided. */
    public List<Item> awaitingCommitteeDecision(long courtId) {
        return jdbc.sql("""
                SELECT i.* FROM deliberation.agenda_item i JOIN deliberation.body b ON b.id = i.body_id
                WHERE b.kind = 'COMMITTEE' AND b.court_id = ? AND i.kind = 'CASE' AND i.concluded_at IS NULL
                ORDER BY i.submitted_at""").param(courtId).query(this::mapItem).list();
    }

    /** May the signed-in person convene meetings of this body. */
    public boolean mayConvene(Body body) {
        if (body.kind() == MeetingKind.COMMITTEE) return mayChairCommittee(body.courtId());
        return mayConveneIn(body.courtId());
    }

    /** May the signed-in person convene (and form) professional judges' meetings in this court. */
    public boolean mayConveneIn(long courtId) {
        return guard.allows(current.get(), Action.CONVENE_MEETING, PowerContext.court(courtId));
    }

    /** Whether the signed-in person may read this body's meetings, votes and minutes. */
    public boolean mayRead(Body body) {
        return mayRead(body, null);
    }

    // ---- internals

    private boolean mayRead(Body body, MeetingView m) {
        Actor me = current.get();
        if (me.administrator()) return true;
        if (me.staffId() != null) {
            if (m != null && me.staffId().equals(m.chairStaffId())) return true;
            if (me.staffId().equals(body.secretaryStaffId())) return true;
            if (members(body).stream().anyMatch(x -> x.staffId() == me.staffId())) return true;
        }
        PowerContext court = PowerContext.court(body.courtId());
        if (guard.allows(me, Action.VIEW_COMMITTEE, court)) return true;
        return body.kind() == MeetingKind.PROFESSIONAL && guard.allows(me, Action.CONVENE_MEETING, court);
    }

    private void requireRead(Body body, MeetingView m) {
        if (!mayRead(body, m)) {
            // name the power-list rule where there is one: a refusal says why
            guard.require(Action.VIEW_COMMITTEE, PowerContext.court(body.courtId()));
            throw DeliberationRefusal.notVisible();
        }
    }

    private boolean isChair(MeetingView m) {
        Actor me = current.get();
        return me.staffId() != null && me.staffId().equals(m.chairStaffId());
    }

    private boolean isSecretary(Body body) {
        Actor me = current.get();
        return me.staffId() != null && me.staffId().equals(body.secretaryStaffId());
    }

    /** The committee's approver (组织法 第39条), or a professional meeting's chair or secretary. */
    private boolean mayApprove(Body body, MeetingView m) {
        if (body.kind() == MeetingKind.COMMITTEE) return mayApprove(body);
        return isChair(m) || isSecretary(body);
    }

    private boolean mayApprove(Body body) {
        if (body.kind() != MeetingKind.COMMITTEE) return false;
        Actor me = current.get();
        if (me.holds(Post.PRESIDENT)) return guard.allows(me, Action.APPROVE_COMMITTEE_SUBMISSION, PowerContext.court(body.courtId()));
        return mayChairCommittee(body.courtId());
    }

    private void requireChair(MeetingView m) {
        if (!isChair(m)) throw DeliberationRefusal.notRunning();
    }

    private void requireRunner(Body body, MeetingView m) {
        if (!isChair(m) && !isSecretary(body)) throw DeliberationRefusal.notRunning();
    }

    private Item votable(long itemId) {
        Item item = item(itemId);
        if (item.meetingId() == null) throw DeliberationRefusal.invalid("item", "议题尚未列入会议议程");
        if (item.concluded()) throw DeliberationRefusal.concluded();
        openMeeting(item.meetingId());
        return item;
    }

    private MeetingView concludable(Item item, Body body) {
        if (item.meetingId() == null) throw DeliberationRefusal.invalid("item", "议题尚未列入会议议程");
        if (item.concluded()) throw DeliberationRefusal.concluded();
        MeetingView m = openMeeting(item.meetingId());
        requireChair(m);
        Set<Long> recused = recusals(item.id()).stream().map(Recusal::staffId).collect(Collectors.toSet());
        Set<Long> present = present(m.id());
        QuorumCheck quorum = itemQuorum(body, members(body).size(), present, recused);
        if (!quorum.met()) throw DeliberationRefusal.noQuorum(quorum);
        // everyone present and not recused speaks before a conclusion, the chair last: nobody's turn is cut short
        Set<Long> voted = ballots(item.id()).stream().map(Ballot::voterId).collect(Collectors.toSet());
        long waiting = present.stream().filter(id -> !recused.contains(id) && !voted.contains(id)).count();
        if (waiting > 0) throw DeliberationRefusal.votesOutstanding((int) waiting);
        return m;
    }

    /** The item's quorum: members recused from it do not count as present (回避). */
    private QuorumCheck itemQuorum(Body body, int members, Set<Long> present, Set<Long> recused) {
        return settings.quorum(body.kind()).check(members, (int) present.stream().filter(id -> !recused.contains(id)).count());
    }

    private Tally tally(Body body, Item item) {
        return Tally.of(ballots(item.id()), settings.majority(body.kind()), members(body).size());
    }

    private void store(Item item, Tally tally, boolean binding, String disposition) {
        jdbc.sql("""
                UPDATE deliberation.agenda_item SET prevailing = ?, majority_text = ?, minority_text = ?, binding = ?,
                       disposition = ?, concluded_at = now() WHERE id = ?""")
                .params(tally.outcome(proposal(item)), tally.majorityText(), tally.minorityText(), binding, disposition, item.id())
                .update();
    }

    private ItemView itemView(Body body, MeetingView m, Item item, int members, Set<Long> present, List<Member> speakers) {
        List<Ballot> ballots = ballots(item.id());
        List<Recusal> recusals = recusals(item.id());
        Set<Long> recused = recusals.stream().map(Recusal::staffId).collect(Collectors.toSet());
        List<Member> voters = item.concluded() ? List.of() : speakers.stream()
                .filter(s -> !recused.contains(s.staffId()) && ballots.stream().noneMatch(b -> b.voterId() == s.staffId())).toList();
        return new ItemView(item, ballots, Tally.of(ballots, settings.majority(body.kind()), members), recusals, voters,
                itemQuorum(body, members, present, recused));
    }

    private MeetingView openMeeting(long id) {
        MeetingView m = meeting(id);
        if (m.concluded()) throw DeliberationRefusal.concluded();
        return m;
    }

    private CourtView court(String courtCode) {
        return organization.court(courtCode).orElseThrow(() -> DeliberationRefusal.notFound("法院 " + courtCode));
    }

    private Set<Long> present(long meetingId) {
        return Set.copyOf(jdbc.sql("SELECT staff_id FROM deliberation.attendee WHERE meeting_id = ?").param(meetingId)
                .query(Long.class).list());
    }

    private List<Recusal> recusals(long itemId) {
        return jdbc.sql("SELECT staff_id, name, reason FROM deliberation.recusal WHERE item_id = ? ORDER BY recorded_at")
                .param(itemId).query((rs, i) -> new Recusal(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private List<Ballot> ballots(long itemId) {
        return jdbc.sql("""
                SELECT staff_id, name, choice, stance, opinion, speaking_order, recorded_by_name FROM deliberation.meeting_vote
                WHERE item_id = ? ORDER BY speaking_order""")
                .param(itemId).query((rs, i) -> new Ballot(rs.getLong(1), rs.getString(2), choiceOf(rs.getString(3)),
                        legacy(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getInt(6), rs.getString(7)))
                .list();
    }

    /** Votes from before the options were introduced count as abstentions; their wording is kept as the reasons. */
    static VoteChoice choiceOf(String choice) {
        return choice == null ? VoteChoice.ABSTAIN : VoteChoice.valueOf(choice);
    }

    static String legacy(String choice, String stance, String opinion) {
        return choice == null ? stance + (opinion == null || opinion.isBlank() ? "" : "；" + opinion) : opinion;
    }

    private static String proposalOr(String proposal, String fallback) {
        return proposal == null || proposal.isBlank() ? fallback.strip() : proposal.strip();
    }

    private static String proposal(Item item) {
        return item.proposal() == null ? item.title() : item.proposal();
    }

    private long insertItem(Body body, Long meetingId, TopicKind kind, String caseNumber, String title, String report,
            String proposal, String presenter, String submittedBy) {
        return jdbc.sql("""
                INSERT INTO deliberation.agenda_item (body_id, meeting_id, kind, case_number, title, report, proposal,
                    presenter_name, submitted_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(body.id(), meetingId, kind.name(), caseNumber, title, report.strip(), proposal, presenter, submittedBy)
                .query(Long.class).single();
    }

    public Item item(long id) {
        return items("id = ?", id).stream().findFirst().orElseThrow(() -> DeliberationRefusal.notFound("议题 " + id));
    }

    /** {@code where} is one of this class's constant conditions with one parameter, never user text. */
    private List<Item> items(String where, long param) {
        return jdbc.sql("SELECT * FROM deliberation.agenda_item WHERE " + where + " ORDER BY id").param(param).query(this::mapItem).list();
    }

    private Item mapItem(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getLong("body_id"), rs.getObject("meeting_id", Long.class),
                TopicKind.valueOf(rs.getString("kind")), rs.getString("case_number"), rs.getString("title"), rs.getString("report"),
                rs.getString("proposal"), rs.getString("presenter_name"), rs.getString("submitted_by"), rs.getString("approved_by"),
                rs.getString("prevailing"), rs.getString("majority_text"), rs.getString("minority_text"),
                rs.getObject("binding", Boolean.class), rs.getObject("concluded_at") != null, rs.getString("disposition"),
                rs.getString("disposition_reason"), rs.getString("follow_up"));
    }

    private Body mapBody(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String specialty = rs.getString("specialty");
        return new Body(rs.getLong("id"), rs.getLong("court_id"), rs.getString("court_code"), MeetingKind.valueOf(rs.getString("kind")),
                specialty == null ? null : Specialty.valueOf(specialty), rs.getString("name"), rs.getObject("secretary_staff_id", Long.class));
    }

    private MeetingView mapMeeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MeetingView(rs.getLong("id"), rs.getLong("body_id"), rs.getString("reference"), rs.getObject("held_on", LocalDate.class),
                rs.getString("chair_name"), rs.getObject("chair_staff_id", Long.class), rs.getString("status"), rs.getString("minutes"),
                rs.getString("recording_ref"), rs.getString("minutes_signed_by"));
    }
}
