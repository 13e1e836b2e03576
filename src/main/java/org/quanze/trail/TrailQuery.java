package org.quanze.trail;

import java.time.Instant;

/** Filter of the trail page and export: person (username), case number, action, and a time window; all optional. */
public record TrailQuery(String actor, String caseNumber, String action, Instant from, Instant to) {

    public static TrailQuery forCase(String caseNumber) {
        return new TrailQuery(null, caseNumber, null, null, null);
    }
}
