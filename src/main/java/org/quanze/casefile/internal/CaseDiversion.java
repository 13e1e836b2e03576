package org.quanze.casefile.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.diversion.Circumstance;
import org.quanze.casefile.domain.diversion.ComplexityRule;
import org.quanze.casefile.domain.diversion.DiversionFacts;
import org.quanze.casefile.domain.diversion.DiversionPolicy;
import org.quanze.casefile.domain.diversion.DiversionProposal;
import org.quanze.casefile.domain.diversion.Track;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 繁简分流 — proposes a track with its reasons (statutory exclusions first, then the court's complexity rules, else
 * presumed simple); the procedure diverter decides, and must give a reason to depart from the proposal. During trial
 * the judge may ask to re-divert, with a reason; each such request is counted.
 */
@Service
public class CaseDiversion {

    private final CaseStore store;
    private final Deadlines deadlines;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final DiversionPolicy policy = new DiversionPolicy();

    CaseDiversion(CaseStore store, Deadlines deadlines, PowerGuard guard, ApplicationEventPublisher events) {
        this.store = store;
        this.deadlines = deadlines;
        this.guard = guard;
        this.events = events;
    }

    public DiversionProposal propose(CaseView c) {
        return policy.propose(factsOf(c), currentRules());
    }

    /** The diverter's decision: a track and (optionally) a procedure; a departure from the proposal needs a reason. */
    @Transactional
    public CaseView divert(String caseNumber, int version, Track track, Procedure procedure, String reason) {
        CaseView c = store.get(caseNumber);
        guard.require(Action.DIVERT_CASE, PowerContext.court(c.courtId()));
        if (c.closedOn() != null) throw new DomainException(409, "case.closed", "案件已结案，不能分流");
        DiversionProposal proposal = propose(c);
        boolean departs = proposal.track() != track;
        if (departs && (reason == null || reason.isBlank())) {
            throw new DomainException(422, "diversion.reason", "分流结果与系统建议（" + proposal.track().label() + "）不同，必须填写理由",
                    List.of(FieldError.of("reason", "与建议不同时必须填写理由")));
        }
        Procedure chosen = procedure != null ? procedure : proposal.suggestedProcedure().orElse(Procedure.valueOf(c.procedure()));
        if (track == Track.SIMPLE && chosen == Procedure.SIMPLE && proposal.track() == Track.COMPLEX
                && proposal.reasons().stream().anyMatch(r -> r.code().startsWith("CPLI-257") || r.code().startsWith("ALL-82"))) {
            throw new DomainException(422, "diversion.excluded", "依法不得适用简易程序：" + proposal.reasons().get(0).description() + "（" + proposal.reasons().get(0).basis() + "）");
        }
        store.touch(c.id(), version);
        store.jdbc().sql("UPDATE casefile.case_file SET track = ?, track_reason = ?, procedure = ?, status = CASE WHEN status = 'FILED' THEN 'DIVERTED' ELSE status END WHERE id = ?")
                .params(track.name(), departs ? reason : String.join("；", proposal.reasons().stream().map(r -> r.description()).toList()),
                        chosen.name(), c.id()).update();
        deadlines.store(c.id());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("track", track.label());
        changes.put("procedure", chosen.label());
        changes.put("proposed", proposal.track().label());
        changes.put("proposalReasons", proposal.reasonCodes());
        if (departs) changes.put("overrideReason", reason);
        events.publishEvent(Recorded.onCase("CASE_DIVERTED", caseNumber, changes));
        return store.get(caseNumber);
    }

