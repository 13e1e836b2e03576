package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.casefile.domain.Fixtures.deadline;
import static org.quanze.casefile.domain.Fixtures.extensions;
import static org.quanze.casefile.domain.Fixtures.limit;
import static org.quanze.casefile.domain.Fixtures.refused;
import static org.quanze.casefile.domain.Fixtures.rule;
import static org.quanze.casefile.domain.Fixtures.suspensions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrialDeadlineTests {

    private static final LocalDate FILED = LocalDate.of(2017, 3, 15);

    /** 民事诉讼法 第85条 (filing day not counted) and RULES.md "Decisions taken" (month-end clamps). */
    @ParameterizedTest(name = "{0} filed {1} → due {2}")
    @CsvSource({
            "CIVIL_ORDINARY,                   2017-03-15, 2017-09-15", // 第152条, RULES.md example
            "CIVIL_ORDINARY,                   2017-08-31, 2018-02-28", // clamps to the end of February
            "CIVIL_ORDINARY,                   2019-08-31, 2020-02-29", // leap year
            "CIVIL_SPECIAL,                    2017-03-15, 2017-04-14", // 第187条, 30日
            "CIVIL_SIMPLE,                     2017-11-30, 2018-02-28", // 第164条
            "CIVIL_SIMPLE,                     2017-12-31, 2018-03-31",
            "CIVIL_RULING_APPEAL,              2017-12-31, 2018-01-30", // 第183条第2款
            "CRIMINAL_SIMPLE_OVER_THREE_YEARS, 2017-01-31, 2017-03-15", // 刑诉法 第220条: 1个月 (clamped) + 15日
            "CRIMINAL_FAST_TRACK,              2017-12-25, 2018-01-04", // 刑诉法 第225条
            "ADMINISTRATIVE_SIMPLE,            2017-03-15, 2017-04-29", // 行诉法 第83条, 45日
            "ENFORCEMENT,                      2017-08-31, 2018-02-28", // 审限规定(2000) 第5条
    })
    void due_date_is_filing_date_plus_period(String rule, LocalDate filed, LocalDate due) {
        assertThat(TrialDeadline.start(rule(rule), filed).dueOn()).isEqualTo(due);
    }

    /**
     * 刑诉解释 第202条: 「期限起算日为本月最后一日的，至下月最后一日为一个月；下月同日不存在的，自本月某日至下月最后一日为
     * 一个月；半个月一律按十五日计算」. Every expected date worked out by hand on a calendar; the civil rows show that the
     * rule is criminal only (民事诉讼法 第85条 and RULES.md keep the same day of the month).
     */
    @ParameterizedTest(name = "刑诉解释 第202条: {0} from {1} + [{2}] → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                           | base date  | extensions     | due
            CRIMINAL_FIRST                   | 2017-02-28 |                | 2017-04-30
            CRIMINAL_FIRST                   | 2017-06-30 |                | 2017-08-31
            CRIMINAL_FIRST                   | 2017-04-30 |                | 2017-06-30
            CRIMINAL_FIRST                   | 2016-02-29 |                | 2016-04-30
            CRIMINAL_FIRST                   | 2016-12-31 |                | 2017-02-28
            CRIMINAL_FIRST                   | 2015-12-31 |                | 2016-02-29
            CRIMINAL_FIRST                   | 2017-02-27 |                | 2017-04-27
            CRIMINAL_FIRST                   | 2016-02-28 |                | 2016-04-28
            CRIMINAL_FIRST                   | 2017-03-15 |                | 2017-05-15
            CRIMINAL_FIRST                   | 2017-02-28 | PRESIDENT:1M   | 2017-05-31
            CRIMINAL_SECOND_GRAVE            | 2017-04-30 | HIGH_COURT:2M  | 2017-08-31
            CRIMINAL_PRIVATE_NOT_DETAINED    | 2017-09-30 |                | 2018-03-31
            CRIMINAL_RETRIAL                 | 2017-11-30 |                | 2018-02-28
            CRIMINAL_SENTENCE_CHANGE         | 2017-09-30 |                | 2017-10-31
            CRIMINAL_SIMPLE_OVER_THREE_YEARS | 2017-09-30 |                | 2017-11-15
            CRIMINAL_SIMPLE                  | 2017-02-28 |                | 2017-03-20
            CIVIL_ORDINARY                   | 2017-02-28 |                | 2017-08-28
            CIVIL_SIMPLE                     | 2017-06-30 |                | 2017-09-30
            ADMINISTRATIVE_APPEAL            | 2017-04-30 |                | 2017-07-30
            """)
    void criminal_month_periods_run_month_end_to_month_end_刑诉解释第202条(String rule, LocalDate base, String granted,
                                                                     LocalDate due) {
        assertThat(deadline(rule, base, granted).dueOn()).isEqualTo(due);
    }

    /** 刑诉解释 第376条 and 第202条: after conversion the months run from the decision, month-end to month-end. */
    @Test
    void criminal_conversion_on_a_month_end_ends_on_a_month_end() {
        TrialDeadline converted = TrialDeadline.start(DeadlineRules.CRIMINAL_SIMPLE, FILED)
                .convertTo(DeadlineRules.CRIMINAL_FIRST, LocalDate.of(2017, 6, 30));
        assertThat(converted.dueOn()).isEqualTo(LocalDate.of(2017, 8, 31)); // not 08-30
    }

    @ParameterizedTest(name = "{0} + [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                 | extensions granted in order                            | due or refusal
            CIVIL_ORDINARY         | PRESIDENT:6M                                           | 2018-03-15
            CIVIL_ORDINARY         | PRESIDENT:3M                                           | 2017-12-15
            CIVIL_ORDINARY         | PRESIDENT:6M;UPPER_COURT:3M                            | 2018-06-15
            CIVIL_ORDINARY         | PRESIDENT:6M;UPPER_COURT:3M;UPPER_COURT:2M             | 2018-08-15
            CIVIL_ORDINARY         | PRESIDENT:7M                                           | deadline.extension.tooLong
            CIVIL_ORDINARY         | UPPER_COURT:6M                                         | deadline.extension.approver
            CIVIL_SIMPLE           | PRESIDENT:1M                                           | 2017-07-15
            CIVIL_SIMPLE           | PRESIDENT:30D                                          | 2017-07-15
            CIVIL_SIMPLE           | PRESIDENT:31D                                          | deadline.extension.tooLong
            CIVIL_SIMPLE           | PRESIDENT:1M;PRESIDENT:1M                              | deadline.extension.exhausted
            CIVIL_SIMPLE           | PRESIDENT:1M;UPPER_COURT:1M                            | deadline.extension.exhausted
            CIVIL_SMALL_CLAIMS     | PRESIDENT:1M                                           | 2017-06-15
            CIVIL_SMALL_CLAIMS     | PRESIDENT:1M;PRESIDENT:1M                              | deadline.extension.exhausted
            CIVIL_JUDGMENT_APPEAL  | PRESIDENT:3M;PRESIDENT:2M                              | 2017-11-15
            CIVIL_RULING_APPEAL    | PRESIDENT:10D                                          | 2017-04-24
            CIVIL_SPECIAL          | PRESIDENT:30D                                          | 2017-05-14
            CIVIL_PAYMENT_ORDER    | PRESIDENT:5D                                           | deadline.extension.exhausted
            CRIMINAL_FIRST         | PRESIDENT:1M                                           | 2017-06-15
            CRIMINAL_FIRST         | PRESIDENT:1M;UPPER_COURT:3M                            | deadline.extension.exhausted
            CRIMINAL_FIRST_GRAVE   | PRESIDENT:1M;UPPER_COURT:3M                            | 2017-09-15
            CRIMINAL_FIRST_GRAVE   | PRESIDENT:1M;UPPER_COURT:3M;SUPREME_COURT:3M;SUPREME_COURT:1M | 2018-01-15
            CRIMINAL_FIRST_GRAVE   | PRESIDENT:1M;UPPER_COURT:3M;SUPREME_COURT:4M           | deadline.extension.tooLong
            CRIMINAL_FIRST_GRAVE   | PRESIDENT:1M;UPPER_COURT:3M;UPPER_COURT:3M             | deadline.extension.approver
            CRIMINAL_PRIVATE_NOT_DETAINED | PRESIDENT:3M                                    | 2017-12-15
            CRIMINAL_SIMPLE        | PRESIDENT:10D                                          | deadline.extension.exhausted
            CRIMINAL_FAST_TRACK    | PRESIDENT:5D                                           | deadline.extension.exhausted
            CRIMINAL_SECOND        | HIGH_COURT:2M                                          | deadline.extension.exhausted
            CRIMINAL_SECOND_GRAVE  | HIGH_COURT:2M                                          | 2017-07-15
            CRIMINAL_SECOND_GRAVE  | PRESIDENT:2M                                           | deadline.extension.approver
            CRIMINAL_SECOND_GRAVE  | HIGH_COURT:2M;SUPREME_COURT:1M                         | 2017-08-15
            CRIMINAL_RETRIAL       | PRESIDENT:3M                                           | 2017-09-15
            CRIMINAL_RETRIAL       | PRESIDENT:4M                                           | deadline.extension.tooLong
            CRIMINAL_RETRIAL       | PRESIDENT:3M;PRESIDENT:1M                              | deadline.extension.exhausted
            CRIMINAL_PETITION_REVIEW | PRESIDENT:3M                                         | 2017-09-15
            CRIMINAL_SENTENCE_CHANGE | PRESIDENT:1M;PRESIDENT:1M                            | deadline.extension.exhausted
            ADMINISTRATIVE_FIRST   | HIGH_COURT:3M                                          | 2017-12-15
            ADMINISTRATIVE_FIRST   | PRESIDENT:3M                                           | deadline.extension.approver
            ADMINISTRATIVE_FIRST_HIGH_COURT | SUPREME_COURT:3M                              | 2017-12-15
            ADMINISTRATIVE_SIMPLE  | HIGH_COURT:15D                                         | deadline.extension.exhausted
            ADMINISTRATIVE_APPEAL  | HIGH_COURT:1M                                          | 2017-07-15
            ENFORCEMENT            | PRESIDENT:3M;HIGH_COURT:3M                             | 2018-03-15
            ENFORCEMENT            | PRESIDENT:4M                                           | deadline.extension.tooLong
            ENFORCEMENT_OBJECTION  | PRESIDENT:5D                                           | deadline.extension.exhausted
            """)
    void extensions_follow_the_ladder_of_each_rule(String rule, String granted, String expected) {
        if (expected.startsWith("deadline.")) {
            refused(() -> deadline(rule, FILED, granted), expected);
        } else {
            assertThat(deadline(rule, FILED, granted).dueOn()).isEqualTo(LocalDate.parse(expected));
        }
    }

    /** The period is extended, not the old due date: 08-31 + 6 + 6 months ends 08-31 (民事诉讼法 第152条). */
    @Test
    void extension_extends_the_period_from_filing_not_the_clamped_due_date() {
        assertThat(deadline("CIVIL_ORDINARY", LocalDate.of(2017, 8, 31), "PRESIDENT:6M").dueOn())
                .isEqualTo(LocalDate.of(2018, 8, 31));
    }

    @ParameterizedTest(name = "{0} after [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CIVIL_ORDINARY                  |                                             | PRESIDENT
            CIVIL_ORDINARY                  | PRESIDENT:6M                                | UPPER_COURT
            CIVIL_ORDINARY                  | PRESIDENT:6M;UPPER_COURT:1M                 | UPPER_COURT
            CIVIL_SIMPLE                    |                                             | PRESIDENT
            CIVIL_SIMPLE                    | PRESIDENT:1M                                | exhausted
            CRIMINAL_FIRST                  | PRESIDENT:1M                                | exhausted
            CRIMINAL_FIRST_GRAVE            | PRESIDENT:1M                                | UPPER_COURT
            CRIMINAL_FIRST_GRAVE            | PRESIDENT:1M;UPPER_COURT:3M                 | SUPREME_COURT
            CRIMINAL_SECOND_GRAVE           |                                             | HIGH_COURT
            CRIMINAL_PETITION_REVIEW        | PRESIDENT:3M                                | UPPER_COURT
            ADMINISTRATIVE_FIRST            | HIGH_COURT:2M                               | HIGH_COURT
            ADMINISTRATIVE_APPEAL_HIGH_COURT|                                             | SUPREME_COURT
            ENFORCEMENT                     | PRESIDENT:3M                                | HIGH_COURT
            """)
    void next_extension_names_its_approver(String rule, String granted, String expected) {
        TrialDeadline deadline = deadline(rule, FILED, granted);
        if (expected.equals("exhausted")) {
            refused(deadline::nextExtensionApprover, "deadline.extension.exhausted");
        } else {
            assertThat(deadline.nextExtensionApprover()).isEqualTo(ExtensionApprover.valueOf(expected));
            assertThat(rule(rule).nextExtension(extensions(granted)).approver()).isEqualTo(ExtensionApprover.valueOf(expected));
        }
    }

    /** 民事诉讼法 第164条 and 民诉解释 第258条: 「累计不得超过四个月」 — the refusal must say so. */
    @Test
    void second_simple_procedure_extension_is_refused_naming_the_articles() {
        TrialDeadline extended = deadline("CIVIL_SIMPLE", FILED, "PRESIDENT:1M");
        var refusal = refused(() -> extended.extend(Extension.by(ExtensionApprover.PRESIDENT, limit("1M"))),
                "deadline.extension.exhausted");
        assertThat(refusal.getMessage()).contains("民事简易程序", "民事诉讼法 第164条", "民诉解释 第258条");
        assertThat(extended.period()).isEqualTo(TimeLimit.months(4));
    }

    /** 民诉解释 第243条; 行诉解释 第50条; 审限规定(2000) 第9条: excluded periods, overlaps counted once. */
    @ParameterizedTest(name = "[{0}] → {1} days, due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # suspensions (inclusive ranges) on CIVIL_ORDINARY filed 2017-03-15          | days | due
            PUBLIC_NOTICE:2017-04-01:2017-05-30                                            | 60   | 2017-11-14
            SETTLEMENT:2017-06-01:2017-06-01                                               | 1    | 2017-09-16
            APPRAISAL:2017-04-01:2017-04-10;JURISDICTION_OBJECTION:2017-05-01:2017-05-10   | 20   | 2017-10-05
            APPRAISAL:2017-04-01:2017-04-30;JURISDICTION_OBJECTION:2017-04-20:2017-05-09   | 39   | 2017-10-24
            APPRAISAL:2017-04-01:2017-04-30;STAY:2017-04-10:2017-04-20                     | 30   | 2017-10-15
            STAY:2017-04-10:2017-04-20;APPRAISAL:2017-04-01:2017-04-30                     | 30   | 2017-10-15
            APPRAISAL:2017-04-01:2017-04-30;PUBLIC_NOTICE:2017-04-30:2017-05-01            | 31   | 2017-10-16
            STAY:2017-03-15:2017-03-24                                                     | 9    | 2017-09-24
            """)
    void suspended_days_move_the_deadline(String suspensions, long days, LocalDate due) {
        TrialDeadline deadline = TrialDeadline.start(DeadlineRules.CIVIL_ORDINARY, FILED);
        for (Suspension s : suspensions(suspensions)) {
            deadline = deadline.suspend(s);
        }
        assertThat(deadline.suspendedDays()).isEqualTo(days);
        assertThat(deadline.dueOn()).isEqualTo(due);
    }

    @Test
    void suspensions_and_extensions_add_up() {
        TrialDeadline deadline = deadline("CIVIL_ORDINARY", FILED, "PRESIDENT:6M")
                .suspend(Suspension.of(SuspensionReason.PUBLIC_NOTICE, LocalDate.of(2017, 4, 1), LocalDate.of(2017, 5, 30)));
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2018, 5, 14));
    }

    /**
     * 审限规定(2000) 第9条 capped items and the restarts of 刑事诉讼法 第208条第2款 (改变管辖), 第208条第3款 (补充侦查) and
     * 第241条 (发回重审), on CRIMINAL_FIRST filed 2017-03-15 (2个月: due 2017-05-15 untouched). Due dates worked out
     * by hand: a restart counts 2个月 from the day the court has the case again (not itself counted, 第105条),
     * month-end to month-end (刑诉解释 第202条); excluded days are added after.
     */
    @ParameterizedTest(name = "[{0}] → {1} days, counted from {2}, due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # periods (inclusive)                                                                    | days | from       | due
            SUPPLEMENTARY_INVESTIGATION:2017-04-01:2017-04-20                                          | 0    | 2017-04-20 | 2017-06-20
            REMANDED:2017-03-20:2017-04-30                                                             | 0    | 2017-04-30 | 2017-06-30
            JURISDICTION_CHANGE:2017-03-20:2017-03-25                                                  | 0    | 2017-03-25 | 2017-05-25
            PSYCHIATRIC_ASSESSMENT:2017-04-01:2017-04-10;SUPPLEMENTARY_INVESTIGATION:2017-04-15:2017-04-30 | 0 | 2017-04-30 | 2017-06-30
            SUPPLEMENTARY_INVESTIGATION:2017-04-01:2017-04-20;PSYCHIATRIC_ASSESSMENT:2017-05-01:2017-05-10 | 10 | 2017-04-20 | 2017-06-30
            SUPPLEMENTARY_INVESTIGATION:2017-04-01:2017-04-20;SUPPLEMENTARY_INVESTIGATION:2017-05-10:2017-06-02 | 0 | 2017-06-02 | 2017-08-02
            NEW_DEFENDER_PREPARATION:2017-04-01:2017-04-30                                             | 10   | 2017-03-15 | 2017-05-25
            NEW_DEFENDER_PREPARATION:2017-04-01:2017-04-05                                             | 5    | 2017-03-15 | 2017-05-20
            NEW_EVIDENCE_POSTPONEMENT:2017-04-10:2017-06-30                                            | 30   | 2017-03-15 | 2017-06-14
            NEW_EVIDENCE_POSTPONEMENT:2017-04-01:2017-05-15                                            | 30   | 2017-03-15 | 2017-06-14
            NEW_EVIDENCE_POSTPONEMENT:2017-04-01:2017-04-20                                            | 20   | 2017-03-15 | 2017-06-04
            """)
    void restarts_and_capped_exclusions_审限规定第9条_刑诉法第208条第241条(String periods, long days, LocalDate from,
                                                                       LocalDate due) {
        TrialDeadline deadline = TrialDeadline.start(DeadlineRules.CRIMINAL_FIRST, FILED);
        for (Suspension s : suspensions(periods)) {
            deadline = deadline.suspend(s);
        }
        assertThat(deadline.suspendedDays()).isEqualTo(days);
        assertThat(deadline.countsFrom()).isEqualTo(from);
        assertThat(deadline.dueOn()).isEqualTo(due);
    }

    /** 刑事诉讼法 第208条第3款 「重新计算审理期限」: extensions of the old count lapse and the ladder starts again. */
    @Test
    void a_restart_drops_earlier_extensions_and_restarts_the_ladder() {
        TrialDeadline restarted = deadline("CRIMINAL_FIRST_GRAVE", FILED, "PRESIDENT:1M;UPPER_COURT:3M") // due 2017-09-15
                .suspend(Suspension.of(SuspensionReason.SUPPLEMENTARY_INVESTIGATION, LocalDate.of(2017, 5, 2), LocalDate.of(2017, 5, 31)));
        assertThat(restarted.extensions()).isEmpty();
        assertThat(restarted.dueOn()).isEqualTo(LocalDate.of(2017, 7, 31)); // 05-31 + 2个月, month-end to month-end
        assertThat(restarted.nextExtensionApprover()).isEqualTo(ExtensionApprover.PRESIDENT);
        assertThat(restarted.extend(Extension.by(ExtensionApprover.PRESIDENT, limit("1M"))).dueOn())
                .isEqualTo(LocalDate.of(2017, 8, 31));
    }

    /** An excluded period recorded after a restart keeps the extensions granted since. */
    @Test
    void an_excluded_period_keeps_the_extensions() {
        TrialDeadline deadline = deadline("CRIMINAL_FIRST", FILED, "PRESIDENT:1M") // due 2017-06-15
                .suspend(Suspension.of(SuspensionReason.PSYCHIATRIC_ASSESSMENT, LocalDate.of(2017, 4, 1), LocalDate.of(2017, 4, 10)));
        assertThat(deadline.extensions()).hasSize(1);
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2017, 6, 25));
    }

    /**
     * 审限规定(2000) 第9条: each of its twelve items has a reason, with its effect; item (三) 补充侦查 now restarts the limit
     * (刑事诉讼法 第208条第3款), item (四) is now the whole file review (刑诉解释 第396条).
     */
    @ParameterizedTest(name = "审限规定 第9条{0}: {1} ({2})")
    @CsvSource({
            "(一),   PSYCHIATRIC_ASSESSMENT,      EXCLUDED, CRIMINAL",
            "(二),   NEW_DEFENDER_PREPARATION,    EXCLUDED, CRIMINAL",
            "(三),   SUPPLEMENTARY_INVESTIGATION, RESTART,  CRIMINAL",
            "(四),   PROSECUTOR_FILE_REVIEW,      EXCLUDED, CRIMINAL",
            "(五),   NEW_EVIDENCE_POSTPONEMENT,   EXCLUDED, CIVIL CRIMINAL ADMINISTRATIVE",
            "(六),   PUBLIC_NOTICE,               EXCLUDED, CIVIL ADMINISTRATIVE",
            "(六),   APPRAISAL,                   EXCLUDED, CIVIL ADMINISTRATIVE",
            "(七),   JURISDICTION_OBJECTION,      EXCLUDED, CIVIL ADMINISTRATIVE",
            "(七),   JURISDICTION_DISPUTE,        EXCLUDED, CIVIL ADMINISTRATIVE",
            "(八),   AUDIT_VALUATION,             EXCLUDED, CIVIL ADMINISTRATIVE ENFORCEMENT",
            "(九),   STAY,                        EXCLUDED, CIVIL CRIMINAL ADMINISTRATIVE ENFORCEMENT",
            "(十),   ENFORCEMENT_DEFERRAL,        EXCLUDED, ENFORCEMENT",
            "(十一), UPPER_COURT_DEFERRAL,        EXCLUDED, ENFORCEMENT",
            "(十二), AUCTION,                     EXCLUDED, ENFORCEMENT",
            "-,      JURISDICTION_CHANGE,         RESTART,  CRIMINAL",
            "-,      REMANDED,                    RESTART,  CRIMINAL",
    })
    void every_item_of_审限规定第9条_and_every_restart_has_a_reason(String item, SuspensionReason reason,
                                                             SuspensionReason.Effect effect, String categories) {
        if (!item.equals("-") && !item.equals("(三)")) assertThat(reason.article()).contains("审限规定(2000) 第9条" + item);
        assertThat(reason.effect()).isEqualTo(effect);
        List<String> applies = java.util.Arrays.asList(categories.split(" "));
        for (CaseCategory category : CaseCategory.values()) {
            assertThat(reason.appliesTo(category)).as(category.name()).isEqualTo(applies.contains(category.name()));
        }
    }

    @ParameterizedTest(name = "{0} {1}..{2} refused: {3}")
    @CsvSource({
            "APPRAISAL, 2017-03-14, 2017-03-20, deadline.suspension.beforeFiling",
            "APPRAISAL, 2017-04-10, 2017-04-09, deadline.suspension.invalid",
    })
    void refuses_invalid_suspensions(SuspensionReason reason, LocalDate from, LocalDate to, String code) {
        refused(() -> TrialDeadline.start(DeadlineRules.CIVIL_ORDINARY, FILED).suspend(Suspension.of(reason, from, to)), code);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "PUBLIC_NOTICE,          民诉解释 第243条",
            "MEDIATION,              行诉解释 第50条",
            "STAY,                   民事诉讼法 第153条",
            "PSYCHIATRIC_ASSESSMENT, 刑诉解释 第211条",
            "PROSECUTOR_FILE_REVIEW, 刑事诉讼法 第235条",
            "RELATED_CIVIL_DISPUTE,  行诉解释 第138条",
            "AUCTION,                审限规定(2000) 第9条",
            "SUPPLEMENTARY_INVESTIGATION, 刑事诉讼法 第208条第3款",
            "JURISDICTION_CHANGE,    刑事诉讼法 第208条第2款",
            "REMANDED,               刑事诉讼法 第241条",
            "UPPER_COURT_DEFERRAL,   审限规定(2000) 第9条(十一)",
    })
    void suspension_reasons_cite_their_article(SuspensionReason reason, String article) {
        assertThat(reason.article()).contains(article);
        assertThat(reason.label()).isNotBlank();
    }

    /**
     * 程序转换: 民诉解释 第258条 and 行诉解释 第105条 restart from filing and require the ruling before expiry;
     * 刑诉解释 第376条 restarts from the decision.
     */
    @ParameterizedTest(name = "{0} [{1}] → {2} on {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # from                | granted      | to                   | decided    | due or refusal
            CIVIL_SIMPLE          |              | CIVIL_ORDINARY       | 2017-05-20 | 2017-09-15
            CIVIL_SIMPLE          | PRESIDENT:1M | CIVIL_ORDINARY       | 2017-07-01 | 2017-09-15
            CIVIL_SIMPLE          |              | CIVIL_ORDINARY       | 2017-06-15 | 2017-09-15
            CIVIL_SIMPLE          |              | CIVIL_ORDINARY       | 2017-06-16 | deadline.conversion.late
            CIVIL_SMALL_CLAIMS    |              | CIVIL_SIMPLE         | 2017-04-01 | 2017-06-15
            ADMINISTRATIVE_SIMPLE |              | ADMINISTRATIVE_FIRST | 2017-04-20 | 2017-09-15
            ADMINISTRATIVE_SIMPLE |              | ADMINISTRATIVE_FIRST | 2017-04-30 | deadline.conversion.late
            CRIMINAL_SIMPLE       |              | CRIMINAL_FIRST       | 2017-03-25 | 2017-05-25
            CRIMINAL_FAST_TRACK   |              | CRIMINAL_SIMPLE      | 2017-03-20 | 2017-04-09
            """)
    void procedure_change_recalculates(String from, String granted, String to, LocalDate decided, String expected) {
        TrialDeadline before = deadline(from, FILED, granted);
        if (expected.startsWith("deadline.")) {
            refused(() -> before.convertTo(rule(to), decided), expected);
            return;
        }
        TrialDeadline after = before.convertTo(rule(to), decided);
        assertThat(after.dueOn()).isEqualTo(LocalDate.parse(expected));
        assertThat(after.rule()).isSameAs(rule(to));
        assertThat(after.extensions()).isEmpty(); // the old procedure's extensions lapse
        assertThat(after.filedOn()).isEqualTo(FILED);
    }

    @Test
    void suspensions_survive_a_procedure_change() {
        TrialDeadline converted = TrialDeadline.start(DeadlineRules.CIVIL_SIMPLE, FILED)
                .suspend(Suspension.of(SuspensionReason.APPRAISAL, LocalDate.of(2017, 4, 1), LocalDate.of(2017, 4, 10)))
                .convertTo(DeadlineRules.CIVIL_ORDINARY, LocalDate.of(2017, 6, 1));
        assertThat(converted.dueOn()).isEqualTo(LocalDate.of(2017, 9, 25));
        assertThat(converted.nextExtensionApprover()).isEqualTo(ExtensionApprover.PRESIDENT);
    }

    @ParameterizedTest(name = "today {0}: {1} days left, overdue {2}")
    @CsvSource({
            "2017-03-15, 184, false",
            "2017-09-14, 1,   false",
            "2017-09-15, 0,   false",
            "2017-09-16, -1,  true",
            "2018-01-01, -108, true",
    })
    void days_left_and_overdue(LocalDate today, long daysLeft, boolean overdue) {
        TrialDeadline deadline = TrialDeadline.start(DeadlineRules.CIVIL_ORDINARY, FILED); // due 2017-09-15
        assertThat(deadline.daysLeft(today)).isEqualTo(daysLeft);
        assertThat(deadline.overdue(today)).isEqualTo(overdue);
    }

    /** 民事诉讼法 第85条第3款 moves a 期间 off a holiday; for 审限 it is a setting, off by default. */
    @ParameterizedTest(name = "filed {0}, moves={1} → {2}")
    @CsvSource({
            "2017-03-16, false, 2017-09-16", // Saturday, default: stays
            "2017-03-16, true,  2017-09-18", // → Monday
            "2017-04-01, false, 2017-10-01", // 国庆
            "2017-04-01, true,  2017-10-09", // after the 2017 National Day holiday (10-01..10-08)
            "2017-03-15, true,  2017-09-15", // a Friday: unchanged
    })
    void holiday_rule_is_a_parameter(LocalDate filed, boolean moves, LocalDate due) {
        Predicate<LocalDate> restDay = d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                || !d.isBefore(LocalDate.of(2017, 10, 1)) && !d.isAfter(LocalDate.of(2017, 10, 8));
        HolidayPolicy policy = moves ? HolidayPolicy.moveToNextWorkingDay(restDay) : HolidayPolicy.UNCHANGED;
        assertThat(TrialDeadline.start(DeadlineRules.CIVIL_ORDINARY, filed, policy).dueOn()).isEqualTo(due);
        assertThat(TrialDeadline.start(DeadlineRules.CIVIL_ORDINARY, filed).dueOn())
                .isEqualTo(TrialDeadline.start(DeadlineRules.CIVIL_ORDINARY, filed, HolidayPolicy.UNCHANGED).dueOn());
    }

    @ParameterizedTest(name = "TimeLimit({0}, {1}) refused")
    @CsvSource({"0, 0", "-1, 0", "0, -3"})
    void time_limit_must_be_positive(int months, int days) {
        refused(() -> new TimeLimit(months, days), "timelimit.invalid");
    }

    @Test
    void deadline_is_immutable_and_revalidates_extensions_on_construction() {
        TrialDeadline start = TrialDeadline.start(DeadlineRules.CIVIL_SIMPLE, FILED);
        start.extend(Extension.by(ExtensionApprover.PRESIDENT, TimeLimit.months(1)));
        assertThat(start.extensions()).isEmpty();
        refused(() -> new TrialDeadline(DeadlineRules.CIVIL_SIMPLE, FILED, FILED, List.of(),
                extensions("PRESIDENT:1M;PRESIDENT:1M"), HolidayPolicy.UNCHANGED), "deadline.extension.exhausted");
        refused(() -> new TrialDeadline(DeadlineRules.CIVIL_SIMPLE, FILED, FILED.minusDays(1), List.of(), List.of(),
                HolidayPolicy.UNCHANGED), "deadline.start.invalid");
    }
}
