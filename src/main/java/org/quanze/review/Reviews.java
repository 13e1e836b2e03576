package org.quanze.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of review: the concluded reviews of some courts' cases in a period, each with its result
 * and points — what an evaluation scheme item fed by review counts (e.g. a deduction per 不合格), and the reviews
 * shown behind such a deduction.
 */
@Service
public class Reviews {

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One concluded review: the case, its court, kind and result codes, and the flaw points counted. */
    public record ConcludedReview(long id, String caseNumber, long caseCourtId, String kind, String result, int points,
            LocalDate concludedOn) {
    }

    /** A routine-check finding still open after the date it was to be fixed by: an evaluation deduction. */
    public record UnfixedFinding(long id, String ruleCode, String caseNumber, long courtId, Long handlerId, LocalDate dueOn) {
    }

    /** Routine findings on cases of {@code courtIds} open on {@code asOf} although due before it. */
    public List<UnfixedFinding> unfixedRoutineFindings(Set<Long> courtIds, LocalDate asOf) {
        if (courtIds.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT id, rule_code, case_number, court_id, handler_id, due_on FROM review.routine_finding
                WHERE court_id IN (:courts) AND due_on < :asOf AND (fixed_on IS NULL OR fixed_on > :asOf) ORDER BY due_on, id""")
                .param("courts", courtIds).param("asOf", asOf)
                .query((rs, n) -> new UnfixedFinding(rs.getLong("id"), rs.getString("rule_code"), rs.getString("case_number"),
                        rs.getLong("court_id"), (Long) rs.getObject("handler_id"), rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** Reviews of cases of {@code courtIds} concluded between {@code from} and {@code to} (inclusive). */
    public List<ConcludedReview> concluded(Set<Long> courtIds, LocalDate from, LocalDate to) {
        if (courtIds.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT id, case_number, case_court_id, kind, result, coalesce(points, 0) AS points, concluded_on
                FROM review.review WHERE status = 'CONCLUDED' AND case_court_id IN (:courts)
                  AND concluded_on BETWEEN :from AND :to ORDER BY concluded_on, id""")
                .param("courts", courtIds).param("from", from).param("to", to)
                .query((rs, n) -> new ConcludedReview(rs.getLong("id"), rs.getString("case_number"), rs.getLong("case_court_id"),
                        rs.getString("kind"), rs.getString("result"), rs.getInt("points"), rs.getObject("concluded_on", LocalDate.class)))
                .list();
    }
}
