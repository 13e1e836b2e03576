package org.quanze.casefile.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.springframework.context.MessageSource;

/**
 * A refusal as a form shows it: each wrong field named by its label ("当事人1 姓名：不能为空") in a list, and by its
 * form name so the page can mark the field. The API keeps the field codes ({@code parties[0].name}).
 *
 * @param message  the refusal's summary
 * @param lines    one labelled sentence per wrong field
 * @param byField  form field name → reason; party rows as {@code partyName0}, {@code partyRole0} …
 */
public record FormErrors(String message, List<String> lines, Map<String, String> byField) implements java.io.Serializable {

    private static final Pattern PARTY = Pattern.compile("parties\\[(\\d+)]\\.(\\w+)");

    static FormErrors of(DomainException e, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError f : e.errors()) {
            String field = f.field() == null ? "" : f.field();
            Matcher party = PARTY.matcher(field);
            String label;
            String name;
            if (party.matches()) {
                int row = Integer.parseInt(party.group(1));
                String part = party.group(2);
                label = messages.getMessage("case.field.party", new Object[] {row + 1}, locale) + " "
                        + messages.getMessage("case.field.party." + part, null, part, locale);
                name = "party" + Character.toUpperCase(part.charAt(0)) + part.substring(1).replace("Number", "") + row;
            } else {
                label = messages.getMessage("case.field." + field, null, field, locale);
                name = field;
            }
            lines.add(label + "：" + f.reason());
            byField.merge(name, f.reason(), (a, b) -> a + "；" + b);
        }
        return new FormErrors(e.getMessage(), List.copyOf(lines), new LinkedHashMap<>(byField));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }
}
