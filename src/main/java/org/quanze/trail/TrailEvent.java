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
}