    /** 重新分流 — the handling judge asks, with a reason, to move the case to the other track; counted per case. */
    @Transactional
    public CaseView requestRediversion(String caseNumber, int version, String reason) {
        CaseView c = store.get(caseNumber);
        var actor = guard.require(Action.CHANGE_TRIAL_ORGANISATION, CaseFiles.powerContext(c));
        if (reason == null || reason.isBlank()) {
            throw new DomainException(422, "diversion.reason", "申请重新分流必须填写理由", List.of(FieldError.of("reason", "必填")));
        }
        if (c.track() == null) throw new DomainException(409, "diversion.none", "案件尚未分流");
        Track to = Track.valueOf(c.track()) == Track.SIMPLE ? Track.COMPLEX : Track.SIMPLE;
        store.touch(c.id(), version);
        store.jdbc().sql("INSERT INTO casefile.rediversion (case_id, from_track, to_track, reason, by_staff) VALUES (?, ?, ?, ?, ?)")
                .params(c.id(), c.track(), to.name(), reason, actor.staffId()).update();
        store.jdbc().sql("UPDATE casefile.case_file SET track = ?, track_reason = ? WHERE id = ?").params(to.name(), reason, c.id()).update();
        long count = store.jdbc().sql("SELECT count(*) FROM casefile.rediversion WHERE case_id = ?").param(c.id()).query(Long.class).single();
        events.publishEvent(Recorded.onCase("CASE_REDIVERTED", caseNumber, Map.of("from", c.track(), "to", to.name(), "reason", reason, "count", count)));
        return store.get(caseNumber);
    }

    public List<ComplexityRule> currentRules() {
        return store.jdbc().sql("SELECT code, name, cause_codes, min_amount, keywords, active, version FROM casefile.diversion_rule WHERE current ORDER BY code")
                .query((rs, i) -> new ComplexityRule(rs.getString(1), rs.getString(2),
                        Set.of((String[]) rs.getArray(3).getArray()), rs.getBigDecimal(4),
                        Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getBoolean(6), rs.getInt(7)))
                .list();
    }

    /** Edits a complexity rule by adding its next version (the old one stays for the record). */
    @Transactional
    public void saveRule(String code, String name, Set<String> causeCodes, BigDecimal minAmount, List<String> keywords,
            boolean active) {
        var actor = guard.require(Action.EDIT_POWER_LIST);
        try {
            new ComplexityRule(code, name, causeCodes, minAmount, keywords, active, 1);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(422, "diversion.rule", "繁简识别规则不完整：" + e.getMessage(),
                    List.of(FieldError.of("rule", String.valueOf(e.getMessage()))));
        }
        int next = store.jdbc().sql("SELECT coalesce(max(version), 0) + 1 FROM casefile.diversion_rule WHERE code = ?")
                .param(code).query(Integer.class).single();
        store.jdbc().sql("UPDATE casefile.diversion_rule SET current = false WHERE code = ? AND current").param(code).update();
        store.jdbc().sql("""
                INSERT INTO casefile.diversion_rule (code, version, name, cause_codes, min_amount, keywords, active, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, next, name, causeCodes.toArray(String[]::new), minAmount, keywords.toArray(String[]::new),
                        active, actor.username()).update();
        events.publishEvent(Recorded.of("DIVERSION_RULE_SAVED", "DIVERSION_RULE", code,
                Map.of("version", next, "name", name, "causes", causeCodes, "minAmount", String.valueOf(minAmount),
                        "keywords", keywords, "active", active)));
    }

    /** Diversion facts with the claim text and circumstances, which the case view does not carry. */
    DiversionFacts factsOf(CaseView c) {
        return store.jdbc().sql("SELECT claim_text, circumstances FROM casefile.case_file WHERE id = ?").param(c.id())
                .query((rs, i) -> {
                    Set<Circumstance> set = EnumSet.noneOf(Circumstance.class);
                    for (String s : (String[]) rs.getArray(2).getArray()) {
                        for (Circumstance k : Circumstance.values()) if (k.name().equals(s)) set.add(k);
                    }
                    return new DiversionFacts(c.category(), c.caseType(), c.causeCode(), c.causeName(), c.claimAmount(),
                            rs.getString(1), set);
                }).single();
    }
}
