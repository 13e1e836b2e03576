package org.quanze.disclosure.domain;

/**
 * A statistical person-name recogniser, asked only where the document's own structure (a role word such as
 * 被害人 or 证人 before a name) leaves the end of the name open.
 */
@FunctionalInterface
public interface NameRecogniser {

    /** The length of the person name that begins at {@code at} in {@code text}, or 0 if none does. */
    int nameLengthAt(String text, int at);

    NameRecogniser NONE = (text, at) -> 0;
}
