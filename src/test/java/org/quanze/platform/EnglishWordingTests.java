package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** English says "1 day left", not "1 days left" (issue 9): counts in English messages choose their plural. */
class EnglishWordingTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    EnglishWordingTests() {
        messages.setBasenames("messages", "i18n/casefile", "i18n/supervision");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    @Test
    void daysAreCountedInTheSingularAndThePlural() {
        assertThat(en("case.daysLeftN", 1)).isEqualTo("1 day left");
        assertThat(en("case.daysLeftN", 12)).isEqualTo("12 days left");
        assertThat(en("case.daysLeftN", 1500)).isEqualTo("1500 days left");
        assertThat(en("case.overdueBy", 1)).isEqualTo("1 day overdue");
        assertThat(en("case.overdueBy", 3)).isEqualTo("3 days overdue");
        assertThat(en("case.wb.due", 15)).isEqualTo("Due within 15 days or overdue");
        assertThat(en("form.errors", 1)).startsWith("One entry needs");
        assertThat(en("form.errors", 3)).startsWith("3 entries need");
    }

    @Test
    void recordNumbersAreNotGroupedLikeAmounts() {
        assertThat(en("ir.recorded", 12345L)).isEqualTo("Interference record no. 12345 recorded; records are permanent.");
        assertThat(messages.getMessage("ir.recorded", new Object[] {12345L}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("已记录第 12345 号干预司法记录，记录永久保存。");
    }
}
