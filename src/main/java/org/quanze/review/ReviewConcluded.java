package org.quanze.review;

import java.time.LocalDate;
import java.util.List;

/**
 * 评查结论 — a review concluded with its result (EXCELLENT 优秀, QUALIFIED 合格, FLAWED 瑕疵, UNQUALIFIED 不合格), for
 * evaluation (a deduction per 不合格) and the office's lists. {@code judges} are the case's trial organisation.
 * {@code suspectedViolation} is the reviewer's reasons when he marks suspected intentional violation or gross
 * negligence — a clue for accountability, never a proceeding by itself.
 */
public record ReviewConcluded(long reviewId, String caseNumber, long caseCourtId, String kind, String result,
        int points, LocalDate concludedOn, List<Long> judges, String suspectedViolation) {
}
