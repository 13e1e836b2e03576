package org.quanze.casefile.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * 扣除审限的期间 — one excluded period, both ends inclusive (公告 from 2017-04-01 to 2017-05-30 is 60 days).
 * Only closed periods are recorded: an open suspension has no day count yet.
 */
public record Suspension(SuspensionReason reason, LocalDate from, LocalDate to) {

    public Suspension {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw Refusals.invalid("deadline.suspension.invalid", "suspension",
                    "扣除期间的结束日不得早于开始日：" + reason.label(), from, to);
        }
    }

    public static Suspension of(SuspensionReason reason, LocalDate from, LocalDate to) {
        return new Suspension(reason, from, to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
