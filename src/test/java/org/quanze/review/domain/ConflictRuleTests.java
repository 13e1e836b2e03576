package org.quanze.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 评查回避: who may review a case. Each row: the facts about the proposed reviewer and the rule that refuses him
 * ("" = he may review). The case is of court 2; a reviewer of court 2 is of the case's own court.
 */
class ConflictRuleTests {

    static Stream<Arguments> table() {
        return Stream.of(
                //           own case  cross  reviewer court  team   recused  refused by
                Arguments.of(false,    false, 2L,             false, false,   ""),   // self-review by a colleague
                Arguments.of(false,    true,  3L,             false, false,   ""),   // cross-review by another court
                Arguments.of(true,     false, 2L,             false, false,   "C1"), // his own case
                Arguments.of(true,     true,  2L,             true,  true,    "C1"), // the first rule broken is named
                Arguments.of(false,    true,  2L,             false, false,   "C2"), // cross-review of his own court
                Arguments.of(false,    false, 2L,             true,  false,   "C3"), // the handler's team
                Arguments.of(false,    true,  3L,             true,  false,   "C3"), // a team spans no courts, but the rule holds
                Arguments.of(false,    false, 3L,             false, true,    "C4")); // a declared recusal
    }

    @ParameterizedTest(name = "own={0} cross={1} court={2} team={3} recused={4} → {5}")
    @MethodSource("table")
    void theFirstBrokenRuleRefusesTheReviewer(boolean own, boolean cross, long reviewerCourt, boolean team, boolean recused,
            String rule) {
        var broken = ConflictRule.broken(new Assignment(own, cross, reviewerCourt, 2L, team, recused));
        assertThat(broken.map(ConflictRule::code).orElse("")).isEqualTo(rule);
    }

    @Test
    void theRefusalNamesItsRule() {
        var refusal = ReviewRefusal.conflict(ConflictRule.OWN_COURT_IN_CROSS_REVIEW);
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.getMessage()).isEqualTo("C2 互查不得评查本院案件");
        assertThat(refusal.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("reviewer"));
    }
}
