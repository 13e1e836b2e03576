package org.quanze.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.casefile.facts.CaseFacts;
import org.quanze.evaluation.domain.Measure;
import org.quanze.review.Reviews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 评查结果用于考核 — the review measures of a period, read through review's API ({@link Reviews}): reviews concluded
 * as 不合格, and routine-check findings left unfixed past their date. Each counted review or finding is named in the
 * item's note ("评查#12 （2016）琼0101民初1号 不合格 2016-06-01") and its case listed, so that every deducted point leads
 * to the reviews behind it.
 * <ul>
 * <li>{@link Measure#UNQUALIFIED_REVIEWS}: reviews of the courts' cases concluded in the period with the result
 * 不合格, by the concluding date; a judge's are those of the cases he handled (承办人).</li>
 * <li>{@link Measure#UNFIXED_ROUTINE_FINDINGS}: findings that fell due in the period and were still open at its end
 * (or today, for a period not yet over) — each deducted once, in the year it fell due; a judge's are those of his
 * cases.</li>
 * </ul>
 */
@Repository
class ReviewMeasures {

    /** What one subject has for one review measure: the count, the cases behind it, the reviews or findings named. */
    record Counted(int count, List<String> cases, String note) {
        static final Counted NONE = new Counted(0, List.of(), "");
    }

    private final Reviews reviews;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewMeasures(Reviews reviews, JdbcClient jdbc, Clock clock) {
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** By handling judge (承办人), each review measure of the courts' cases in the period. */
    Map<Long, Map<Measure, Counted>> byJudge(Set<Long> courtIds, LocalDate from, LocalDate to) {
        List<Reviews.ConcludedReview> unqualified = unqualified(courtIds, from, to);
        Map<String, Long> handlers = handlers(unqualified.stream().map(Reviews.ConcludedReview::caseNumber).distinct().toList());
        Map<Long, List<Reviews.ConcludedReview>> reviewsOf = new HashMap<>();
        for (Reviews.ConcludedReview r : unqualified) {
            Long handler = handlers.get(r.caseNumber());
            if (handler != null) reviewsOf.computeIfAbsent(handler, h -> new ArrayList<>()).add(r);
        }
        Map<Long, List<Reviews.UnfixedFinding>> findingsOf = new HashMap<>();
        for (Reviews.UnfixedFinding f : unfixed(courtIds, from, to)) {
            if (f.handlerId() != null) findingsOf.computeIfAbsent(f.handlerId(), h -> new ArrayList<>()).add(f);
        }
        Map<Long, Map<Measure, Counted>> out = new HashMap<>();
        reviewsOf.forEach((judge, list) -> out.computeIfAbsent(judge, j -> new EnumMap<>(Measure.class))
                .put(Measure.UNQUALIFIED_REVIEWS, ofReviews(list)));
        findingsOf.forEach((judge, list) -> out.computeIfAbsent(judge, j -> new EnumMap<>(Measure.class))
                .put(Measure.UNFIXED_ROUTINE_FINDINGS, ofFindings(list)));
        return out;
    }

    /** Each review measure of all the courts' cases together (a court with the courts under it). */
    Map<Measure, Counted> ofCourts(Set<Long> courtIds, LocalDate from, LocalDate to) {
        Map<Measure, Counted> out = new EnumMap<>(Measure.class);
        out.put(Measure.UNQUALIFIED_REVIEWS, ofReviews(unqualified(courtIds, from, to)));
        out.put(Measure.UNFIXED_ROUTINE_FINDINGS, ofFindings(unfixed(courtIds, from, to)));
        return out;
    }

    private List<Reviews.ConcludedReview> unqualified(Set<Long> courtIds, LocalDate from, LocalDate to) {
        return reviews.concluded(courtIds, from, to).stream().filter(r -> "UNQUALIFIED".equals(r.result())).toList();
    }

    /** Open at the period's end, or today while it lasts; due within the period, so a finding deducts once. */
    private List<Reviews.UnfixedFinding> unfixed(Set<Long> courtIds, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isBefore(today) ? to : today;
        return reviews.unfixedRoutineFindings(courtIds, asOf).stream().filter(f -> !f.dueOn().isBefore(from)).toList();
    }

    /** The handling judge of each case, from the published case facts (one query). */
    private Map<String, Long> handlers(List<String> caseNumbers) {
        if (caseNumbers.isEmpty()) return Map.of();
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT case_number, handler_id FROM " + CaseFacts.VIEW + " WHERE case_number = ANY(?) AND handler_id IS NOT NULL")
                .param(caseNumbers.toArray(String[]::new))
                .query((java.sql.ResultSet rs) -> {
                    out.put(rs.getString("case_number"), rs.getLong("handler_id"));
                });
        return out;
    }

    private static Counted ofReviews(List<Reviews.ConcludedReview> list) {
        if (list.isEmpty()) return Counted.NONE;
        List<String> named = list.stream()
                .map(r -> "评查#" + r.id() + " " + r.caseNumber() + " 不合格 " + r.concludedOn()).toList();
        return new Counted(list.size(), cases(list.stream().map(Reviews.ConcludedReview::caseNumber).toList()),
                "评查不合格 " + list.size() + " 件：" + String.join("；", named));
    }

    private static Counted ofFindings(List<Reviews.UnfixedFinding> list) {
        if (list.isEmpty()) return Counted.NONE;
        List<String> named = list.stream()
                .map(f -> "常规评查#" + f.id() + " " + f.ruleCode() + " " + f.caseNumber() + " 应于 " + f.dueOn() + " 前整改").toList();
        return new Counted(list.size(), cases(list.stream().map(Reviews.UnfixedFinding::caseNumber).toList()),
                "逾期未整改 " + list.size() + " 项：" + String.join("；", named));
    }

    private static List<String> cases(List<String> numbers) {
        return numbers.stream().distinct().sorted().toList();
    }
}
