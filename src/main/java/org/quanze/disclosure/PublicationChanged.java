package org.quanze.disclosure;

import java.time.LocalDate;

/**
 * 文书上网状态变化 — published whenever a document's publication state changes (attached, published, withheld with its
 * notice, proposed, withdrawn, republished), for readers outside the module (statistics, evaluation, the public index).
 * {@code state} is one of PENDING, PUBLISHED, WITHHOLDING_PROPOSED, WITHHELD, WITHDRAWN; {@code dueOn} is the last day
 * of the 7 working days of 法释〔2016〕19号 第7条.
 */
public record PublicationChanged(long documentId, String caseNumber, long courtId, String state, LocalDate effectiveOn,
        LocalDate dueOn) {
}
