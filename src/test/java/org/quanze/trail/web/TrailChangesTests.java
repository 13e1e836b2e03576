package org.quanze.trail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The trail page shows what an event recorded as people read it: local times, yes/no, lists — never JSON. */
class TrailChangesTests {

    private final TrailChanges changes = new TrailChanges(messages(), ZoneId.of("Asia/Shanghai"));

    @Test
    void aHearingAtNineInTheMorningIsShownInTheCourtsZoneNotAsUtc() {
        assertThat(changes.describe("{\"at\":\"2026-12-06T01:00:00Z\",\"liveStreamed\":true}", Locale.CHINA))
                .isEqualTo("开庭时间 2026-12-06 09:00；庭审直播 是");
    }

    @Test
    void listsAndNestedValuesReadAsTextAndUnlabelledFieldsKeepTheirName() {
        assertThat(changes.describe("{\"proposalReasons\":[\"A\",\"B\"],\"rule\":{\"days\":30}}", Locale.CHINA))
                .isEqualTo("proposalReasons A、B；rule days 30")
                .doesNotContain("{", "\"");
    }

    @Test
    void nothingRecordedIsAnEmptyCell() {
        assertThat(changes.describe(null, Locale.CHINA)).isEmpty();
        assertThat(changes.describe("{}", Locale.CHINA)).isEmpty();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("timeline.field.at", Locale.CHINA, "开庭时间");
        m.addMessage("timeline.field.liveStreamed", Locale.CHINA, "庭审直播");
        m.addMessage("trail.value.true", Locale.CHINA, "是");
        return m;
    }
}
