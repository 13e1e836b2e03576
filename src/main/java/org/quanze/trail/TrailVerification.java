package org.quanze.trail;

/**
 * Result of walking the chain: intact or not, how many events were checked, and the sequence number of the first
 * event whose hash or link does not match (null when intact).
 */
public record TrailVerification(boolean intact, long events, Long firstBroken, String reason) {
}
