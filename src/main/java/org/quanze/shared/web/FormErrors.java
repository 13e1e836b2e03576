package org.quanze.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quanze.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What was wrong with a submitted form, field by field, in words people read: each field named by its label (the
 * message {@code <labelPrefix>.<field>}, e.g. {@code ir.intervenerName} → 干预人姓名), never by its code.
 * Built from the binding (a date that is no date, {@code @NotBlank}, {@code @Size}) and from a domain refusal's
 * field errors. The page re-renders its form with what was typed and
 * {@code templates/fragments/form.html} shows the messages: {@code summary(errors)} above the form and
 * {@code error(errors, 'field')} next to each field. Model attribute: {@value #ATTRIBUTE}.
 */
public final class FormErrors {

    public static final String ATTRIBUTE = "formErrors";

    /** One wrong field: its label and what is wrong, both in the person's language. */
    public record Problem(String field, String label, String message) {
        /** "干预人姓名：最多 50 个字" — for the list above the form. */
        public String sentence() { return label + "：" + message; }
    }

    private static final Set<String> REQUIRED = Set.of("NotBlank", "NotNull", "NotEmpty");

    private final Map<String, Problem> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();
    private final String labelPrefix;
    private final MessageSource messages;
    private final Locale locale;

    private FormErrors(String labelPrefix, MessageSource messages, Locale locale) {
        this.labelPrefix = labelPrefix;
        this.messages = messages;
        this.locale = locale;
    }

    /** The binding's errors (types, bean validation) labelled with {@code <labelPrefix>.<field>}. */
    public static FormErrors of(BindingResult binding, String labelPrefix, MessageSource messages, Locale locale) {
        FormErrors errors = new FormErrors(labelPrefix, messages, locale);
        for (FieldError e : binding.getFieldErrors()) {
            String code = e.getCode() == null ? "" : e.getCode();
            String message;
            if (REQUIRED.contains(code)) {
                message = messages.getMessage("form.required", null, locale);
            } else if ("Size".equals(code) && e.getArguments() != null && e.getArguments().length > 1) {
                message = messages.getMessage("form.tooLong", new Object[] {e.getArguments()[1]}, locale);
            } else {
                message = messages.getMessage("form.invalid", null, locale);
            }
            errors.add(e.getField(), message);
        }
        binding.getGlobalErrors().forEach(e -> errors.general.add(e.getDefaultMessage()));
        return errors;
    }

    /**
     * Adds a domain refusal: its field errors go to their fields, a refusal without fields is shown above the form.
     * The refusal's reasons are already sentences (they name the limit: "最多 50 个字").
     */
    public FormErrors add(DomainException refusal) {
        if (refusal.errors().isEmpty()) {
            general.add(messages.getMessage("error." + refusal.code(), refusal.args(), refusal.getMessage(), locale));
        }
        refusal.errors().forEach(e -> add(e.field(), e.reason()));
        return this;
    }

    private void add(String field, String message) {
        String label = messages.getMessage(labelPrefix + "." + field, null, null, locale);
        byField.putIfAbsent(field, new Problem(field, label == null ? messages.getMessage("form.field", null, locale) : label, message));
    }

    public boolean any() { return !byField.isEmpty() || !general.isEmpty(); }

    public boolean has(String field) { return byField.containsKey(field); }

    /** The message for one field, or null. */
    public String message(String field) {
        Problem p = byField.get(field);
        return p == null ? null : p.message();
    }

    public List<Problem> fields() { return List.copyOf(byField.values()); }

    public List<String> general() { return List.copyOf(general); }

    public int count() { return byField.size() + general.size(); }
}
