package org.quanze.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quanze.trail.TrailEvent;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The case timeline reads as sentences: times in the court's zone, codes through labels, never JSON. */
class TimelineSentencesTests {

    private final TimelineSentences sentences = new TimelineSentences(messages(), ZoneId.of("Asia/Shanghai"));

    @Test
    void aHearingAtNineInTheMorningIsShownAtNineNotInUtc() {
        TrailEvent e = event("HEARING_SCHEDULED", "{\"at\":\"2026-12-06T01:00:00Z\",\"courtroom\":\"第一法庭\",\"liveStreamed\":true}");
        assertThat(sentences.sentence(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("排期开庭：2026-12-06 09:00，第一法庭，庭审直播。");
        assertThat(sentences.sentence(e, Locale.ENGLISH)).isEqualTo("Hearing scheduled for 2026-12-06 09:00 in 第一法庭, live-streamed.");
    }

    @Test
    void aDiversionShowsNoJsonAndAPanelNoRoleCodes() {
        String diverted = sentences.sentence(event("CASE_DIVERTED",
                "{\"track\":\"简案\",\"procedure\":\"简易程序\",\"proposed\":\"简案\",\"proposalReasons\":[\"PRESUMED_SIMPLE\"]}"), Locale.SIMPLIFIED_CHINESE);
        assertThat(diverted).isEqualTo("分流为简案，适用简易程序（系统建议：简案）。").doesNotContain("{", "[", "PRESUMED");
        String panel = sentences.sentence(event("TRIAL_ORGANISATION_SET",
                "{\"triedBy\":\"PANEL\",\"members\":[\"张三(PRESIDING)\",\"李四(HANDLING)\"],\"reason\":\"\"}"), Locale.SIMPLIFIED_CHINESE);
        assertThat(panel).isEqualTo("确定审判组织：合议庭审理，成员 张三（审判长）、李四（承办法官）。");
    }

    @Test
    void anEventWithoutASentenceOfItsOwnReadsAsItsActionAndValues() {
        String s = sentences.sentence(event("DELIBERATION_OPENED", "{\"record\":12}"), Locale.SIMPLIFIED_CHINESE);
        assertThat(s).doesNotContain("{").contains("12");
    }

    private static TrailEvent event(String action, String changes) {
        return new TrailEvent(1, Instant.parse("2026-12-05T02:00:00Z"), "judge", "王法官", "员额法官", "吉0102", action, "CASE",
                "（2026）吉0102民初1号", "（2026）吉0102民初1号", changes, "", "", "");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages", "i18n/casefile", "i18n/deliberation");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }
}
