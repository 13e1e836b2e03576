package org.quanze.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.shared.DomainException;

/**
 * The publication verbs of a judgment document, one table row per (state, verb, input) with the rule of
 * 法释〔2016〕19号 that decides it ({@link PublicationRule}, article in its Javadoc); every rule has a row.
 */
class JudgmentDocumentTests {

    static final Person JUDGE = new Person(11, "王法官");
    static final Person PRESIDENT = new Person(99, "李院长");
    static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final WorkingDayCalendar WEEKDAYS = new WorkingDayCalendar(Set.of(), Set.of());
    static final String TEXT = "原告张三丰，身份证号码110101199003070011。";
    static final Set<String> ruled = new HashSet<>();

    /** A document brought to {@code state} by the verbs themselves (the proposer of a withholding is the judge). */
    static JudgmentDocument in(PublicationState state) {
        JudgmentDocument d = JudgmentDocument.attach(new JudgmentDocument.CaseFacts("（2026）吉0102民初1号", 1, "南关区人民法院", "CIVIL", "买卖合同纠纷",
                LocalDate.of(2026, 11, 30)), DocumentKind.JUDGMENT, LocalDate.of(2026, 12, 1), TEXT, null, JUDGE, AT, TODAY, WEEKDAYS);
        switch (state) {
            case PENDING -> { }
            case PUBLISHED -> d.publish(1, List.of(), null, JUDGE, AT);
            case WITHHOLDING_PROPOSED -> d.withhold(NonPublicationReason.OTHER, "涉及重大敏感事项", JUDGE, AT);
            case WITHHELD -> d.withhold(NonPublicationReason.DIVORCE_OR_CHILD_CUSTODY, null, JUDGE, AT);
            case WITHDRAWN -> {
                d.publish(1, List.of(), null, JUDGE, AT);
                d.withdraw("当事人姓名未隐去", JUDGE, AT);
            }
        }
        return d;
    }

