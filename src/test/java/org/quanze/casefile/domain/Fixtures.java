package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.quanze.shared.DomainException;

/** Turns the compact strings used in @CsvSource tables into domain values. */
final class Fixtures {

    private Fixtures() {
    }

    /** "GRAVE_OR_COMPLEX+PRIVATE_PROSECUTION" or blank. */
    static Set<CaseFlag> flags(String text) {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        split(text, "\\+").forEach(f -> flags.add(CaseFlag.valueOf(f)));
        return flags;
    }

    /** A rule by its constant name in {@link DeadlineRules}, e.g. "CIVIL_SIMPLE". */
    static DeadlineRule rule(String constant) {
        try {
            return (DeadlineRule) DeadlineRules.class.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(constant, e);
        }
    }

    /** "6M", "30D", "1M15D". */
    static TimeLimit limit(String text) {
        int m = text.indexOf('M');
        int months = m < 0 ? 0 : Integer.parseInt(text.substring(0, m));
        String rest = text.substring(m + 1);
        return new TimeLimit(months, rest.isEmpty() ? 0 : Integer.parseInt(rest.replace("D", "")));
    }

    /** "PRESIDENT:6M;UPPER_COURT:3M" or blank. */
    static List<Extension> extensions(String text) {
        return split(text, ";").stream()
                .map(e -> e.split(":"))
                .map(p -> Extension.by(ExtensionApprover.valueOf(p[0]), limit(p[1])))
                .toList();
    }

    /** "PUBLIC_NOTICE:2017-04-01:2017-05-30;APPRAISAL:…" or blank. */
    static List<Suspension> suspensions(String text) {
        return split(text, ";").stream()
                .map(s -> s.split(":"))
                .map(p -> Suspension.of(SuspensionReason.valueOf(p[0]), LocalDate.parse(p[1]), LocalDate.parse(p[2])))
                .toList();
    }

    /** A deadline started on {@code filedOn} with the given extensions granted one by one. */
    static TrialDeadline deadline(String rule, LocalDate filedOn, String extensions) {
        TrialDeadline deadline = TrialDeadline.start(rule(rule), filedOn);
        for (Extension e : extensions(extensions)) {
            deadline = deadline.extend(e);
        }
        return deadline;
    }

    /** Asserts a 422 domain refusal with the given code and returns it for further checks. */
    static DomainException refused(ThrowingCallable call, String code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        DomainException refusal = (DomainException) thrown;
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.getMessage()).isNotBlank();
        return refusal;
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(separator)).map(String::strip).toList();
    }
}
