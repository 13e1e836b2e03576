package org.quanze.trail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.TreeMap;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.shared.Recorded;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailQuery;
import org.quanze.trail.TrailVerification;
import org.quanze.trail.TrailVisibility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each {@link Recorded} change into the chain, synchronously; reads it back as the reader may see it; verifies
 * the chain against the signed checkpoints; exports it whole.
 */
@Service
public class TrailService {

    private final TrailStore store;
    private final CurrentActor current;
    private final Clock clock;
    private final JsonMapper json;
    private final TrailCheckpoints checkpoints;
    private final PowerGuard guard;
    private final Organization organization;
    private final List<TrailVisibility> visibility;

    TrailService(TrailStore store, CurrentActor current, Clock clock, JsonMapper json, TrailCheckpoints checkpoints,
            PowerGuard guard, Organization organization, List<TrailVisibility> visibility) {
        this.store = store;
        this.current = current;
        this.clock = clock;
        this.json = json;
        this.checkpoints = checkpoints;
        this.guard = guard;
        this.organization = organization;
        this.visibility = visibility;
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

    /** Unscoped: for a case's timeline, whose reader the case page has already checked. */
    public List<TrailEvent> find(TrailQuery query, int limit) {
        return store.find(query, limit, null);
    }

    /**
     * The trail as the signed-in reader may see it: events of the courts in the reader's {@code VIEW_TRAIL} scope (the
     * court of the person who acted), each shown as its module's {@link TrailVisibility} allows. A filter by person
     * never matches an event whose actor is withheld from the reader.
     */
    public List<TrailEvent> findForReader(TrailQuery query, int limit) {
        Actor reader = require(Action.VIEW_TRAIL);
        List<String> courts = courtCodes(guard.scope(Action.VIEW_TRAIL));
        boolean byPerson = query.actor() != null && !query.actor().isBlank();
        return store.find(query, limit, courts).stream().map(e -> asSeenBy(reader, e)).filter(java.util.Objects::nonNull)
                .filter(e -> !(byPerson && e.actorWithheld())).toList();
    }

    /**
     * The signed-in person may use this trail power at all: the trail's grants are scoped by court
     * ({@code OWN_COURT_OR_LOWER}), so the question is asked of the person's own court.
     */
    public Actor require(Action action) {
        Actor me = current.get();
        guard.require(me, action, PowerContext.court(me.courtId()));
        return me;
    }

    /**
     * Whether the reader's export scope covers their whole province: the chain can only be exported, and verified,
     * whole, and a database holds one province (one instance per province), so that is the high court's offices.
     */
    public boolean mayExportAll() {
        DataScope scope = guard.scope(Action.EXPORT_TRAIL);
        if (scope.all()) return true;
        Long court = current.get().courtId();
        if (court == null) return false;
        Map<Long, CourtView> courts = organization.courts().stream().collect(Collectors.toMap(CourtView::id, c -> c));
        CourtView root = courts.get(court);
        while (root != null && root.parentId() != null) root = courts.get(root.parentId());
        return root != null && scope.courtIds().containsAll(organization.courtAndBelow(root.id()));
    }

    private TrailEvent asSeenBy(Actor reader, TrailEvent e) {
        for (TrailVisibility rule : visibility) {
            if (rule.concerns(e.action())) return rule.asSeenBy(reader, e);
        }
        return e;
    }

    /** Court codes of a scope; null for every court. */
    private List<String> courtCodes(DataScope scope) {
        if (scope.all()) return null;
        return organization.courts().stream().filter(c -> scope.courtIds().contains(c.id())).map(CourtView::code).toList();
    }

    /**
     * Verification for the signed-in reader: the whole chain is checked, but the broken event is named only when it
     * is of a court the reader may see.
     */
    @Transactional(readOnly = true)
    public TrailVerification verifyForReader() {
        require(Action.VIEW_TRAIL);
        TrailVerification v = verify();
        List<String> courts = courtCodes(guard.scope(Action.VIEW_TRAIL));
        if (v.firstBroken() == null || courts == null || store.ofCourts(v.firstBroken(), courts)) return v;
        return new TrailVerification(v.intact(), v.events(), null, v.reason(), v.checkpoints(), v.contradicted());
    }

    public List<String> actions() {
        return store.actions();
    }

    /**
     * Recomputes every hash and link in order, and checks the chain against every signed checkpoint in the file;
     * names the first event that does not match and the first checkpoint the events contradict.
     */
    @Transactional(readOnly = true)
    public TrailVerification verify() {
        TrailChain chain = TrailChain.against(checkpoints.all(), checkpoints.key().publicKey());
        store.forEachInOrder(chain::accept);
        return chain.result();
    }

    /**
     * The whole trail for keeping outside the platform: a ZIP with {@code events.jsonl} (every event in chain order),
     * {@code checkpoints.jsonl} (the checkpoint file as it is) and {@code trail-public-key.pem}. The offline verifier
     * checks it with a public key obtained separately.
     */
    @Transactional(readOnly = true)
    public void export(java.io.OutputStream out) throws java.io.IOException {
        try (var zip = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            var writer = new java.io.OutputStreamWriter(zip, java.nio.charset.StandardCharsets.UTF_8);
            zip.putNextEntry(new java.util.zip.ZipEntry(OfflineTrailVerifier.EVENTS));
            try {
                store.forEachInOrder(e -> {
                    try {
                        writer.write(TrailJson.line(e));
                        writer.write('\n');
                    } catch (java.io.IOException failed) {
                        throw new java.io.UncheckedIOException(failed);
                    }
                });
            } catch (java.io.UncheckedIOException failed) {
                throw failed.getCause();
            }
            writer.flush();
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry(OfflineTrailVerifier.CHECKPOINTS));
            if (java.nio.file.Files.exists(checkpoints.file())) java.nio.file.Files.copy(checkpoints.file(), zip);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry(OfflineTrailVerifier.PUBLIC_KEY));
            zip.write(checkpoints.key().publicPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
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
