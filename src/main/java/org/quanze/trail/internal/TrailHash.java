package org.quanze.trail.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.quanze.trail.TrailEvent;

/**
 * The chain rule: an event's hash is SHA-256 over its content and the previous event's hash. Fields are joined with
 * a unit separator and written with their lengths, so no two different events share an input.
 */
final class TrailHash {

    static final String GENESIS = "0".repeat(64);

    private TrailHash() {
    }

    static String of(TrailEvent e) {
        StringBuilder input = new StringBuilder();
        for (Object field : new Object[] {e.seq(), micros(e.occurredAt()), e.actor(), e.actorName(), e.post(),
                e.courtCode(), e.action(), e.targetType(), e.targetId(), e.caseNumber(), e.changes(),
                e.clientAddress(), e.prevHash()}) {
            String text = field == null ? "\u2400" : field.toString();
            input.append(text.length()).append(':').append(text).append('\u001f');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    /** PostgreSQL keeps microseconds: hash exactly what is stored. */
    static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }
}
