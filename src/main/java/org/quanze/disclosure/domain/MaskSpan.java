package org.quanze.disclosure.domain;

/**
 * One change to the input: characters {@code [start, end)} of the input replaced by {@code replacement}
 * (empty for a deletion), with the article that requires it.
 */
public record MaskSpan(int start, int end, SpanType type, String replacement, String rule) {

    public MaskSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span " + start + "–" + end);
        }
    }

    boolean overlaps(int s, int e) { return s < end && start < e; }
}
