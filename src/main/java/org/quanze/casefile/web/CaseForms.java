package org.quanze.casefile.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.casefile.domain.ServiceMethod;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.SuspensionReason;
import org.quanze.casefile.domain.diversion.Track;

/**
 * The forms of the case page, one record per action, bound from the posted fields by name. Fields are kept as typed
 * (text), so that a refusal can put them back into the form; the accessors below read them as values and throw
 * {@link IllegalArgumentException} or {@link java.time.DateTimeException} for what is not one (the page then says the
 * input is invalid).
 */
final class CaseForms {

    private CaseForms() {
    }

    /** Every form carries the version the page read. */
    interface Versioned {
        String version();

        default int read() {
            return blank(version()) ? -1 : Integer.parseInt(version().trim());
        }
    }

    record DiversionForm(String version, String track, String procedure, String reason) implements Versioned {
        Track trackValue() { return Track.valueOf(track); }
        Procedure procedureValue() { return blank(procedure) ? null : Procedure.valueOf(procedure); }
    }

    record ReasonForm(String version, String reason) implements Versioned {
    }

    record StaffForm(String version, String staffNo, String reason) implements Versioned {
    }

    record OrganisationForm(String version, String triedBy, String presiding, List<String> members, String reason) implements Versioned {
    }

    record SuspensionForm(String version, String reason, String from, String to, String note) implements Versioned {
        SuspensionReason reasonValue() { return SuspensionReason.valueOf(reason); }
    }

    record ExtensionForm(String version, String months, String days, String reason) implements Versioned {
        int monthsValue() { return number(months); }
        int daysValue() { return number(days); }
    }

    record ExtensionDecisionForm(String version, String request, String decision, String decisionReason) implements Versioned {
        long requestValue() { return Long.parseLong(request); }
        boolean approve() { return "APPROVE".equals(decision); }
    }

    /** {@code partiesConsent}: the checkbox "当事人各方同意适用简易程序" (行政诉讼法 第82条第2款). */
    record ProcedureForm(String version, String procedure, String decidedOn, String reason, String partiesConsent) implements Versioned {
        Procedure procedureValue() { return Procedure.valueOf(procedure); }
        LocalDate decidedOnValue() { return date(decidedOn); }
        boolean consent() { return "on".equals(partiesConsent) || "true".equals(partiesConsent); }
    }

    record HearingForm(String version, String scheduledAt, String courtroom, String liveStreamed) implements Versioned {
        Instant at(ZoneId zone) { return blank(scheduledAt) ? null : LocalDateTime.parse(scheduledAt).atZone(zone).toInstant(); }
        boolean live() { return "on".equals(liveStreamed); }
    }

    /** {@code consent}: the checkbox "受送达人同意电子送达" (民事诉讼法 第90条). */
    record ServiceForm(String version, String document, String addressee, String method, String servedOn, String consent,
            String note) implements Versioned {
        ServiceMethod methodValue() { return blank(method) ? null : ServiceMethod.valueOf(method); }
        LocalDate servedOnValue() { return date(servedOn); }
        boolean consented() { return "on".equals(consent) || "true".equals(consent); }
    }

    record HearingHeldForm(String version, String hearing) implements Versioned {
        long hearingValue() { return Long.parseLong(hearing); }
    }

    record ClosingForm(String version, String closedOn, String closeMethod, String reviewResult, String originalCaseNumber) implements Versioned {
        LocalDate closedOnValue() { return date(closedOn); }
    }

    record ArchivingForm(String version, String archivedOn) implements Versioned {
        LocalDate archivedOnValue() { return date(archivedOn); }
    }

    record AppealForm(String version, String appealOn, String transferredOn) implements Versioned {
        LocalDate appealOnValue() { return date(appealOn); }
        LocalDate transferredOnValue() { return date(transferredOn); }
    }

    record TransferForm(String version, String transferredOn) implements Versioned {
        LocalDate transferredOnValue() { return date(transferredOn); }
    }

    /** What was typed, field by field, to put back into the form after a refusal. */
    static Map<String, String> typed(Record form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (RecordComponent c : form.getClass().getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(form);
                if (value instanceof String s) typed.put(c.getName(), s);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return typed;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static LocalDate date(String s) {
        return blank(s) ? null : LocalDate.parse(s);
    }

    static int number(String s) {
        return blank(s) ? 0 : Integer.parseInt(s.trim());
    }
}
