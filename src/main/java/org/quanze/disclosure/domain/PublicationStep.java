package org.quanze.disclosure.domain;

import java.time.Instant;

/**
 * One step of a document's publication, as its history shows it and the trail records it: the action code (as on
 * the trail), who, when, the state it led to and the reason given (a withdrawal's, a non-publication's).
 */
public record PublicationStep(PublicationAction action, long by, String byName, Instant at, PublicationState state, String reason) {
}
