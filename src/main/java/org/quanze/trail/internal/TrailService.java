package org.quanze.trail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.shared.Recorded;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailQuery;
import org.quanze.trail.TrailVerification;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Writes each {@link Recorded} change into the chain, synchronously, and verifies the chain. */
@Service
public class TrailService {

    private final TrailStore store;
    private final CurrentActor current;
    private final Clock clock;
    private final JsonMapper json;

    TrailService(TrailStore store, CurrentActor current, Clock clock, JsonMapper json) {
        this.store = store;
        this.current = current;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Runs in the publisher's thread and transaction ({@code MANDATORY}: a change outside a transaction cannot be
     * recorded and is refused), so the change and its trail entry commit together or not at all.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(Recorded change) {
        Actor actor = current.find().orElse(null);
        TrailStore.Link last = store.lockAndReadLast();
        TrailEvent unsigned = new TrailEvent(last.seq() + 1, TrailHash.micros(Instant.now(clock)),
                actor == null ? "system" : actor.username(),
                actor == null ? "系统" : actor.name(),
                actor == null ? "系统" : actor.postLabels(),
                actor == null ? null : actor.courtCode(),
                change.action(), change.targetType(), change.targetId(), change.caseNumber(),
                json.writeValueAsString(new TreeMap<String, Object>(change.changes())),
                clientAddress(), last.hash(), null);
        store.insert(withHash(unsigned));
    }

    public List<TrailEvent> find(TrailQuery query, int limit) {
        return store.find(query, limit);
    }

    public List<String> actions() {
        return store.actions();
    }

    /** Recomputes every hash and link in order; names the first event that does not match. */
    @Transactional(readOnly = true)
    public TrailVerification verify() {
        var walk = new Object() {
            long count;
            String previous = TrailHash.GENESIS;
            Long broken;
            String reason;
        };
        store.forEachInOrder(e -> {
            walk.count++;
            if (walk.broken != null) return;
            if (!e.prevHash().equals(walk.previous)) {
                walk.broken = e.seq();
                walk.reason = "prev_hash does not match the hash of the event before";
            } else if (!TrailHash.of(e).equals(e.hash())) {
                walk.broken = e.seq();
                walk.reason = "content does not match its hash";
            }
            walk.previous = e.hash();
        });
        return new TrailVerification(walk.broken == null, walk.count, walk.broken, walk.reason);
    }

    private static TrailEvent withHash(TrailEvent e) {
        return new TrailEvent(e.seq(), e.occurredAt(), e.actor(), e.actorName(), e.post(), e.courtCode(), e.action(),
                e.targetType(), e.targetId(), e.caseNumber(), e.changes(), e.clientAddress(), e.prevHash(),
                TrailHash.of(e));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
