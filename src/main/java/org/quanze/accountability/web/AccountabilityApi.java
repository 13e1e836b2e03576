package org.quanze.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.quanze.accountability.domain.Allocation;
import org.quanze.accountability.domain.Clue;
import org.quanze.accountability.domain.ClueSource;
import org.quanze.accountability.domain.EvidenceSource;
import org.quanze.accountability.domain.Exemption;
import org.quanze.accountability.domain.Finding;
import org.quanze.accountability.domain.NegligenceElement;
import org.quanze.accountability.domain.Proceeding;
import org.quanze.accountability.domain.Situation;
import org.quanze.accountability.internal.Proceedings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of accountability (审判责任认定与追究, issue 16). Every change may carry the version read in {@code If-Match}
 * (409 when stale); every read is written to the trail; a proceeding is seen only inside its circle (403).
 */
@RestController
@RequestMapping("/api/v1/accountability")
@Tag(name = "审判责任追究 Accountability")
class AccountabilityApi {

    private final Proceedings proceedings;

    AccountabilityApi(Proceedings proceedings) {
        this.proceedings = proceedings;
    }

    record NewClue(String caseNumber, ClueSource source, String description) {}
    record ClueReview(Boolean proceed, String reasons) {}
    record Opening(Long clueId, List<String> subjects, String reasons) {}
    record FindingBody(Finding finding, String reasons) {}
    record Investigators(List<String> investigators) {}
    record EvidenceBody(EvidenceSource source, String reference, String link, String summary) {}
    record SituationBody(Situation situation, List<Integer> evidence, String reasons) {}
    record ElementBody(NegligenceElement element, List<Integer> evidence, Boolean missing, String reasons) {}
    record ExemptionBody(Exemption exemption, Boolean applies, String reasons) {}
    record AllocationBody(Boolean panelMisreported, String misreportCitation, Boolean centralismBreached) {}
    record Report(String report) {}
    record Committee(List<Proceedings.MemberInput> members) {}
    record RecusalBody(String against, String reasons) {}
    record RecusalDecision(Integer no, Boolean granted, String reasons) {}
    record Hearing(String statement, String evidence, String defence) {}
    record Waiver(String reason) {}
    record Service(LocalDate servedOn) {}
    record Objection(String reasons) {}
    record Suspension(String staffNo, LocalDate from, String reasons) {}
    record Decisions(List<Proceedings.DecisionInput> decisions) {}
    record Appeal(String kind, String reasons) {}
    record Publication(String publication) {}
    record Created(long id) {}
    record Done(long id, String stage, int version) {}

    @Operation(summary = "登记线索（监察室、审判管理办公室）；线索本身不启动任何程序")
    @PostMapping("/clues")
    Created clue(@RequestBody NewClue body) {
        return new Created(proceedings.recordClue(body.caseNumber(), body.source(), body.description()));
    }

    @GetMapping("/clues")
    List<Clue> clues() { return proceedings.clues(); }

    @Operation(summary = "初核（审判管理办公室或审判监督庭）")
    @PostMapping("/clues/{id}/preliminary-review")
    Clue review(@PathVariable long id, @RequestBody ClueReview body) {
        if (body.proceed() == null) throw org.quanze.accountability.domain.AccountabilityRefusal.invalid("proceed", "请选择是否建议立案");
        return proceedings.reviewClue(id, body.proceed(), body.reasons());
    }

    @Operation(summary = "立案（监察室），指明当事人并说明理由；当事人即被告知")
    @PostMapping("/proceedings")
    Created open(@RequestBody Opening body) {
        if (body.clueId() == null) throw org.quanze.accountability.domain.AccountabilityRefusal.invalid("clueId", "请指明线索");
        return new Created(proceedings.open(body.clueId(), body.subjects(), body.reasons()));
    }

    @Operation(summary = "本人可见的程序（监察室、院长：本院；委员、当事法官：本人参与的）")
    @GetMapping("/proceedings")
    List<Proceedings.Summary> list() { return proceedings.visible(); }

    @Operation(summary = "程序详情；圈外人员 403；每次查看均留痕")
    @GetMapping("/proceedings/{id}")
    Proceeding.State get(@PathVariable long id) { return proceedings.read(id); }

    @GetMapping("/statistics")
    List<Proceedings.Statistic> statistics() { return proceedings.statistics(); }

    @PostMapping("/proceedings/{id}/investigation")
    Done investigate(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Investigators body) {
        proceedings.investigate(id, version(ifMatch), body.investigators());
        return done(id);
    }

    @PostMapping("/proceedings/{id}/evidence")
    Done evidence(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody EvidenceBody body) {
        proceedings.addEvidence(id, version(ifMatch), body.source(), body.reference(), body.link(), body.summary());
        return done(id);
    }

    @Operation(summary = "从平台汇集证据材料：案件留痕、评议笔录表决、审委会表决（每项链接来源）")
    @PostMapping("/proceedings/{id}/evidence/assemble")
    Map<String, Object> assemble(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return Map.of("added", proceedings.assembleEvidence(id, version(ifMatch)));
    }

    @PostMapping("/proceedings/{id}/situations")
    Done situation(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody SituationBody body) {
        proceedings.assessSituation(id, version(ifMatch), body.situation(), body.evidence(), body.reasons());
        return done(id);
    }

    @PostMapping("/proceedings/{id}/elements")
    Done element(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody ElementBody body) {
        proceedings.assessElement(id, version(ifMatch), body.element(), body.evidence(), Boolean.TRUE.equals(body.missing()), body.reasons());
        return done(id);
    }

