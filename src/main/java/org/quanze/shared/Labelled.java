package org.quanze.shared;

/** An enumeration shown to people by its Chinese name, and read back from it (or from its code name) in files. */
public interface Labelled {

    String label();

    /** The constant whose Chinese label or code name is {@code text}; IllegalArgumentException when none is. */
    static <E extends Enum<E> & Labelled> E fromLabel(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.label().equals(text) || constant.name().equalsIgnoreCase(text)) return constant;
        }
        throw new IllegalArgumentException(text);
    }
}
