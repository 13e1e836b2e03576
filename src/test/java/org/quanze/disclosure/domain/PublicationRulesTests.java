package org.quanze.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 法释〔2016〕19号 第4条 (reasons), 第6条 (notice) and 第7条 (7 working days on a calendar with holidays and make-up days). */
class PublicationRulesTests {

    /** 第4条: five reasons; only (五) 「其他情形」 needs the president's approval. */
    @ParameterizedTest(name = "第4条{1} {0}: approval {2}")
    @CsvSource({"STATE_SECRET,（一）,false", "JUVENILE_CRIME,（二）,false", "MEDIATION,（三）,false",
            "DIVORCE_OR_CHILD_CUSTODY,（四）,false", "OTHER,（五）,true"})
    void art4Reasons(NonPublicationReason reason, String item, boolean approval) {
        assertThat(reason.item()).isEqualTo(item);
        assertThat(reason.needsPresidentsApproval()).isEqualTo(approval);
        assertThat(NonPublicationReason.values()).hasSize(5);
    }

    /** 第6条: the notice names case number, court, date and reason; for a state secret not even those. */
    @ParameterizedTest(name = "第6条 notice for {0}")
    @CsvSource({"JUVENILE_CRIME,true", "DIVORCE_OR_CHILD_CUSTODY,true", "OTHER,true", "STATE_SECRET,false"})
    void art6Notice(NonPublicationReason reason, boolean particulars) {
        String notice = reason.notice("（2026）吉0102刑初12号", "长春市南关区人民法院", LocalDate.of(2026, 3, 2));
        assertThat(Stream.of("（2026）吉0102刑初12号", "长春市南关区人民法院", "2026-03-02", reason.wording())
                .allMatch(notice::contains)).isEqualTo(particulars);
        assertThat(notice).contains("第四条第" + reason.item() + "项");
    }

    /** 2025 National Day and Mid-Autumn (国办发明电〔2024〕12号): 10-01…10-08 off, Sun 09-28 and Sat 10-11 worked. */
    private static final WorkingDayCalendar Y2025 = new WorkingDayCalendar(
            Set.copyOf(LocalDate.of(2025, 10, 1).datesUntil(LocalDate.of(2025, 10, 9)).toList()),
            Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

    /** 第7条: 7 working days from the day after the judgment took effect, across the holiday and its make-up days. */
    @ParameterizedTest(name = "第7条: effective {0} → publish by {1}")
    @CsvSource({
            "2025-09-26,2025-10-13", // Fri: 28(Sun, worked) 29 30 | holiday | 9 10 11(Sat, worked) 13
            "2025-09-30,2025-10-16", // Tue before the holiday: 9 10 11(Sat, worked) 13 14 15 16
            "2025-09-15,2025-09-24", // an ordinary fortnight: 16 17 18 19 22 23 24
            "2025-10-03,2025-10-16"}) // effective on a holiday: 9 10 11(Sat, worked) 13 14 15 16
    void art7SevenWorkingDays(LocalDate effective, LocalDate deadline) {
        assertThat(Y2025.plusWorkingDays(effective, 7)).isEqualTo(deadline);
    }
}
