package org.quanze.accountability.domain;

import java.time.Instant;

/**
 * 线索 — a clue of possible unlawful adjudication, with its preliminary review (初核) by the trial-management office
 * or the trial-supervision division. Nothing else: a clue opens no proceeding (意见 第3条).
 */
public record Clue(long id, long courtId, String caseNumber, ClueSource source, String description, String recordedBy,
        Instant recordedAt, PreliminaryReview review, int version) {

    /** 初核意见: whether to propose opening, with reasons. */
    public record PreliminaryReview(boolean proceed, String reasons, String by, Instant at) {
    }

    public Clue reviewed(boolean proceed, String reasons, String by, Instant at) {
        if (review != null) throw AccountabilityRefusal.rule("意见 第34条", "该线索已初核", "review");
        AccountabilityRefusal.requireText(reasons, "reasons", "初核意见");
        return new Clue(id, courtId, caseNumber, source, description, recordedBy, recordedAt,
                new PreliminaryReview(proceed, reasons.strip(), by, at), version);
    }
}
