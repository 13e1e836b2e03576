package org.quanze.shared.web;

import java.time.LocalDate;
import java.util.List;
import org.quanze.shared.DomainException;

/**
 * A period given by a form or a query ({@code from}–{@code to}, both included, either open). A reversed range is
 * refused with 422 naming the {@code to} field, instead of silently answering an empty list:
 * <pre>{@code DateRange range = DateRange.checked(from, to, "to");}</pre>
 * The message is {@code error.date.reversed} (both bundles), with the two dates.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange checked(LocalDate from, LocalDate to, String toField) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(422, "date.reversed", "结束日期 " + to + " 早于开始日期 " + from,
                    List.of(DomainException.FieldError.of(toField, "结束日期 " + to + " 早于开始日期 " + from)), to, from);
        }
        return new DateRange(from, to);
    }
}
