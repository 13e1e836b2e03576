package org.quanze.deliberation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerGuard;
import org.quanze.deliberation.domain.Specialty;
import org.quanze.deliberation.domain.Tally;
import org.quanze.deliberation.domain.TopicKind;
import org.quanze.deliberation.domain.VoteChoice;
import org.quanze.deliberation.internal.CollegialDeliberations;
import org.quanze.deliberation.internal.MeetingStatistics;
import org.quanze.deliberation.internal.Meetings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of deliberation: collegial records, professional judges' meetings and the adjudication committee. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "评议与会议 Deliberation")
class DeliberationApi {

    private final CollegialDeliberations records;
    private final Meetings meetings;
    private final MeetingStatistics statistics;
    private final PowerGuard guard;
    private final CurrentActor current;

    DeliberationApi(CollegialDeliberations records, Meetings meetings, MeetingStatistics statistics, PowerGuard guard,
            CurrentActor current) {
        this.records = records;
        this.meetings = meetings;
        this.statistics = statistics;
        this.guard = guard;
        this.current = current;
    }

    record OpenRecord(String caseNumber) {}
    record Issue(String question, String proposal) {}
    /** A vote: an option on the proposal and the reasons; {@code voterStaffId} defaults to the signed-in member. */
    record Vote(Long issueId, Long voterStaffId, VoteChoice choice, String opinion) {}
    record Reasoned(String reason) {}
    record Recusal(Long staffId, String reason) {}
    record Delegation(String staffNo, String reason) {}
    record Secretary(String staffNo) {}
    record Convene(LocalDate heldOn) {}
    record Attendance(List<Long> present) {}
    record Submission(String caseNumber, String report, String proposal) {}
    record Topic(TopicKind kind, String title, String report, String proposal) {}
    record Conclusion(String minutes, String recordingRef) {}
    record FollowUp(String text) {}
    record Form(Specialty specialty, List<String> members) {}
    record Created(long id) {}

    @PostMapping("/deliberations")
    Created open(@RequestBody OpenRecord body) { return new Created(records.open(body.caseNumber())); }

    @GetMapping("/deliberations/{id}")
    CollegialDeliberations.RecordView record(@PathVariable long id) { return records.read(id); }

    @PostMapping("/deliberations/{id}/issues")
    Created issue(@PathVariable long id, @RequestBody Issue body) { return new Created(records.addIssue(id, body.question(), body.proposal())); }

    @PostMapping("/deliberations/{id}/votes")
    Map<String, Object> vote(@PathVariable long id, @RequestBody Vote body) {
        if (body.issueId() == null) throw org.quanze.deliberation.domain.DeliberationRefusal.invalid("issueId", "请指明评议问题");
        records.vote(id, body.issueId(), body.choice(), body.opinion());
        return Map.of("ok", true);
    }

    @PostMapping("/deliberations/{id}/signatures")
    CollegialDeliberations.RecordView sign(@PathVariable long id) {
        records.sign(id);
        return records.read(id);
    }

    @PostMapping("/meetings/bodies")
    Meetings.Body form(@RequestBody Form body) { return meetings.formProfessionalMeeting(body.specialty(), body.members()); }

    @GetMapping("/meetings/bodies")
    List<Meetings.Body> bodies() { return meetings.professionalBodiesToView(); }

    @PostMapping("/meetings/bodies/{bodyId}/meetings")
    Created convene(@PathVariable long bodyId, @RequestBody Convene body) { return new Created(meetings.convene(bodyId, body.heldOn())); }

    @PostMapping("/meetings/bodies/{bodyId}/submissions")
    Created submit(@PathVariable long bodyId, @RequestBody Submission body) {
        return new Created(meetings.submitCase(bodyId, body.caseNumber(), body.report(), body.proposal()));
    }

    @GetMapping("/meetings/{id}")
    Meetings.MeetingPage meeting(@PathVariable long id) { return meetings.page(id); }

    @PostMapping("/meetings/{id}/attendance")
    Meetings.MeetingPage attendance(@PathVariable long id, @RequestBody Attendance body) {
        meetings.attendance(id, body.present());
        return meetings.page(id);
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}")
    Map<String, Object> schedule(@PathVariable long id, @PathVariable long itemId) {
        meetings.schedule(itemId, id);
        return Map.of("ok", true);
    }

    @PostMapping("/meetings/{id}/topics")
    Created topic(@PathVariable long id, @RequestBody Topic body) {
        return new Created(meetings.addTopic(id, body.kind(), body.title(), body.report(), body.proposal()));
    }

