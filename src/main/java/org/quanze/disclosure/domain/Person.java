package org.quanze.disclosure.domain;

/** Who acts on a document: a staff member's id (to tell the proposer from the approver) and name (for the history). */
public record Person(long staffId, String name) {
}
