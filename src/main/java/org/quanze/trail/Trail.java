package org.quanze.trail;

import java.util.List;
import org.quanze.trail.internal.TrailService;
import org.springframework.stereotype.Service;

/** What other modules may read of the trail: a case's timeline. */
@Service
public class Trail {

    private final TrailService service;

    Trail(TrailService service) {
        this.service = service;
    }

    /** Every event of a case, oldest first. */
    public List<TrailEvent> timelineOf(String caseNumber) {
        List<TrailEvent> newestFirst = new java.util.ArrayList<>(service.find(TrailQuery.forCase(caseNumber), 10_000));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
