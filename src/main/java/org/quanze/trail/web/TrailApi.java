package org.quanze.trail.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailQuery;
import org.quanze.trail.TrailVerification;
import org.quanze.trail.internal.TrailService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The trail over JSON: events by filter, and the chain verification. */
@RestController
@RequestMapping("/api/v1/trail")
@Tag(name = "全程留痕 Trail")
class TrailApi {

    private final TrailService trail;
    private final PowerGuard guard;

    TrailApi(TrailService trail, PowerGuard guard) {
        this.trail = trail;
        this.guard = guard;
    }

    @GetMapping
    List<TrailEvent> events(@RequestParam(required = false) String actor, @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "500") int limit) {
        guard.require(Action.VIEW_TRAIL);
        return trail.find(new TrailQuery(actor, caseNumber, action, from, to), Math.min(Math.max(limit, 1), 10_000));
    }

    /** {@code {"intact":…,"events":…,"firstBroken":…}}. */
    @GetMapping("/verify")
    TrailVerification verify() {
        guard.require(Action.VIEW_TRAIL);
        return trail.verify();
    }
}
