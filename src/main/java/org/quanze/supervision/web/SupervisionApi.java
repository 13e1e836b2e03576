package org.quanze.supervision.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerGuard;
import org.quanze.supervision.domain.FourKind;
import org.quanze.supervision.domain.ProtectionKind;
import org.quanze.supervision.domain.RiskLevel;
import org.quanze.supervision.domain.SupervisionActionKind;
import org.quanze.supervision.internal.FourKindsSupervision;
import org.quanze.supervision.internal.InterferenceRecords;
import org.quanze.supervision.internal.ProtectionRequests;
import org.quanze.supervision.domain.SupervisionRefusal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of supervision: four-kinds cases, interference records, judges' protection requests. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "监督管理 Supervision")
class SupervisionApi {

    private final FourKindsSupervision fourKinds;
    private final InterferenceRecords interference;
    private final ProtectionRequests protection;
    private final PowerGuard guard;
    private final CurrentActor current;

    SupervisionApi(FourKindsSupervision fourKinds, InterferenceRecords interference, ProtectionRequests protection,
            PowerGuard guard, CurrentActor current) {
        this.fourKinds = fourKinds;
        this.interference = interference;
        this.protection = protection;
        this.guard = guard;
        this.current = current;
    }

    record Flag(FourKind kind, String reason) {}
    record Step(SupervisionActionKind kind, String text) {}
    record Handling(String note) {}
    record Protection(ProtectionKind kind, String description, String caseNumber) {}
    record ProtectionHandling(int version, RiskLevel risk, String measures, boolean close, String closingNote) {}
    record Created(long id) {}

    @GetMapping("/four-kinds")
    List<FourKindsSupervision.Flag> flagged() { return fourKinds.flagged(guard.scope(Action.VIEW_CASE)); }

    @GetMapping("/four-kinds/{caseNumber}")
    Map<String, Object> ofCase(@PathVariable String caseNumber) {
        List<InterferenceRecords.Entry> records = interference.ofCase(caseNumber);
        return Map.of("flags", fourKinds.flags(caseNumber), "steps", fourKinds.steps(caseNumber), "interference", records);
    }

    @PostMapping("/four-kinds/{caseNumber}/flags")
    Created flag(@PathVariable String caseNumber, @RequestBody Flag body) {
        return new Created(fourKinds.flag(caseNumber, body.kind(), body.reason()));
    }

    @PostMapping("/four-kinds/{caseNumber}/actions")
    Created act(@PathVariable String caseNumber, @RequestBody Step body) {
        return new Created(fourKinds.act(caseNumber, body.kind(), body.text()));
    }

    /** Always refused: 院庭长不得直接改变合议庭的意见 (N-07). Exists so the refusal is visible and testable. */
    @PostMapping("/four-kinds/{caseNumber}/panel-decision")
    void changeDecision(@PathVariable String caseNumber) { fourKinds.changePanelDecision(caseNumber); }

    @PostMapping("/interference-records")
    Created record(@RequestBody InterferenceRecords.NewRecord body) { return new Created(interference.record(body)); }

    @GetMapping("/interference-records")
    List<InterferenceRecords.Entry> records() { return interference.forViewer(current.get()); }

    @PostMapping("/interference-records/{id}/handling")
    Map<String, Object> handle(@PathVariable long id, @RequestBody Handling body) {
        interference.handle(id, body.note());
        return Map.of("ok", true);
    }

    /** Records are permanent: no edit, no delete; a correction is a new record with {@code correctsId}. */
    @PutMapping("/interference-records/{id}")
    void edit(@PathVariable long id) { throw SupervisionRefusal.permanent(); }

    @DeleteMapping("/interference-records/{id}")
    void delete(@PathVariable long id) { throw SupervisionRefusal.permanent(); }

    @GetMapping("/interference-records/quarterly")
    List<InterferenceRecords.QuarterRow> quarterly(@RequestParam int year, @RequestParam int quarter) {
        return interference.quarter(current.get(), year, quarter);
    }

    @PostMapping("/protection-requests")
    Created protect(@RequestBody Protection body) {
        return new Created(protection.submit(body.kind(), body.description(), body.caseNumber()));
    }

    @GetMapping("/protection-requests")
    List<ProtectionRequests.Request> protections() { return protection.visible(current.get()); }

    @PostMapping("/protection-requests/{id}/handling")
    ProtectionRequests.Request handleProtection(@PathVariable long id, @RequestBody ProtectionHandling body) {
        protection.handle(id, body.version(), body.risk(), body.measures(), body.close(), body.closingNote());
        return protection.get(id);
    }
}
