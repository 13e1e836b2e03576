package org.quanze.trail;

import java.time.Instant;

/**
 * 签名检查点 — a signed statement of the trail's head, as a Certificate Transparency log signs its tree head
 * (RFC 9162 §4.10): how many events the chain held, the sequence number and hash of the newest one, and when. It is
 * signed (Ed25519) with a key the database never holds, and kept in a file outside the database, so a rewrite of the
 * events it covers, a deletion at the end or a truncation contradicts it.
 *
 * @param count     events in the chain up to and including {@code seq}
 * @param seq       sequence number of the newest event covered (0 for an empty trail)
 * @param headHash  that event's hash ({@code 0…0} for an empty trail)
 * @param signedAt  when it was signed
 * @param keyId     first 16 hex digits of the SHA-256 of the public key, naming the key that signed
 * @param signature base64 of the Ed25519 signature over {@link #signedText()}
 */
public record TrailCheckpoint(long count, long seq, String headHash, Instant signedAt, String keyId, String signature) {

    /** The exact bytes signed: a versioned, unambiguous line (no field can contain the separator). */
    public String signedText() {
        return "quanze-trail-checkpoint/1|" + count + "|" + seq + "|" + headHash + "|" + signedAt;
    }
}
