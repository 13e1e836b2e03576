package org.quanze.disclosure.domain;

/** The steps of a document's publication as the trail and its history record them (labels: {@code action.<NAME>}). */
public enum PublicationAction {
    JUDGMENT_DOCUMENT_ATTACHED,
    JUDGMENT_DOCUMENT_VERSION_ADDED,
    JUDGMENT_PUBLISHED,
    JUDGMENT_REPUBLISHED,
    JUDGMENT_WITHHOLDING_PROPOSED,
    JUDGMENT_WITHHELD,
    JUDGMENT_WITHHOLDING_APPROVED,
    JUDGMENT_WITHHOLDING_REJECTED,
    JUDGMENT_WITHDRAWN
}
