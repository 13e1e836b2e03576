package org.quanze.disclosure.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quanze.shared.Recorded;
import org.springframework.context.MessageSource;

/**
 * The steps of a case that are disclosed to its parties (审判流程公开: 立案、分案、开庭、审限变更、程序变更、结案、文书公开),
 * one per trail action, with the Chinese sentence a party reads. Whatever is not listed here — deliberation,
 * interference records, supervision, review, extension requests and the reasons typed for them — is never shown
 * nor sent. Free-text reasons stay inside the court; a suspension shows its statutory category.
 */
enum DisclosedStep {
    CASE_FILED("FILING", "filedOn"),
    CASE_RANDOM("ASSIGNMENT", null),
    CASE_DESIGNATED("ASSIGNMENT", null),
    CASE_REASSIGNED("ASSIGNMENT", null),
    TRIAL_ORGANISATION_SET("ASSIGNMENT", null),
    HEARING_SCHEDULED("HEARING", null),
    HEARING_HELD("HEARING", null),
    DEADLINE_EXTENDED("DEADLINE", null),
    DEADLINE_SUSPENDED("DEADLINE", "from"),
    PROCEDURE_CHANGED("PROCEDURE", "decidedOn"),
    SERVICE_RECORDED("SERVICE", "servedOn"),
    CASE_CLOSED("CLOSING", "closedOn"),
    DOCUMENT_PUBLISHED("DOCUMENT", null),
    JUDGMENT_PUBLISHED("DOCUMENT", null);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The kind a party sees: FILING, ASSIGNMENT, HEARING, DEADLINE, PROCEDURE, SERVICE, CLOSING, DOCUMENT. */
    final String kind;
    private final String dateField;

    DisclosedStep(String kind, String dateField) {
        this.kind = kind;
        this.dateField = dateField;
    }

    static Optional<DisclosedStep> of(Recorded change) {
        if (change.caseNumber() == null) return Optional.empty();
        for (DisclosedStep s : values()) if (s.name().equals(change.action())) return Optional.of(s);
        return Optional.empty();
    }

    /** The day the step happened: the date it names (filing, closing …), else today in the court's zone. */
    LocalDate on(Recorded change, LocalDate today) {
        Object value = dateField == null ? null : change.changes().get(dateField);
        try {
            return value == null ? today : LocalDate.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return today;
        }
    }

    /** The sentence in Chinese (message {@code portal.step.<ACTION>}), from the step's public fields only. */
    String text(Recorded change, MessageSource messages, ZoneId zone) {
        Map<String, ?> c = change.changes();
        Object[] args = switch (this) {
            case CASE_FILED -> new Object[] {s(c, "cause"), s(c, "deadline")};
            case CASE_RANDOM, CASE_DESIGNATED, CASE_REASSIGNED -> new Object[] {name(s(c, "handler"))};
            case HEARING_SCHEDULED -> new Object[] {at(s(c, "at"), zone), s(c, "courtroom"),
                    Boolean.parseBoolean(s(c, "liveStreamed")) ? messages.getMessage("portal.step.liveStreamed", null, Locale.CHINA) : ""};
            case DEADLINE_EXTENDED -> new Object[] {s(c, "approver"), s(c, "to")};
            case DEADLINE_SUSPENDED -> new Object[] {s(c, "reason"), s(c, "from"), s(c, "to"), s(c, "deadline")};
            case PROCEDURE_CHANGED -> new Object[] {s(c, "from"), s(c, "to"), s(c, "deadline")};
            case SERVICE_RECORDED -> new Object[] {s(c, "document"),
                    messages.getMessage("enum.ServiceMethod." + s(c, "method"), null, s(c, "method"), Locale.CHINA)};
            case CASE_CLOSED -> new Object[] {s(c, "closeMethod")};
            case DOCUMENT_PUBLISHED, JUDGMENT_PUBLISHED -> new Object[] {s(c, "title"), s(c, "url")};
            default -> new Object[0];
        };
        return messages.getMessage("portal.step." + name(), args, Locale.CHINA);
    }

    private static String s(Map<String, ?> changes, String key) {
        Object v = changes.get(key);
        return v == null ? "" : v.toString();
    }

    /** "J0102001 张三" → "张三": a staff number is internal. */
    private static String name(String staffNoAndName) {
        int space = staffNoAndName.indexOf(' ');
        return space < 0 ? staffNoAndName : staffNoAndName.substring(space + 1);
    }

    private static String at(String instant, ZoneId zone) {
        try {
            return DATE_TIME.format(Instant.parse(instant).atZone(zone));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }
}
