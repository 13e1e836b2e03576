package org.quanze.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 评查人均衡分派: of the pool, the rules P1 (withdrawn), P2 (specialty), C1–C4 (conflicts) leave some out, and of the
 * rest the least-loaded is chosen, the earliest in the pool on a tie. The case is a civil case of court 2.
 */
class ReviewerChoiceTests {

    private static final Assignment FREE = new Assignment(false, false, 3L, 2L, false, false);

    static ReviewerChoice.Candidate candidate(long id, boolean active, Set<ReviewerSpecialty> specialties, int open, Assignment a) {
        return new ReviewerChoice.Candidate(id, "R" + id, "评查人" + id, active, specialties, open, a);
    }

    /** One candidate alone: excluded by which rule ("" = he is chosen). */
    static Stream<Arguments> single() {
        Set<ReviewerSpecialty> civil = Set.of(ReviewerSpecialty.CIVIL);
        return Stream.of(
                //           active  specialties                                          facts                                          excluded by
                Arguments.of(true,   civil,                                                FREE,                                          ""),
                Arguments.of(false,  civil,                                                FREE,                                          "P1"),
                Arguments.of(true,   Set.of(ReviewerSpecialty.CRIMINAL),                   FREE,                                          "P2"),
                Arguments.of(true,   Set.of(ReviewerSpecialty.CRIMINAL, ReviewerSpecialty.CIVIL), FREE,                                   ""),
                Arguments.of(false,  Set.of(ReviewerSpecialty.CRIMINAL),                   FREE,                                          "P1"), // first rule named
                Arguments.of(true,   civil,                                                new Assignment(true, false, 2L, 2L, false, false), "C1"),
                Arguments.of(true,   civil,                                                new Assignment(false, true, 2L, 2L, false, false), "C2"),
                Arguments.of(true,   civil,                                                new Assignment(false, false, 2L, 2L, true, false), "C3"),
                Arguments.of(true,   civil,                                                new Assignment(false, false, 3L, 2L, false, true), "C4"),
                Arguments.of(true,   Set.of(ReviewerSpecialty.CRIMINAL),                   new Assignment(true, false, 2L, 2L, false, false), "P2"));
    }

    @ParameterizedTest(name = "active={0} specialties={1} facts={2} → {3}")
    @MethodSource("single")
    void eachCandidateIsExcludedByTheFirstRuleHeBreaks(boolean active, Set<ReviewerSpecialty> specialties, Assignment facts, String rule) {
        var outcome = ReviewerChoice.choose(ReviewerSpecialty.CIVIL, List.of(candidate(1, active, specialties, 0, facts)));
        if (rule.isEmpty()) {
            assertThat(outcome.chosen()).isPresent();
            assertThat(outcome.excluded()).isEmpty();
        } else {
            assertThat(outcome.chosen()).isEmpty();
            assertThat(outcome.excluded()).singleElement().satisfies(e -> assertThat(e.rule()).startsWith(rule + " "));
        }
    }

    /** The open reviews of reviewers 1, 2, 3 (all eligible) and who is chosen. */
    static Stream<Arguments> loads() {
        return Stream.of(
                Arguments.of(List.of(2, 1, 3), 2L),  // the least loaded
                Arguments.of(List.of(0, 0, 0), 1L),  // a tie: the earliest in the pool
                Arguments.of(List.of(4, 1, 1), 2L),  // a tie among the least loaded: the earlier of them
                Arguments.of(List.of(5, 6, 0), 3L));
    }

    @ParameterizedTest(name = "open {0} → reviewer {1}")
    @MethodSource("loads")
    void theLeastLoadedEligibleReviewerIsChosen(List<Integer> open, long chosen) {
        List<ReviewerChoice.Candidate> pool = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) pool.add(candidate(i + 1, true, Set.of(ReviewerSpecialty.CIVIL), open.get(i), FREE));
        assertThat(ReviewerChoice.choose(ReviewerSpecialty.CIVIL, pool).chosen().orElseThrow().reviewerId()).isEqualTo(chosen);
    }

    @Test
    void aLighterLoadDoesNotOverrideARule() {
        var busy = candidate(1, true, Set.of(ReviewerSpecialty.CIVIL), 9, FREE);
        var idleButOwnCase = candidate(2, true, Set.of(ReviewerSpecialty.CIVIL), 0, new Assignment(true, false, 2L, 2L, false, false));
        var idleButCriminal = candidate(3, true, Set.of(ReviewerSpecialty.CRIMINAL), 0, FREE);
        var outcome = ReviewerChoice.choose(ReviewerSpecialty.CIVIL, List.of(busy, idleButOwnCase, idleButCriminal));
        assertThat(outcome.chosen()).contains(busy);
        assertThat(outcome.excluded()).extracting(e -> e.rule().substring(0, 2)).containsExactly("C1", "P2");
    }

    @Test
    void nobodyLeftIsARefusalNamingEachReviewerAndHisRule() {
        var outcome = ReviewerChoice.choose(ReviewerSpecialty.CIVIL, List.of(candidate(1, false, Set.of(ReviewerSpecialty.CIVIL), 0, FREE)));
        var refusal = ReviewRefusal.noReviewer(outcome.excluded());
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.getMessage()).isEqualTo("评查人才库中没有可分派的评查人：评查人1（P1 评查人已停用）");
        assertThat(ReviewRefusal.noReviewer(List.of()).getMessage()).isEqualTo("评查人才库中没有本院及下级法院推荐的评查人");
    }

    /** 案件类别 → the specialty it needs; 司法救助 and anything unlisted need 其他. */
    @ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource({"CIVIL, CIVIL", "CRIMINAL, CRIMINAL", "ADMINISTRATIVE, ADMINISTRATIVE",
            "ENFORCEMENT, ENFORCEMENT", "STATE_COMPENSATION, STATE_COMPENSATION", "JUDICIAL_AID, OTHER", "OTHER, OTHER"})
    void aCaseCategoryNeedsItsSpecialty(String category, ReviewerSpecialty needed) {
        assertThat(ReviewerSpecialty.forCategory(category)).isEqualTo(needed);
    }
}
