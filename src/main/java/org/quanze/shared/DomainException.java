package org.quanze.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A refusal by a domain rule. Carries the HTTP status it maps to, a message key (messages*.properties)
 * with its arguments for the Chinese/English UI text, and, where the fault lies in input, the fields at fault.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] args;
    private final List<FieldError> errors;

    public DomainException(int status, String code, String defaultMessage, Object... args) {
        this(status, code, defaultMessage, List.of(), args);
    }

    public DomainException(int status, String code, String defaultMessage, List<FieldError> errors, Object... args) {
        super(defaultMessage);
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    /**
     * An import refused as a whole (422): the file's bad rows as listed, {@code total} of them in all — those not
     * listed counted in one more line — and nothing stored.
     */
    public static DomainException importRefused(String code, List<FieldError> listed, int total) {
        List<FieldError> errors = new ArrayList<>(listed);
        if (total > listed.size()) errors.add(new FieldError(null, "*", "另有 " + (total - listed.size()) + " 处错误未列出"));
        return new DomainException(422, code, "导入文件有 " + total + " 处错误，未保存任何数据", errors, total);
    }

    public int status() { return status; }

    /** Message key, also the problem type's last path segment. */
    public String code() { return code; }

    public Object[] args() { return args.clone(); }

    public List<FieldError> errors() { return errors; }

    /** One bad field, optionally in a numbered row of an imported file (row 1 = the first data row after the header). */
    public record FieldError(Integer row, String field, String reason) {
        public static FieldError of(String field, String reason) { return new FieldError(null, field, reason); }
    }
}
