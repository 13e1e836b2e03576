package org.quanze.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quanze.casefile.domain.Fixtures.flags;
import static org.quanze.casefile.domain.Fixtures.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every case type × procedure the registry covers; filed 2017-03-15 unless stated. */
class DeadlineRulesTests {

    private static final LocalDate FILED = LocalDate.of(2017, 3, 15);

    @ParameterizedTest(name = "{0} {1} {2} → {3}, {5}, due {6} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # type  | procedure         | flags                                       | base   | article                  | first approver | due
            民初    | ORDINARY          |                                             | 6个月   | 民事诉讼法 第152条         | PRESIDENT     | 2017-09-15
            民初    | SIMPLE            |                                             | 3个月   | 民事诉讼法 第164条         | PRESIDENT     | 2017-06-15
            民初    | SIMPLE            | FOREIGN_RELATED                             | 3个月   | 民事诉讼法 第164条         | PRESIDENT     | 2017-06-15
            民初    | SMALL_CLAIMS      |                                             | 2个月   | 民事诉讼法 第168条         | PRESIDENT     | 2017-05-15
            民撤    | ORDINARY          |                                             | 6个月   | 民事诉讼法 第152条         | PRESIDENT     | 2017-09-15
            民终    | SECOND_INSTANCE   |                                             | 3个月   | 民事诉讼法 第183条第1款    | PRESIDENT     | 2017-06-15
            民终    | SECOND_INSTANCE   | RULING_APPEAL                               | 30日    | 民事诉讼法 第183条第2款    | PRESIDENT     | 2017-04-14
            民特    | SPECIAL           |                                             | 30日    | 民事诉讼法 第187条         | PRESIDENT     | 2017-04-14
            民申    | TRIAL_SUPERVISION |                                             | 3个月   | 民诉解释 第129条           | PRESIDENT     | 2017-06-15
            民再    | TRIAL_SUPERVISION |                                             | 6个月   | 民诉解释 第128条           | PRESIDENT     | 2017-09-15
            民再    | TRIAL_SUPERVISION | RETRIAL_AS_SECOND_INSTANCE                  | 3个月   | 民诉解释 第128条           | PRESIDENT     | 2017-06-15
            民督    | PAYMENT_ORDER     |                                             | 15日    | 民事诉讼法 第227条         | -             | 2017-03-30
            刑初    | ORDINARY          |                                             | 2个月   | 刑事诉讼法 第208条         | PRESIDENT     | 2017-05-15
            刑初    | ORDINARY          | GRAVE_OR_COMPLEX                            | 2个月   | 刑事诉讼法 第208条         | PRESIDENT     | 2017-05-15
            刑初    | ORDINARY          | PRIVATE_PROSECUTION                         | 2个月   | 刑事诉讼法 第208条         | PRESIDENT     | 2017-05-15
            刑初    | ORDINARY          | PRIVATE_PROSECUTION+DEFENDANT_NOT_DETAINED  | 6个月   | 刑事诉讼法 第212条第2款    | PRESIDENT     | 2017-09-15
            刑初    | SIMPLE            |                                             | 20日    | 刑事诉讼法 第220条         | -             | 2017-04-04
            刑初    | SIMPLE            | LIKELY_SENTENCE_OVER_THREE_YEARS            | 1个月15日| 刑事诉讼法 第220条        | -             | 2017-04-30
            刑初    | FAST_TRACK        |                                             | 10日    | 刑事诉讼法 第225条         | -             | 2017-03-25
            刑初    | FAST_TRACK        | LIKELY_SENTENCE_OVER_ONE_YEAR               | 15日    | 刑事诉讼法 第225条         | -             | 2017-03-30
            刑终    | SECOND_INSTANCE   |                                             | 2个月   | 刑事诉讼法 第243条         | -             | 2017-05-15
            刑终    | SECOND_INSTANCE   | GRAVE_OR_COMPLEX                            | 2个月   | 刑事诉讼法 第243条         | HIGH_COURT    | 2017-05-15
            刑再    | TRIAL_SUPERVISION |                                             | 3个月   | 刑事诉讼法 第258条         | PRESIDENT     | 2017-06-15
            刑申    | TRIAL_SUPERVISION |                                             | 3个月   | 刑诉解释 第457条           | PRESIDENT     | 2017-06-15
            刑更    | ENFORCEMENT       |                                             | 1个月   | 刑诉解释 第534条           | PRESIDENT     | 2017-04-15
            行初    | ORDINARY          |                                             | 6个月   | 行政诉讼法 第81条          | HIGH_COURT    | 2017-09-15
            行初    | ORDINARY          | TRIED_BY_HIGH_COURT                         | 6个月   | 行政诉讼法 第81条          | SUPREME_COURT | 2017-09-15
            行初    | SIMPLE            |                                             | 45日    | 行政诉讼法 第83条          | -             | 2017-04-29
            行赔初  | ORDINARY          |                                             | 6个月   | 行政诉讼法 第81条          | HIGH_COURT    | 2017-09-15
            行赔    | ORDINARY          |                                             | 6个月   | 行政诉讼法 第81条          | HIGH_COURT    | 2017-09-15
            行终    | SECOND_INSTANCE   |                                             | 3个月   | 行政诉讼法 第88条          | HIGH_COURT    | 2017-06-15
            行终    | SECOND_INSTANCE   | TRIED_BY_HIGH_COURT                         | 3个月   | 行政诉讼法 第88条          | SUPREME_COURT | 2017-06-15
            行赔终  | SECOND_INSTANCE   |                                             | 3个月   | 行政诉讼法 第88条          | HIGH_COURT    | 2017-06-15
            行再    | TRIAL_SUPERVISION |                                             | 6个月   | 行诉解释 第50条第2款       | HIGH_COURT    | 2017-09-15
            行再    | TRIAL_SUPERVISION | RETRIAL_AS_SECOND_INSTANCE                  | 3个月   | 行诉解释 第50条第2款       | HIGH_COURT    | 2017-06-15
            执      | ENFORCEMENT       |                                             | 6个月   | 审限规定(2000) 第5条       | PRESIDENT     | 2017-09-15
            执      | ENFORCEMENT       | NON_LITIGATION_ENFORCEMENT                  | 3个月   | 审限规定(2000) 第5条       | PRESIDENT     | 2017-06-15
            执恢    | ENFORCEMENT       |                                             | 6个月   | 审限规定(2000) 第5条       | PRESIDENT     | 2017-09-15
            执异    | ENFORCEMENT       |                                             | 15日    | 民事诉讼法 第236条         | -             | 2017-03-30
            """)
    void rule_for_each_case_type_and_procedure(String type, Procedure procedure, String flags, String base,
                                               String article, String firstApprover, LocalDate due) {
        DeadlineRule rule = DeadlineRules.forCase(CaseType.fromCode(type), procedure, flags(flags));

        assertThat(rule.basePeriod()).map(TimeLimit::label).contains(base);
        assertThat(rule.article()).contains(article);
        assertThat(TrialDeadline.start(rule, FILED).dueOn()).isEqualTo(due);
        if (firstApprover.equals("-")) {
            assertThat(refused(() -> rule.nextExtension(List.of()), "deadline.extension.exhausted").getMessage())
                    .contains(article);
        } else {
            assertThat(rule.nextExtension(List.of()).approver()).isEqualTo(ExtensionApprover.valueOf(firstApprover));
        }
    }

    @ParameterizedTest(name = "涉外 {0} {1}: no statutory limit — 民事诉讼法 第287条")
    @CsvSource({"民初, ORDINARY", "民终, SECOND_INSTANCE", "民再, TRIAL_SUPERVISION"})
    void foreign_related_civil_cases_have_no_statutory_limit_第287条(String type, Procedure procedure) {
        DeadlineRule rule = DeadlineRules.forCase(CaseType.fromCode(type), procedure, Set.of(CaseFlag.FOREIGN_RELATED));

        assertThat(rule).isSameAs(DeadlineRules.CIVIL_FOREIGN_RELATED);
        assertThat(rule.hasStatutoryLimit()).isFalse();
        assertThat(rule.basePeriod()).isEmpty();
        assertThat(refused(() -> TrialDeadline.start(rule, FILED), "deadline.unlimited").getMessage())
                .contains("民事诉讼法 第287条");
    }

    @ParameterizedTest(name = "{0} {1} {2}: no rule")
    @CsvSource(delimiter = '|', textBlock = """
            民终   | SIMPLE            |                  
            民撤   | SIMPLE            |                  
            民初   | SMALL_CLAIMS      | FOREIGN_RELATED  
            民初   | FAST_TRACK        |                  
            刑终   | ORDINARY          |                  
            刑初   | SMALL_CLAIMS      |                  
            行再   | SIMPLE            |                  
            行申   | TRIAL_SUPERVISION |                  
            执复   | ENFORCEMENT       |                  
            执保   | ENFORCEMENT       |                  
            执     | ORDINARY          |                  
            司救   | JUDICIAL_AID      |                  
            委赔   | STATE_COMPENSATION|                  
            民破   | BANKRUPTCY        |                  
            """)
    void refuses_combinations_without_a_rule(String type, Procedure procedure, String flags) {
        refused(() -> DeadlineRules.forCase(CaseType.fromCode(type), procedure, flags(flags)), "deadline.rule.missing");
    }

    @Test
    void default_procedure_overload_uses_the_type_default() {
        assertThat(DeadlineRules.forCase(CaseType.CIVIL_FIRST, Set.of())).isSameAs(DeadlineRules.CIVIL_ORDINARY);
        assertThat(DeadlineRules.forCase(CaseType.CRIMINAL_SECOND, Set.of())).isSameAs(DeadlineRules.CRIMINAL_SECOND);
    }
}
