package org.quanze.trail;

import java.time.Instant;

/** One link of the trail as read back: who did what to what, when, from where, and the chain hashes. */
public record TrailEvent(
        long seq,
        Instant occurredAt,
        String actor,
        String actorName,
        String post,
        String courtCode,
        String action,
        String targetType,
        String targetId,
        String caseNumber,
        String changes,
        String clientAddress,
        String prevHash,
        String hash) {

    /** The event with who did it withheld (actor, name, post and address); the hashes stay, so the link still shows. */
    public TrailEvent withoutActor() {
        return new TrailEvent(seq, occurredAt, null, null, null, courtCode, action, targetType, targetId, caseNumber,
                changes, null, prevHash, hash);
    }

    /** Whether who did it is withheld from this reader. */
    public boolean actorWithheld() {
        return actor == null;
    }
}
