package org.quanze.disclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quanze.shared.Recorded;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Which steps of a case its parties are told of (审判流程公开), and in what words. */
class DisclosedStepTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages", "i18n/casefile");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Internal records: deliberation, interference and supervision, review, requests and signatures stay inside. */
    @ParameterizedTest
    @ValueSource(strings = {"DELIBERATION_OPENED", "DELIBERATION_VOTED", "DELIBERATION_SIGNED", "SUPERVISION_INTERFERENCE",
            "FOUR_KINDS_FLAGGED", "REVIEW_ENROLLED", "REVIEW_CONCLUDED", "EXTENSION_REQUESTED", "EXTENSION_REFUSED",
            "JUDGMENT_SIGNATURE", "JUDGMENT_SIGNED", "CASE_DIVERTED", "MEMBER_RECUSED", "PROFESSIONAL_MEETING_ADVICE",
            "COMMITTEE_DECIDED", "MEETING_VOTE", "QUERY_CODE_ISSUED", "NOTICE_CONTACT_RECORDED"})
    void internalRecordsAreNeverDisclosed(String action) {
        assertThat(DisclosedStep.of(Recorded.onCase(action, "（2026）吉0102民初1号", Map.of()))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CASE_FILED         | FILING     | 立案受理，案由：民间借贷纠纷，审限届满日：2027-03-07",
            "CASE_RANDOM        | ASSIGNMENT | 案件已分配（随机分案），承办法官：张三",
            "CASE_REASSIGNED    | ASSIGNMENT | 案件已变更承办法官：张三",
            "HEARING_SCHEDULED  | HEARING    | 定于 2027-01-10 09:30 在第三法庭开庭，庭审将网络直播",
            "DEADLINE_EXTENDED  | DEADLINE   | 经本院院长批准，审限延长至 2027-04-07",
            // 民诉解释 第243条 鉴定期间: the category and the days, not the judge's own words
            "DEADLINE_SUSPENDED | DEADLINE   | 审限扣除（鉴定期间）：2026-12-08 至 2026-12-17 不计入审限，此后恢复计算，审限届满日：2027-03-17",
            "PROCEDURE_CHANGED  | PROCEDURE  | 审理程序由简易程序转为普通程序，审限届满日：2027-06-07",
            "CASE_CLOSED        | CLOSING    | 已结案，结案方式：判决"})
    void eachDisclosedStepReadsInChineseFromItsPublicFieldsOnly(String action, String kind, String text) {
        Map<String, Object> changes = Map.ofEntries(Map.entry("cause", "民间借贷纠纷"), Map.entry("deadline", "2027-03-07"),
                Map.entry("handler", "吉0102-0007 张三"), Map.entry("at", "2027-01-10T01:30:00Z"), Map.entry("courtroom", "第三法庭"),
                Map.entry("liveStreamed", true), Map.entry("approver", "本院院长"), Map.entry("to", "2027-04-07"),
                Map.entry("reason", "鉴定期间"), Map.entry("closeMethod", "判决"), Map.entry("by", "李院长"));
        if (action.equals("DEADLINE_SUSPENDED")) {
            changes = Map.of("reason", "鉴定期间", "from", "2026-12-08", "to", "2026-12-17", "deadline", "2027-03-17");
        } else if (action.equals("PROCEDURE_CHANGED")) {
            changes = Map.of("from", "简易程序", "to", "普通程序", "deadline", "2027-06-07", "reason", "案情复杂，合议庭意见分歧");
        }
        Recorded change = Recorded.onCase(action, "（2026）吉0102民初1号", changes);
        DisclosedStep step = DisclosedStep.of(change).orElseThrow();
        assertThat(step.kind).isEqualTo(kind);
        assertThat(step.text(change, MESSAGES, ZONE)).isEqualTo(text).doesNotContain("吉0102-0007", "合议庭意见", "李院长");
    }

    @ParameterizedTest
    @CsvSource({"CASE_CLOSED, closedOn, 2026-12-01", "CASE_FILED, filedOn, 2026-11-30", "HEARING_HELD, x, 2026-12-07"})
    void theDayIsTheOneTheStepNamesElseToday(String action, String field, LocalDate expected) {
        Recorded change = Recorded.onCase(action, "n", Map.of(field, expected.toString()));
        assertThat(DisclosedStep.of(change).orElseThrow().on(change, LocalDate.of(2026, 12, 7))).isEqualTo(expected);
    }
}