    /** The member's own vote, or the secretary's record of a member's vote ({@code voterStaffId} names the member). */
    @PostMapping("/meetings/items/{itemId}/votes")
    Map<String, Object> meetingVote(@PathVariable long itemId, @RequestBody Vote body) {
        Long me = current.get().staffId();
        Long voter = body.voterStaffId() != null ? body.voterStaffId() : me;
        if (voter == null) throw org.quanze.deliberation.domain.DeliberationRefusal.invalid("voterStaffId", "请指明表决的委员");
        meetings.vote(itemId, voter, body.choice(), body.opinion());
        return Map.of("ok", true);
    }

    @PostMapping("/meetings/items/{itemId}/recusals")
    Map<String, Object> recuse(@PathVariable long itemId, @RequestBody Recusal body) {
        meetings.recuse(itemId, body.staffId() == null ? -1 : body.staffId(), body.reason());
        return Map.of("ok", true);
    }

    /** 撤回 — the chair withdraws an item, with the reason. */
    @PostMapping("/meetings/items/{itemId}/withdrawal")
    Map<String, Object> withdraw(@PathVariable long itemId, @RequestBody Reasoned body) {
        meetings.withdraw(itemId, body.reason());
        return Map.of("ok", true);
    }

    /** 暂缓 — the chair defers an item, with the reason; a case goes back to the waiting list. */
    @PostMapping("/meetings/items/{itemId}/deferral")
    Map<String, Object> defer(@PathVariable long itemId, @RequestBody Reasoned body) {
        meetings.defer(itemId, body.reason());
        return Map.of("ok", true);
    }

    /** A professional meeting's item: advice goes back to the panel. */
    @PostMapping("/meetings/items/{itemId}/advice")
    Tally advise(@PathVariable long itemId) { return meetings.advise(itemId); }

    /** Binding decision: the committee's; refused for a professional meeting (advisory only). */
    @PostMapping({"/meetings/items/{itemId}/decision", "/committee/items/{itemId}/decision"})
    Tally decide(@PathVariable long itemId) { return meetings.decide(itemId); }

    @PostMapping("/meetings/items/{itemId}/follow-up")
    Map<String, Object> followUp(@PathVariable long itemId, @RequestBody FollowUp body) {
        meetings.followUp(itemId, body.text());
        return Map.of("ok", true);
    }

    @PostMapping("/meetings/{id}/conclusion")
    Meetings.MeetingPage conclude(@PathVariable long id, @RequestBody Conclusion body) {
        meetings.concludeMeeting(id, body.minutes(), body.recordingRef());
        return meetings.page(id);
    }

    /** The court's committee as it stands; reading it never creates it. */
    @GetMapping("/committee/{courtCode}")
    Map<String, Object> committee(@PathVariable String courtCode) {
        Meetings.Body body = meetings.committeeToView(courtCode);
        return Map.of("body", body, "members", meetings.members(body), "meetings", meetings.meetingsOf(body));
    }

    /** Convenes the court's committee: its president, or a vice-president he delegated (组织法 第38条). */
    @PostMapping("/committee/{courtCode}/meetings")
    Created conveneCommittee(@PathVariable String courtCode, @RequestBody Convene body) {
        return new Created(meetings.conveneCommittee(courtCode, body.heldOn()));
    }

    /** 院长委托副院长主持审判委员会 — recorded. */
    @PostMapping("/committee/{courtCode}/delegations")
    Map<String, Object> delegate(@PathVariable String courtCode, @RequestBody Delegation body) {
        meetings.delegateChair(courtCode, body.staffNo(), body.reason());
        return Map.of("ok", true);
    }

    @PostMapping("/committee/{courtCode}/secretary")
    Map<String, Object> secretary(@PathVariable String courtCode, @RequestBody Secretary body) {
        meetings.appointSecretary(courtCode, body.staffNo());
        return Map.of("ok", true);
    }

    @GetMapping("/committee/quota-report")
    List<MeetingStatistics.QuotaRow> quotaReport() {
        DataScope scope = guard.scope(Action.VIEW_STATISTICS);
        if (scope.empty()) guard.require(Action.VIEW_STATISTICS);
        return statistics.committeeQuota(scope.all() ? current.get().courtSubtreeIds() : scope.courtIds());
    }

    @GetMapping("/committee/statistics")
    List<MeetingStatistics.Usage> committeeStatistics() {
        return statistics.usage("COMMITTEE", scopeCourts());
    }

    @GetMapping("/meetings/statistics")
    List<MeetingStatistics.Usage> meetingStatistics() {
        return statistics.usage("PROFESSIONAL", scopeCourts());
    }

    private java.util.Set<Long> scopeCourts() {
        DataScope scope = guard.scope(Action.VIEW_STATISTICS);
        if (scope.empty()) guard.require(Action.VIEW_STATISTICS);
        return scope.all() ? current.get().courtSubtreeIds() : scope.courtIds();
    }
}