    @PostMapping("/proceedings/{id}/exemptions")
    Done exemption(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody ExemptionBody body) {
        if (body.applies() == null) throw org.quanze.accountability.domain.AccountabilityRefusal.invalid("applies", "请回答是否适用");
        proceedings.answerExemption(id, version(ifMatch), body.exemption(), body.applies(), body.reasons());
        return done(id);
    }

    @Operation(summary = "依评议、表决记录提出责任分配建议（每项引用所依据的表决或步骤）")
    @PostMapping("/proceedings/{id}/allocation")
    List<Allocation.Share> allocation(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody AllocationBody body) {
        return proceedings.proposeAllocation(id, version(ifMatch), Boolean.TRUE.equals(body.panelMisreported()), body.misreportCitation(),
                Boolean.TRUE.equals(body.centralismBreached()));
    }

    @PostMapping("/proceedings/{id}/report")
    Done report(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Report body) {
        proceedings.reportToPresident(id, version(ifMatch), body.report());
        return done(id);
    }

    @PostMapping("/proceedings/{id}/committee")
    Done committee(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Committee body) {
        proceedings.constituteCommittee(id, version(ifMatch), body.members());
        return done(id);
    }

    @Operation(summary = "当事人申请回避（调查人员或委员）")
    @PostMapping("/proceedings/{id}/recusals")
    Created recusal(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody RecusalBody body) {
        return new Created(proceedings.applyForRecusal(id, version(ifMatch), body.against(), body.reasons()));
    }

    @Operation(summary = "决定回避申请（no：申请编号）")
    @PostMapping("/proceedings/{id}/recusal-decisions")
    Done recusalDecision(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody RecusalDecision body) {
        if (body.no() == null) throw org.quanze.accountability.domain.AccountabilityRefusal.invalid("no", "请指明回避申请编号");
        if (body.granted() == null) throw org.quanze.accountability.domain.AccountabilityRefusal.invalid("granted", "请选择是否准予回避");
        proceedings.decideRecusal(id, version(ifMatch), body.no(), body.granted(), body.reasons());
        return done(id);
    }

    @Operation(summary = "当事人陈述、举证、辩解")
    @PostMapping("/proceedings/{id}/hearing")
    Done hearing(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Hearing body) {
        proceedings.hear(id, version(ifMatch), body.statement(), body.evidence(), body.defence());
        return done(id);
    }

    @Operation(summary = "当事人放弃陈述、辩解（记录理由）")
    @PostMapping("/proceedings/{id}/hearing/waiver")
    Done hearingWaiver(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Waiver body) {
        proceedings.waiveHearing(id, version(ifMatch), body.reason());
        return done(id);
    }

    @Operation(summary = "惩戒委员会审查意见（秘书或监察室录入）；有当事人未经陈述、举证、辩解或未记录放弃的，409")
    @PostMapping("/proceedings/{id}/findings")
    Done finding(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody FindingBody body) {
        proceedings.recordFinding(id, version(ifMatch), body.finding(), body.reasons());
        return done(id);
    }

    @PostMapping("/proceedings/{id}/findings/service")
    Done serve(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Service body) {
        proceedings.serveFinding(id, version(ifMatch), body.servedOn());
        return done(id);
    }

    @Operation(summary = "当事人对审查意见提出异议（送达后规定期限内）")
    @PostMapping("/proceedings/{id}/objections")
    Done objection(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Objection body) {
        proceedings.object(id, version(ifMatch), body.reasons());
        return done(id);
    }

    @PostMapping("/proceedings/{id}/objections/waiver")
    Done objectionWaiver(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        proceedings.waiveObjection(id, version(ifMatch));
        return done(id);
    }

    @PostMapping("/proceedings/{id}/objections/decision")
    Done objectionDecision(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody FindingBody body) {
        proceedings.decideObjection(id, version(ifMatch), body.finding(), body.reasons());
        return done(id);
    }

    @Operation(summary = "暂停履行职务（法官法 第47条；院长）：停止分案与签发")
    @PostMapping("/proceedings/{id}/suspensions")
    Done suspend(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Suspension body) {
        proceedings.suspend(id, version(ifMatch), body.staffNo(), body.from(), body.reasons());
        return done(id);
    }

    @Operation(summary = "处理决定（院长）：停职、延期晋升、调离、退出员额、免职、责令辞职及处分")
    @PostMapping("/proceedings/{id}/consequences")
    Done decide(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Decisions body) {
        proceedings.decide(id, version(ifMatch), body.decisions());
        return done(id);
    }

    @Operation(summary = "当事人申请复议（REVIEW）或申诉（PETITION）")
    @PostMapping("/proceedings/{id}/appeals")
    Done appeal(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Appeal body) {
        proceedings.appeal(id, version(ifMatch), body.kind(), body.reasons());
        return done(id);
    }

    @Operation(summary = "澄清正名的公布（没有违反职责时）")
    @PostMapping("/proceedings/{id}/name-clearing")
    Done clearing(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody Publication body) {
        proceedings.recordClearingPublication(id, version(ifMatch), body.publication());
        return done(id);
    }

    @PostMapping("/proceedings/{id}/archive")
    Done archive(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        proceedings.archive(id, version(ifMatch));
        return done(id);
    }

    private static Integer version(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : org.quanze.shared.IfMatch.version(ifMatch);
    }

    private Done done(long id) {
        var s = proceedings.stateAfterChange(id);
        return new Done(id, s.stage().name(), s.version());
    }
}
