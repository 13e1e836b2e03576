package org.quanze.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quanze.shared.DomainException;

/** Dates as 2026-12-06, times in the court's zone; a reversed period refused naming its end. */
class CourtDatesTests {

    private final CourtDates fmt = new CourtDates(ZoneId.of("Asia/Shanghai"));

    @Test
    void aHearingAtNineInTheMorningIsShownAtNineNotAtOneUtc() {
        Instant hearing = Instant.parse("2026-12-06T01:00:00Z");
        assertThat(fmt.dateTime(hearing)).isEqualTo("2026-12-06 09:00");
        assertThat(fmt.seconds(hearing)).isEqualTo("2026-12-06 09:00:00");
        assertThat(fmt.date(Instant.parse("2026-12-05T17:00:00Z"))).as("already the 6th in Changchun").isEqualTo("2026-12-06");
        assertThat(fmt.dateTime(java.sql.Timestamp.from(hearing))).isEqualTo("2026-12-06 09:00");
        assertThat(fmt.dateTime(OffsetDateTime.parse("2026-12-06T01:00:00Z"))).isEqualTo("2026-12-06 09:00");
        assertThat(fmt.dateTime("2026-12-06T01:00:00Z")).as("as JSON details carry it").isEqualTo("2026-12-06 09:00");
    }

    @Test
    void localDatesAndTimesAreShownAsTheyAre() {
        assertThat(fmt.date(LocalDate.of(2026, 12, 6))).isEqualTo("2026-12-06");
        assertThat(fmt.date("2026-12-06")).isEqualTo("2026-12-06");
        assertThat(fmt.dateTime(LocalDateTime.of(2026, 12, 6, 9, 30))).isEqualTo("2026-12-06 09:30");
        assertThat(fmt.date(null)).isEmpty();
        assertThat(fmt.dateTime("")).isEmpty();
    }

    @Test
    void aReversedPeriodIsRefusedNamingItsEndInsteadOfGivingAnEmptyList() {
        assertThat(DateRange.checked(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), "to").to()).isEqualTo("2026-01-01");
        assertThat(DateRange.checked(null, LocalDate.of(2026, 1, 1), "to").from()).isNull();
        assertThatThrownBy(() -> DateRange.checked(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1), "to"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("date.reversed");
                    assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly("to");
                });
    }
}
