package org.quanze.disclosure.domain;

import java.time.Instant;

/** One version of a document's text as attached (文书版本): numbered from 1, never changed, all kept. */
public record DocumentVersion(int number, String text, String fileName, long attachedBy, String attachedByName, Instant attachedAt) {
}
