package org.quanze.trail.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values an event recorded, as people read them on the trail page: one "name value" per recorded field, instants
 * in the court's zone (2026-12-06 09:00), yes/no for flags, lists joined by 、 — never the stored JSON. The stored text
 * stays as it is (it is what the hash chain covers) and is still in the CSV export.
 */
public final class TrailChanges {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final ZoneId zone;

    TrailChanges(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** "label value；label value" in the reader's language. */
    public String describe(String json, Locale locale) {
        StringBuilder s = new StringBuilder();
        for (var field : fields(json).entrySet()) {
            if (!s.isEmpty()) s.append("；");
            String label = messages.getMessage("timeline.field." + field.getKey(), null, field.getKey(), locale);
            s.append(label).append(' ').append(value(field.getValue(), locale));
        }
        return s.toString();
    }

    private String value(Object value, Locale locale) {
        if (value == null) return "—";
        if (value instanceof Boolean b) return messages.getMessage("trail.value." + b, null, b.toString(), locale);
        if (value instanceof Collection<?> list) return String.join("、", list.stream().map(v -> value(v, locale)).toList());
        if (value instanceof Map<?, ?> map) {
            return String.join("，", map.entrySet().stream().map(e -> e.getKey() + " " + value(e.getValue(), locale)).toList());
        }
        String text = String.valueOf(value);
        return INSTANT.matcher(text).matches() ? MINUTES.format(Instant.parse(text).atZone(zone)) : text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(String json) {
        if (json == null || json.isBlank()) return Map.of();
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (RuntimeException notAnObject) {
            return Map.of("", json);
        }
    }

}
