package org.quanze.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.shared.CourtLevel;

/**
 * 双向评查 goes from the reviewed case's court to the court above it (吉林高院 2018: 下级院不同意上级法院评析意见的，
 * 应向上级院申请双向评查): a basic court to its intermediate court, an intermediate court to the high court; a high
 * court's case has none within the province.
 */
class TwoWayTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "BASIC,        BASIC_TO_INTERMEDIATE",
            "INTERMEDIATE, INTERMEDIATE_TO_HIGH",
            "HIGH,         ''"})
    void theDirectionFollowsTheCaseCourtsLevel(CourtLevel level, String direction) {
        Optional<TwoWay> expected = direction.isEmpty() ? Optional.empty() : Optional.of(TwoWay.valueOf(direction));
        assertThat(TwoWay.forCaseCourt(level)).isEqualTo(expected);
    }
}
