package org.quanze.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the cases behind a figure (its numerator or denominator), with their total — what
 * {@link Statistics#cases} answers, so that no other module or web class sees the engine's internal types.
 */
public record FigureCases(long total, List<Row> rows) {

    public FigureCases {
        rows = List.copyOf(rows);
    }

    /**
     * A case of an indicator's numerator or denominator, as the drill-down lists it; {@code events}: for a figure over
     * the portal's events, how many of the counted events in the period are this case's (null otherwise), so that the
     * figure is the sum of the list.
     */
    public record Row(String caseNumber, String courtCode, String caseType, String procedure, LocalDate filedOn,
            LocalDate closedOn, String closeMethod, Long handlerId, String upperOutcome, Long events) {
    }
}
