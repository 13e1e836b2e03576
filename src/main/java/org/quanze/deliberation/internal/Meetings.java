package org.quanze.deliberation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * binding the panel (committee). The difference is in {@link MeetingKind}, the quorum and the majority rule.
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

    public record Body(long id, long courtId, String courtCode, MeetingKind kind, Specialty specialty, String name,
            Long secretaryStaffId) {
    }

    public record Member(long staffId, String staffNo, String name, String posts, boolean inQuota) {
    }

    public record MeetingView(long id, long bodyId, String reference, LocalDate heldOn, String chairName, Long chairStaffId,
            String status, String minutes, String recordingRef) {
        public boolean concluded() { return "CONCLUDED".equals(status); }
    }

    public record Item(long id, long bodyId, Long meetingId, TopicKind kind, String caseNumber, String title, String report,
            String presenterName, String submittedBy, String prevailing, String majorityText, String minorityText,
            Boolean binding, boolean concluded, String followUp) {
    }

    public record ItemView(Item item, List<Ballot> ballots, Tally tally) {
    }

    /** @param speakers the members present, in the order they may speak: the chair last (主持人最后发表意见). */
    public record MeetingPage(Body body, MeetingView meeting, List<Member> members, Set<Long> present, List<Member> speakers,
            QuorumCheck quorum, List<ItemView> items, List<Item> waiting) {
    }

    // ---- bodies and members

    /** The court's 审判委员会, created on first use. */
    @Transactional
    public Body committeeOf(String courtCode) {
        CourtView court = organization.court(courtCode).orElseThrow(() -> DeliberationRefusal.notFound("法院 " + courtCode));
        jdbc.sql("""
                INSERT INTO deliberation.body (court_id, court_code, kind, name) VALUES (?, ?, 'COMMITTEE', ?)
                ON CONFLICT DO NOTHING
                """).params(court.id(), court.code(), court.name() + "审判委员会").update();
        return jdbc.sql("SELECT * FROM deliberation.body WHERE court_id = ? AND kind = 'COMMITTEE'").param(court.id())
                .query(this::mapBody).single();
    }

    /** Forms or re-forms a court's 专业法官会议 of a specialty with the given members (staff numbers), secretary first. */
    @Transactional
    public Body formProfessionalMeeting(Specialty specialty, List<String> staffNos) {
        Actor me = current.get();
        guard.require(Action.CONVENE_MEETING, new PowerContext(me.courtId(), me.departmentId(), null, Set.of(), false));
        CourtView court = organization.court(me.courtCode()).orElseThrow();
        jdbc.sql("""
                INSERT INTO deliberation.body (court_id, court_code, kind, specialty, name) VALUES (?, ?, 'PROFESSIONAL', ?, ?)
                ON CONFLICT DO NOTHING
                """).params(court.id(), court.code(), specialty.name(), court.name() + specialty.label() + "专业法官会议").update();
        Body body = jdbc.sql("SELECT * FROM deliberation.body WHERE court_id = ? AND kind = 'PROFESSIONAL' AND specialty = ?")
                .params(court.id(), specialty.name()).query(this::mapBody).single();
        List<StaffView> staff = new ArrayList<>();
        for (String no : staffNos) {
            StaffView s = organization.staff(no.strip(), LocalDate.now(clock))
                    .orElseThrow(() -> DeliberationRefusal.invalid("members", "人员编号「" + no + "」不存在"));
            if (s.courtId() != court.id() || !s.inQuota()) {
                throw DeliberationRefusal.invalid("members", "「" + s.name() + "」不是本院员额法官，不能成为专业法官会议成员");
            }
            staff.add(s);
        }
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
                .map(no -> organization.staff(no, today)).flatMap(java.util.Optional::stream).map(Meetings::member).toList();
    }

    private static Member member(StaffView s) {
        return new Member(s.id(), s.staffNo(), s.name(),
                s.posts().stream().map(Post::label).sorted().reduce((a, b) -> a + "、" + b).orElse(s.role().label()), s.inQuota());
    }

    // ---- meetings

    @Transactional
    public long convene(long bodyId, LocalDate heldOn) {
        Body body = body(bodyId);
        Actor me = convener(body);
        int n = jdbc.sql("SELECT count(*) + 1 FROM deliberation.meeting WHERE body_id = ? AND extract(year FROM held_on) = ?")
                .params(bodyId, heldOn.getYear()).query(Integer.class).single();
        String reference = body.name() + "〔" + heldOn.getYear() + "〕第" + n + "次会议";
        long id = jdbc.sql("""
                INSERT INTO deliberation.meeting (body_id, reference, held_on, chair_staff_id, chair_name) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(bodyId, reference, heldOn, me.staffId(), me.name()).query(Long.class).single();
        events.publishEvent(Recorded.of("MEETING_CONVENED", "MEETING", reference, Map.of("heldOn", heldOn.toString())));
        return id;
    }

    public MeetingView meeting(long id) {
        return jdbc.sql("SELECT * FROM deliberation.meeting WHERE id = ?").param(id).query(this::mapMeeting).optional()
                .orElseThrow(() -> DeliberationRefusal.notFound("会议 " + id));
    }

    public List<MeetingView> meetingsOf(long bodyId) {
        return jdbc.sql("SELECT * FROM deliberation.meeting WHERE body_id = ? ORDER BY held_on DESC, id DESC").param(bodyId)
                .query(this::mapMeeting).list();
    }

    @Transactional(readOnly = true)
    public MeetingPage page(long meetingId) {
        MeetingView m = meeting(meetingId);
        Body body = body(m.bodyId());
        guard.require(Action.VIEW_CASE, PowerContext.court(body.courtId()));
        List<Member> members = members(body);
        Set<Long> present = present(meetingId);
        List<ItemView> items = items("meeting_id = ?", meetingId).stream().map(i -> itemView(body, i, members.size())).toList();
        List<Member> speakers = members.stream().filter(x -> present.contains(x.staffId()))
                .sorted(java.util.Comparator.comparing((Member x) -> x.staffId() == (m.chairStaffId() == null ? -1L : m.chairStaffId())))
                .toList();
        return new MeetingPage(body, m, members, present, speakers,
                settings.quorum(body.kind()).check(members.size(), present.size()), items,
                items("body_id = ? AND meeting_id IS NULL", body.id()));
    }

    /** 出席 — records who is present; only members can be present as members. */
    @Transactional
    public void attendance(long meetingId, List<Long> staffIds) {
        MeetingView m = openMeeting(meetingId);
        Body body = body(m.bodyId());
        convener(body);
        Map<Long, Member> members = new LinkedHashMap<>();
        members(body).forEach(x -> members.put(x.staffId(), x));
        jdbc.sql("DELETE FROM deliberation.attendee WHERE meeting_id = ?").param(meetingId).update();
        for (Long id : staffIds) {
            Member x = members.get(id);
            if (x == null) throw DeliberationRefusal.notMember(String.valueOf(id));
            jdbc.sql("INSERT INTO deliberation.attendee (meeting_id, staff_id, name) VALUES (?, ?, ?)")
                    .params(meetingId, id, x.name()).update();
        }
        events.publishEvent(Recorded.of("MEETING_ATTENDANCE", "MEETING", m.reference(),
                Map.of("present", staffIds.size(), "members", members.size())));
    }

    /**
     * A case submitted to a body with the report (提交审理报告): by a member of its trial organisation (the 审判长 applies,
     * 人民法院组织法 第39条) or by a court leader who may convene; it waits for a meeting.
     */
    @Transactional
    public long submitCase(long bodyId, String caseNumber, String report) {
        Body body = body(bodyId);
        CaseView c = cases.find(caseNumber).orElseThrow(() -> DeliberationRefusal.notFound("案号 " + caseNumber));
        Actor me = current.get();
        boolean onPanel = me.staffId() != null && c.trialOrganisationIds().contains(me.staffId());
        if (!onPanel) guard.require(Action.CONVENE_MEETING, CaseFiles.powerContext(c));
        if (c.courtId() != body.courtId()) throw DeliberationRefusal.invalid("caseNumber", "该案不属于本院，不能提交本院会议");
        if (report == null || report.isBlank()) throw DeliberationRefusal.invalid("report", "请附审理报告");
        long id = insertItem(body, null, TopicKind.CASE, caseNumber, caseNumber, report, me.name(), me.name());
        events.publishEvent(Recorded.onCase(body.kind() == MeetingKind.COMMITTEE ? "SUBMITTED_TO_COMMITTEE"
                : "SUBMITTED_TO_PROFESSIONAL_MEETING", caseNumber, Map.of("body", body.name())));
        return id;
    }

    /** Puts a waiting case on a meeting's agenda (for the committee: the president's approval, 组织法 第39条). */
    @Transactional
    public void schedule(long itemId, long meetingId) {
        Item item = item(itemId);
        MeetingView m = openMeeting(meetingId);
        if (m.bodyId() != item.bodyId()) throw DeliberationRefusal.invalid("meeting", "议题不属于该会议");
        convener(body(m.bodyId()));
        jdbc.sql("UPDATE deliberation.agenda_item SET meeting_id = ? WHERE id = ? AND concluded_at IS NULL").params(meetingId, itemId).update();
        if (item.caseNumber() != null) {
            events.publishEvent(Recorded.onCase("PUT_ON_AGENDA", item.caseNumber(), Map.of("meeting", m.reference())));
        }
    }

    /** A non-case topic: 总结审判经验, 类案指导, 参考性案例 (组织法 第37条). */
    @Transactional
    public long addTopic(long meetingId, TopicKind kind, String title, String report) {
        if (kind.isCase()) throw DeliberationRefusal.invalid("kind", "案件须由审判组织提交");
        MeetingView m = openMeeting(meetingId);
        Body body = body(m.bodyId());
        Actor me = convener(body);
        if (title == null || title.isBlank()) throw DeliberationRefusal.invalid("title", "请填写议题");
        long id = insertItem(body, meetingId, kind, null, title.strip(), report == null ? "" : report, me.name(), me.name());
        events.publishEvent(Recorded.of("TOPIC_ADDED", "MEETING", m.reference(), Map.of("kind", kind.label(), "title", title.strip())));
        return id;
    }

    /**
     * Records one member's opinion and vote, in the order spoken. The person at the keyboard is the convener or the
     * secretary; the voter must be a member, present, and not have voted on the item; after the chair nobody speaks.
     */
    @Transactional
    public void vote(long itemId, long voterStaffId, String stance, String opinion) {
        Item item = item(itemId);
        if (item.meetingId() == null) throw DeliberationRefusal.invalid("item", "议题尚未列入会议议程");
        if (item.concluded()) throw DeliberationRefusal.concluded();
        MeetingView m = openMeeting(item.meetingId());
        Body body = body(m.bodyId());
        recorder(body);
        if (stance == null || stance.isBlank()) throw DeliberationRefusal.invalid("stance", "请填写表决意见");
        List<Member> members = members(body);
        String name = members.stream().filter(x -> x.staffId() == voterStaffId).map(Member::name).findFirst()
                .orElseGet(() -> organization.staff(voterStaffId, LocalDate.now(clock)).map(StaffView::name).orElse(String.valueOf(voterStaffId)));
        List<Ballot> cast = ballots(itemId);
        VotePolicy.enforce(VotePolicy.of(body.kind()), new VoteAttempt(voterStaffId, name,
                Set.copyOf(members.stream().map(Member::staffId).toList()), present(m.id()), cast,
                body.kind() == MeetingKind.COMMITTEE ? m.chairStaffId() : null));
        jdbc.sql("""
                INSERT INTO deliberation.meeting_vote (item_id, staff_id, name, speaking_order, stance, opinion)
                VALUES (?, ?, ?, ?, ?, ?)""").params(itemId, voterStaffId, name, cast.size() + 1, stance.strip(),
                opinion == null ? "" : opinion.strip()).update();
        if (item.caseNumber() != null) {
            events.publishEvent(Recorded.onCase("MEETING_VOTE", item.caseNumber(),
                    Map.of("meeting", m.reference(), "member", name, "order", cast.size() + 1, "stance", stance.strip())));
        }
    }

    /** Concludes an item the way its body may: a committee decides, a professional meeting only advises. */
    @Transactional
    public Tally conclude(long itemId) {
        Body body = body(item(itemId).bodyId());
        return body.kind().binding() ? decide(itemId) : advise(itemId);
    }

    /**
     * 审判委员会的决定 — by majority (configured rule) with a quorum; a case decision binds the panel and is recorded
     * on the case (人民法院组织法 第39条). A professional meeting calling this is refused: it never decides.
     */
    @Transactional
    public Tally decide(long itemId) {
        Item item = item(itemId);
        Body body = body(item.bodyId());
        AdvisoryOnly.requireBinding(body.kind());
        MeetingView m = concludable(item, body);
        Tally tally = tally(body, item);
        if (!tally.decided()) throw DeliberationRefusal.noMajority(tally.needed());
        store(item, tally, true);
        if (item.caseNumber() != null) cases.recordCommitteeDecision(item.caseNumber(), m.reference());
        events.publishEvent(Recorded.of("COMMITTEE_DECIDED_ITEM", "MEETING", m.reference(),
                Map.of("item", item.title(), "decision", tally.prevailing(), "minority", tally.minorityText())));
        return tally;
    }

    /** 专业法官会议的咨询意见 — majority and minority opinions go back to the panel, which decides (法发〔2021〕2号). */
    @Transactional
    public Tally advise(long itemId) {
        Item item = item(itemId);
        Body body = body(item.bodyId());
        MeetingView m = concludable(item, body);
        Tally tally = tally(body, item);
        store(item, tally, false);
        if (item.caseNumber() != null) {
            events.publishEvent(Recorded.onCase("PROFESSIONAL_MEETING_ADVICE", item.caseNumber(), Map.of("meeting", m.reference(),
                    "majority", tally.decided() ? tally.majorityText() : "未形成多数意见", "minority", tally.minorityText())));
        }
        return tally;
    }

    /** 纪要 and the audio/video record reference; a meeting without quorum, or with open items, cannot conclude. */
    @Transactional
    public void concludeMeeting(long meetingId, String minutes, String recordingRef) {
        MeetingView m = openMeeting(meetingId);
        Body body = body(m.bodyId());
        convener(body);
        int members = members(body).size();
        QuorumCheck quorum = settings.quorum(body.kind()).check(members, present(meetingId).size());
        if (!quorum.met()) throw DeliberationRefusal.noQuorum(quorum);
        if (minutes == null || minutes.isBlank()) throw DeliberationRefusal.invalid("minutes", "请填写会议纪要");
        long open = jdbc.sql("SELECT count(*) FROM deliberation.agenda_item WHERE meeting_id = ? AND concluded_at IS NULL")
                .param(meetingId).query(Long.class).single();
        if (open > 0) throw DeliberationRefusal.invalid("items", "尚有 " + open + " 个议题未作出结论");
        jdbc.sql("""
                UPDATE deliberation.meeting SET status = 'CONCLUDED', minutes = ?, recording_ref = ?, member_count = ?,
                       concluded_at = now(), version = version + 1 WHERE id = ?""")
                .params(minutes.strip(), recordingRef == null ? null : recordingRef.strip(), members, meetingId).update();
        events.publishEvent(Recorded.of("MEETING_CONCLUDED", "MEETING", m.reference(),
                Map.of("present", quorum.present(), "members", members, "recording", recordingRef == null ? "" : recordingRef)));
    }

    /** 决定执行情况 — how the panel carried out a committee decision. */
    @Transactional
    public void followUp(long itemId, String text) {
        Item item = item(itemId);
        if (!Boolean.TRUE.equals(item.binding())) throw DeliberationRefusal.invalid("item", "只有审判委员会的决定需要登记执行情况");
        Actor me = current.get();
        boolean onPanel = item.caseNumber() != null && me.staffId() != null && cases.find(item.caseNumber())
                .map(c -> c.trialOrganisationIds().contains(me.staffId())).orElse(false);
        if (!onPanel) convener(body(item.bodyId()));
        if (text == null || text.isBlank()) throw DeliberationRefusal.invalid("followUp", "请填写执行情况");
        jdbc.sql("UPDATE deliberation.agenda_item SET follow_up = ?, followed_up_at = now() WHERE id = ?").params(text.strip(), itemId).update();
        if (item.caseNumber() != null) {
            events.publishEvent(Recorded.onCase("COMMITTEE_DECISION_CARRIED_OUT", item.caseNumber(), Map.of("followUp", text.strip())));
        }
    }

    // ---- for the workbench

    /** Open meetings the person is a member of. */
    public List<MeetingView> toAttend(Actor actor) {
        if (actor.staffId() == null) return List.of();
        List<MeetingView> result = new ArrayList<>(jdbc.sql("""
                SELECT m.* FROM deliberation.meeting m JOIN deliberation.body_member bm ON bm.body_id = m.body_id
                WHERE bm.staff_id = ? AND m.status = 'OPEN' ORDER BY m.held_on""").param(actor.staffId()).query(this::mapMeeting).list());
        if (actor.posts().stream().anyMatch(COMMITTEE_POSTS::contains)) {
            result.addAll(jdbc.sql("""
                    SELECT m.* FROM deliberation.meeting m JOIN deliberation.body b ON b.id = m.body_id
                    WHERE b.kind = 'COMMITTEE' AND b.court_id = ? AND m.status = 'OPEN' ORDER BY m.held_on""")
                    .param(actor.courtId()).query(this::mapMeeting).list());
        }
        return result;
    }

    /** Cases submitted to the court's committee and not yet decided. */
    public List<Item> awaitingCommitteeDecision(long courtId) {
        return jdbc.sql("""
                SELECT i.* FROM deliberation.agenda_item i JOIN deliberation.body b ON b.id = i.body_id
                WHERE b.kind = 'COMMITTEE' AND b.court_id = ? AND i.kind = 'CASE' AND i.concluded_at IS NULL
                ORDER BY i.submitted_at""").param(courtId).query(this::mapItem).list();
    }

    public boolean mayConvene(Body body) {
        return mayConveneIn(body.courtId());
    }

    /** May the signed-in person convene meetings (and form professional meetings) in this court. */
    public boolean mayConveneIn(long courtId) {
        Actor me = current.get();
        return guard.allows(me, Action.CONVENE_MEETING, new PowerContext(courtId, me.departmentId(), null, Set.of(), false));
    }

    // ---- internals

    private Actor convener(Body body) {
        Actor me = current.get();
        guard.require(me, Action.CONVENE_MEETING, new PowerContext(body.courtId(), me.departmentId(), null, Set.of(), false));
        return me;
    }

    /** The convener, or the professional meeting's secretary, records the votes. */
    private void recorder(Body body) {
        Actor me = current.get();
        if (body.secretaryStaffId() != null && body.secretaryStaffId().equals(me.staffId())) return;
        convener(body);
    }

    private MeetingView concludable(Item item, Body body) {
        if (item.meetingId() == null) throw DeliberationRefusal.invalid("item", "议题尚未列入会议议程");
        if (item.concluded()) throw DeliberationRefusal.concluded();
        MeetingView m = openMeeting(item.meetingId());
        convener(body);
        QuorumCheck quorum = settings.quorum(body.kind()).check(members(body).size(), present(m.id()).size());
        if (!quorum.met()) throw DeliberationRefusal.noQuorum(quorum);
        return m;
    }

    private Tally tally(Body body, Item item) {
        return Tally.of(ballots(item.id()), settings.majority(body.kind()), members(body).size());
    }

    private void store(Item item, Tally tally, boolean binding) {
        jdbc.sql("""
                UPDATE deliberation.agenda_item SET prevailing = ?, majority_text = ?, minority_text = ?, binding = ?,
                       concluded_at = now() WHERE id = ?""")
                .params(tally.prevailing(), tally.majorityText(), tally.minorityText(), binding, item.id()).update();
    }

    private ItemView itemView(Body body, Item item, int members) {
        List<Ballot> ballots = ballots(item.id());
        return new ItemView(item, ballots, Tally.of(ballots, settings.majority(body.kind()), members));
    }

    private MeetingView openMeeting(long id) {
        MeetingView m = meeting(id);
        if (m.concluded()) throw DeliberationRefusal.concluded();
        return m;
    }

    private Set<Long> present(long meetingId) {
        return Set.copyOf(jdbc.sql("SELECT staff_id FROM deliberation.attendee WHERE meeting_id = ?").param(meetingId)
                .query(Long.class).list());
    }

    private List<Ballot> ballots(long itemId) {
        return jdbc.sql("SELECT staff_id, name, stance, opinion, speaking_order FROM deliberation.meeting_vote WHERE item_id = ? ORDER BY speaking_order")
                .param(itemId).query((rs, i) -> new Ballot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    private long insertItem(Body body, Long meetingId, TopicKind kind, String caseNumber, String title, String report,
            String presenter, String submittedBy) {
        return jdbc.sql("""
                INSERT INTO deliberation.agenda_item (body_id, meeting_id, kind, case_number, title, report, presenter_name, submitted_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(body.id(), meetingId, kind.name(), caseNumber, title, report.strip(), presenter, submittedBy)
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
                rs.getString("presenter_name"), rs.getString("submitted_by"), rs.getString("prevailing"), rs.getString("majority_text"),
                rs.getString("minority_text"), rs.getObject("binding", Boolean.class), rs.getObject("concluded_at") != null,
                rs.getString("follow_up"));
    }

    private Body mapBody(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String specialty = rs.getString("specialty");
        return new Body(rs.getLong("id"), rs.getLong("court_id"), rs.getString("court_code"), MeetingKind.valueOf(rs.getString("kind")),
                specialty == null ? null : Specialty.valueOf(specialty), rs.getString("name"), rs.getObject("secretary_staff_id", Long.class));
    }

    private MeetingView mapMeeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MeetingView(rs.getLong("id"), rs.getLong("body_id"), rs.getString("reference"), rs.getObject("held_on", LocalDate.class),
                rs.getString("chair_name"), rs.getObject("chair_staff_id", Long.class), rs.getString("status"), rs.getString("minutes"),
                rs.getString("recording_ref"));
    }
}