    @ParameterizedTest(name = "{0} · {1}({2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # state               | verb      | input            | expected: next state or the rule that refuses
            PENDING               | publish   | -                | PUBLISHED
            PENDING               | publish   | v2               | P-05
            PENDING               | publish   | overlap          | P-06
            PENDING               | publish   | beyond           | P-06
            PUBLISHED             | publish   | -                | P-04
            WITHHELD              | publish   | -                | P-04
            WITHHOLDING_PROPOSED  | publish   | -                | P-04
            WITHDRAWN             | publish   | -                | P-07
            WITHDRAWN             | publish   | 已更正隐名        | PUBLISHED
            PENDING               | withhold  | DIVORCE_OR_CHILD_CUSTODY | WITHHELD
            PENDING               | withhold  | STATE_SECRET     | WITHHELD
            PENDING               | withhold  | OTHER            | P-09
            PENDING               | withhold  | OTHER:涉密敏感     | WITHHOLDING_PROPOSED
            PENDING               | withhold  | NONE             | P-08
            PUBLISHED             | withhold  | MEDIATION        | P-04
            WITHDRAWN             | withhold  | MEDIATION        | WITHHELD
            WITHHOLDING_PROPOSED  | approve   | president        | WITHHELD
            WITHHOLDING_PROPOSED  | approve   | judge            | P-11
            PENDING               | approve   | president        | P-10
            WITHHELD              | approve   | president        | P-10
            WITHHOLDING_PROPOSED  | reject    | president        | PENDING
            WITHHOLDING_PROPOSED  | reject    | judge            | P-11
            PUBLISHED             | withdraw  | 隐名有误          | WITHDRAWN
            PUBLISHED             | withdraw  | -                | P-13
            PENDING               | withdraw  | 隐名有误          | P-12
            WITHHELD              | withdraw  | 隐名有误          | P-12
            PUBLISHED             | version   | -                | P-03
            PENDING               | version   | -                | PENDING
            WITHDRAWN             | version   | -                | WITHDRAWN
            """)
    void eachVerbChecksItsRule(PublicationState state, String verb, String input, String expected) {
        JudgmentDocument d = in(state);
        Runnable act = switch (verb) {
            case "publish" -> () -> d.publish("v2".equals(input) ? 2 : 1, spans(input), "v2".equals(input) ? null : reasonOrNull(input), JUDGE, AT);
            case "withhold" -> () -> {
                String[] r = input.split(":");
                d.withhold("NONE".equals(r[0]) ? null : NonPublicationReason.valueOf(r[0]), r.length > 1 ? r[1] : null, JUDGE, AT);
            };
            case "approve" -> () -> d.approveWithholding("judge".equals(input) ? JUDGE : PRESIDENT, AT);
            case "reject" -> () -> d.rejectWithholding("judge".equals(input) ? JUDGE : PRESIDENT, "理由不足", AT);
            case "withdraw" -> () -> d.withdraw(input, JUDGE, AT);
            case "version" -> () -> d.addVersion("更正后的正文", "v2.docx", JUDGE, AT);
            default -> throw new IllegalArgumentException(verb);
        };
        if (expected.startsWith("P-")) {
            assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo("disclosure.rule." + expected);
                assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isNotBlank());
            });
            ruled.add(expected);
        } else {
            act.run();
            assertThat(d.state()).isEqualTo(PublicationState.valueOf(expected));
        }
    }

    private static List<MaskSpan> spans(String input) {
        if ("overlap".equals(input)) {
            return List.of(new MaskSpan(2, 5, SpanType.NAME, "张某", "Art9"), new MaskSpan(4, 6, SpanType.OTHER, "×", "Art10(6)"));
        }
        if ("beyond".equals(input)) return List.of(new MaskSpan(2, TEXT.length() + 1, SpanType.OTHER, "×", "Art10(6)"));
        return List.of(new MaskSpan(2, 5, SpanType.NAME, "张某", "Art9"));
    }

    private static String reasonOrNull(String input) {
        return input == null || "overlap".equals(input) || "beyond".equals(input) ? null : input;
    }

    /** P-01, P-02: a document is attached to a closed case, effective on a day already past (第7条). */
    @ParameterizedTest(name = "closed {0}, effective {1} → {2}")
    @CsvSource(nullValues = "-", value = {"2026-11-30,2026-12-01,PENDING", "-,2026-12-01,P-01", "2026-11-30,2026-12-08,P-02",
            "2026-11-30,2026-12-07,PENDING"})
    void attachingNeedsAClosedCaseAndAPastEffectiveDate(LocalDate closedOn, LocalDate effectiveOn, String expected) {
        Runnable attach = () -> JudgmentDocument.attach(new JudgmentDocument.CaseFacts("（2026）吉0102民初2号", 1, "南关区人民法院", "CIVIL", null, closedOn),
                DocumentKind.RULING, effectiveOn, TEXT, null, JUDGE, AT, TODAY, WEEKDAYS);
        if (expected.startsWith("P-")) {
            assertThatThrownBy(attach::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo("disclosure.rule." + expected));
            ruled.add(expected);
        } else {
            attach.run();
        }
    }

    @Test
    void thePublishedTextIsTheOriginalWithExactlyTheConfirmedChanges() {
        JudgmentDocument d = in(PublicationState.PENDING);
        d.publish(1, List.of(new MaskSpan(2, 5, SpanType.NAME, "张某", "Art9"),
                new MaskSpan(5, 29, SpanType.ID_NUMBER, "", "Art10(1)")), null, JUDGE, AT);
        assertThat(d.publishedText()).isEqualTo("原告张某。");
        assertThat(d.newSteps()).extracting(PublicationStep::action).containsExactly(PublicationAction.JUDGMENT_DOCUMENT_ATTACHED, PublicationAction.JUDGMENT_PUBLISHED);
    }

    @Test
    void aWithheldDocumentCarriesTheNoticeOfArticle6AndIsNeverOverdue() {
        JudgmentDocument d = in(PublicationState.WITHHELD);
        assertThat(d.notice()).contains("（2026）吉0102民初1号", "南关区人民法院", "2026-11-30", "第四条第（四）项");
        assertThat(d.overdue(LocalDate.of(2027, 1, 1))).isFalse();
        JudgmentDocument pending = in(PublicationState.PENDING);
        // effective 2026-12-01 (Tue), 7 weekdays later is 2026-12-10
        assertThat(pending.dueOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(pending.overdue(LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(pending.overdue(LocalDate.of(2026, 12, 11))).isTrue();
    }

    /** Runs last in the class: every rule of the list decided at least one row. */
    @AfterAll
    static void everyRuleHasARow() {
        assertThat(ruled).containsExactlyInAnyOrderElementsOf(PublicationRule.ALL.stream().map(PublicationRule::code).toList());
    }
}
