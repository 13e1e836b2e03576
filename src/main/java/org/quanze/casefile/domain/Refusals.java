package org.quanze.casefile.domain;

import java.util.List;

import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;

/**
 * One place that builds the domain's refusals, so every value object reports bad input the same way:
 * HTTP-style status 422, a dotted code for translation, a Chinese default message and the offending field.
 */
final class Refusals {

    /** 422 — the input is well-formed as a request but breaks a domain rule. */
    static final int UNPROCESSABLE = 422;

    private Refusals() {
    }

    static DomainException invalid(String code, String field, String message, Object... args) {
        return new DomainException(UNPROCESSABLE, code, message, List.of(FieldError.of(field, message)), args);
    }
}
