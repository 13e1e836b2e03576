package org.quanze.disclosure.domain;

import java.util.List;

/** The anonymised text and the spans of the input that were changed, in input order. */
public record Anonymisation(String text, List<MaskSpan> spans) {

    public Anonymisation {
        spans = List.copyOf(spans);
    }

    /** Applies the spans to the input (they must be in order and must not overlap). */
    static Anonymisation apply(String input, List<MaskSpan> spans) {
        StringBuilder out = new StringBuilder(input.length());
        int at = 0;
        for (MaskSpan s : spans) {
            out.append(input, at, s.start()).append(s.replacement());
            at = s.end();
        }
        out.append(input, at, input.length());
        return new Anonymisation(out.toString(), spans);
    }
}
