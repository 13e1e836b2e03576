package org.quanze.casefile.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.trail.TrailEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case timeline in sentences: each trail event through its message {@code timeline.<ACTION>}, whose arguments are
 * the event's recorded values in the order {@link #ARGS} names; instants in the court's zone as 2026-12-06 09:00,
 * codes through their labels. An event without a sentence of its own still reads as its action and its values —
 * never as JSON.
 */
final class TimelineSentences {

    /** Which recorded values each sentence takes, in order ({0}, {1} …). */
    static final Map<String, List<String>> ARGS = Map.ofEntries(
            Map.entry("CASE_FILED", List.of("caseType", "cause", "filedOn", "deadline", "parties")),
            Map.entry("CASE_DIVERTED", List.of("track", "procedure", "proposed", "overrideReason")),
            Map.entry("CASE_REDIVERTED", List.of("from", "to", "reason")),
            Map.entry("CASE_RANDOM", List.of("handler")),
            Map.entry("CASE_DESIGNATED", List.of("handler", "reason")),
            Map.entry("CASE_REASSIGNED", List.of("handler", "reason")),
            Map.entry("TRIAL_ORGANISATION_SET", List.of("triedBy", "members", "reason")),
            Map.entry("DEADLINE_SUSPENDED", List.of("reason", "article", "from", "to", "deadline")),
            Map.entry("DEADLINE_EXTENDED", List.of("approver", "by", "length", "reason", "from", "to")),
            Map.entry("PROCEDURE_CHANGED", List.of("from", "to", "decidedOn", "reason", "deadline")),
            Map.entry("HEARING_SCHEDULED", List.of("at", "courtroom", "liveStreamed")),
            Map.entry("HEARING_HELD", List.of()),
            Map.entry("SERVICE_RECORDED", List.of("document", "addressee", "method", "servedOn", "note")),
            Map.entry("JUDGMENT_SIGNED", List.of("by")),
            Map.entry("JUDGMENT_SIGNATURE", List.of("by", "waitingFor")),
            Map.entry("MEMBER_RECUSED", List.of("member", "reason")),
            Map.entry("CASE_CLOSED", List.of("closedOn", "closeMethod", "withinDeadline")),
            Map.entry("CASE_ARCHIVED", List.of("archivedOn")),
            Map.entry("APPEAL_RECORDED", List.of("appealOn", "transferredOn")),
            Map.entry("CASE_TRANSFERRED", List.of("transferredOn", "to")),
            Map.entry("UPPER_COURT_OUTCOME", List.of("upperCase", "outcome")),
            Map.entry("RETRIAL_APPLIED", List.of("reviewCase")),
            Map.entry("COMMITTEE_DECIDED", List.of("meeting")),
            Map.entry("EXTENSION_REQUESTED", List.of("approver", "length", "reason", "deadline")),
            Map.entry("EXTENSION_REFUSED", List.of("by", "length", "reason")));

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern MEMBER_ROLE = Pattern.compile("\\((PRESIDING|HANDLING|MEMBER|ASSESSOR)\\)");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final ZoneId zone;

    TimelineSentences(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The event as one sentence in the reader's language. */
    String sentence(TrailEvent e, Locale locale) {
        Map<String, Object> values = values(e.changes());
        List<String> names = ARGS.get(e.action());
        if (names != null) {
            Object[] args = names.stream().map(name -> format(e.action(), name, values.get(name), locale)).toArray();
            try {
                return messages.getMessage("timeline." + e.action(), args, locale);
            } catch (NoSuchMessageException missing) {
                // fall through to the generic sentence
            }
        }
        StringBuilder s = new StringBuilder(messages.getMessage("action." + e.action(), null, e.action(), locale));
        String sep = "：";
        for (var v : values.entrySet()) {
            String label = messages.getMessage("timeline.field." + v.getKey(), null, "", locale);
            s.append(sep).append(label.isEmpty() ? "" : label + " ").append(format(e.action(), v.getKey(), v.getValue(), locale));
            sep = "；";
        }
        return s.toString();
    }

    private String format(String action, String name, Object value, Locale locale) {
        if (value == null) return "";
        if (value instanceof Boolean b) {
            return messages.getMessage("timeline.value." + name + "." + b, null, "", locale);
        }
        if (value instanceof Collection<?> list) {
            return String.join("、", list.stream().map(v -> format(action, name, v, locale)).toList());
        }
        String text = String.valueOf(value);
        if (INSTANT.matcher(text).matches()) return MINUTES.format(Instant.parse(text).atZone(zone));
        if ("method".equals(name)) return messages.getMessage("enum.ServiceMethod." + text, null, text, locale);
        if ("triedBy".equals(name)) return messages.getMessage("case.triedBy." + text, null, text, locale);
        Matcher role = MEMBER_ROLE.matcher(text);
        if (role.find()) {
            return role.replaceAll(m -> "（" + messages.getMessage("case.member." + m.group(1), null, m.group(1), locale) + "）");
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(String json) {
        if (json == null || json.isBlank()) return Map.of();
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (RuntimeException e) {
            return Map.of("", json);
        }
    }
}
