package org.quanze.supervision;

import org.quanze.authority.Actor;
import org.quanze.supervision.domain.RecorderProtection;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailVisibility;
import org.springframework.stereotype.Component;

/**
 * 记录人受保护 on the trail: the event of an interference record names its recorder as the actor, so the trail shows
 * who recorded it only to those who see the recorder on the record itself ({@link RecorderProtection#maySee}); to
 * everyone else — a president who may be the intervener included — the event appears without its actor.
 */
@Component
class InterferenceTrailVisibility implements TrailVisibility {

    static final String RECORDED = "INTERFERENCE_RECORDED";

    @Override
    public boolean concerns(String action) {
        return RECORDED.equals(action);
    }

    @Override
    public TrailEvent asSeenBy(Actor reader, TrailEvent event) {
        // the trail knows the recorder by account, not by staff id: the recorder sees their own event; otherwise the
        // rule is asked about a recorder who is not the reader, so only the handling offices and the administrator pass
        boolean ownRecord = reader.username().equals(event.actor());
        return ownRecord || RecorderProtection.maySee(reader, null) ? event : event.withoutActor();
    }
}
