package org.quanze.trail;

/**
 * Result of walking the chain against the signed checkpoints: intact or not, how many events were checked, how many
 * checkpoints were checked, the sequence number of the first event whose hash or link does not match (null when none),
 * the first checkpoint the events contradict (null when none), and a reason code ({@code trail.reason.*} messages).
 */
public record TrailVerification(boolean intact, long events, Long firstBroken, String reason, int checkpoints,
        TrailCheckpoint contradicted) {

    /** Reason codes, one per way a trail can fail verification. */
    public static final String LINK = "LINK";
    public static final String CONTENT = "CONTENT";
    public static final String ORDER = "ORDER";
    public static final String CHECKPOINT_HEAD = "CHECKPOINT_HEAD";
    public static final String CHECKPOINT_MISSING = "CHECKPOINT_MISSING";
    public static final String CHECKPOINT_SIGNATURE = "CHECKPOINT_SIGNATURE";
}
