package org.quanze.casefile;

import java.time.LocalDate;

/** 结案 — published when a case closes, for statistics, review and evaluation. */
public record CaseClosed(String caseNumber, long courtId, String caseType, LocalDate closedOn, String closeMethod,
        Long handlerId) {
}
