package org.quanze.supervision.web;

import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Actor;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.supervision.internal.FourKindsSupervision;
import org.quanze.supervision.internal.InterferenceRecords;
import org.quanze.supervision.internal.ProtectionRequests;
import org.springframework.stereotype.Component;

/**
 * The workbench's supervision lists: reports a leader asked the person's panel for, interference records waiting for
 * the person's office, and protection requests still open (the person's own, or the court's for the committee).
 */
@Component
class SupervisionPanel implements WorkbenchPanel {

    private final FourKindsSupervision fourKinds;
    private final InterferenceRecords interference;
    private final ProtectionRequests protection;

    SupervisionPanel(FourKindsSupervision fourKinds, InterferenceRecords interference, ProtectionRequests protection) {
        this.fourKinds = fourKinds;
        this.interference = interference;
        this.protection = protection;
    }

    @Override
    public int order() { return 60; }

    @Override
    public String template() { return "supervision/workbench"; }

    @Override
    public Optional<Map<String, Object>> data(Actor actor) {
        if (actor.staffId() == null) return Optional.empty();
        var requests = fourKinds.openRequests(actor);
        var toHandle = interference.toHandle(actor);
        var open = protection.visible(actor).stream().filter(r -> !"CLOSED".equals(r.status())).toList();
        if (requests.isEmpty() && toHandle.isEmpty() && open.isEmpty()) return Optional.empty();
        return Optional.of(Map.of("requests", requests, "toHandle", toHandle, "protection", open));
    }
}
