package org.quanze.casefile.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.cause.CauseCatalogue;
import org.quanze.shared.DomainException.FieldError;

/** The row rules of the history import, one table row per rule, each naming the rule or article it checks. */
class CaseImportRowTests {

    private static final CaseImportRow.Lookups LOOKUPS = new CaseImportRow.Lookups(
            Map.of("吉", 1L, "吉01", 2L, "吉0102", 3L, "吉0103", 4L),
            Map.of("吉0102-0001", 11L, "吉01-0001", 21L),
            courtId -> courtId != 4L, // the importer's scope does not cover 吉0103
            new CaseImportRow.Causes(CauseCatalogue.loadDefault()),
            LocalDate.of(2026, 1, 1));

    /** A good 民初 row; each test changes one or two fields. */
    private static Map<String, String> good() {
        Map<String, String> row = new HashMap<>();
        row.put("case_number", "（2017）吉0102民初123号");
        row.put("court_code", "吉0102");
        row.put("case_type", "民初");
        row.put("procedure", "简易程序");
        row.put("cause", "民间借贷纠纷");
        row.put("claim_amount", "12000.50");
        row.put("filed_on", "2017-03-15");
        row.put("closed_on", "2017-05-20");
        row.put("close_method", "调解");
        row.put("handler_staff_no", "吉0102-0001");
        row.put("tried_by", "独任");
        row.put("suspended_days", "0");
        row.put("extended", "N");
        row.put("appealed", "N");
        row.put("hearing_live_streamed", "Y");
        row.put("judgment_published", "公开");
        row.put("archived_on", "2017-06-01");
        return row;
    }

    private static List<FieldError> errorsOf(Map<String, String> row) {
        List<FieldError> errors = new ArrayList<>();
        CaseImportRow.check(7, c -> row.getOrDefault(c, ""), LOOKUPS, errors);
        return errors;
    }

    private static CaseImportRow accepted(Map<String, String> row) {
        List<FieldError> errors = new ArrayList<>();
        Optional<CaseImportRow> checked = CaseImportRow.check(7, c -> row.getOrDefault(c, ""), LOOKUPS, errors);
        assertThat(errors).isEmpty();
        return checked.orElseThrow();
    }

    @Test
    void aGoodRowIsReadIntoStoredCodes() {
        CaseImportRow row = accepted(good());
        assertThat(row.number().toString()).isEqualTo("（2017）吉0102民初123号");
        assertThat(row.courtId()).isEqualTo(3L);
        assertThat(row.type()).isEqualTo(CaseType.CIVIL_FIRST);
        assertThat(row.procedure()).isEqualTo(Procedure.SIMPLE);
        assertThat(row.causeCode()).isEqualTo("C4.01.022.03");
        assertThat(row.causeName()).isEqualTo("民间借贷纠纷");
        assertThat(row.claimAmount()).isEqualByComparingTo(new BigDecimal("12000.50"));
        assertThat(row.handlerId()).isEqualTo(11L);
        assertThat(row.triedBy()).isEqualTo("SOLE");
        assertThat(row.judgmentPublished()).isEqualTo("PUBLISHED");
        assertThat(row.hearingLiveStreamed()).isTrue();
        assertThat(row.status()).isEqualTo("ARCHIVED");
        // 民事简易程序 3个月 (民事诉讼法 第164条), computed because deadline_on is empty.
        assertThat(row.deadlineOn()).isEqualTo(LocalDate.of(2017, 6, 15));
        assertThat(row.deadlineComputed()).isTrue();
    }

    @ParameterizedTest(name = "[{0}] {1}={2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                                          | column             | value                     | field at fault    | reason contains
            法〔2015〕137号 案号格式                          | case_number        | 2017吉0102民初123号        | case_number       | 法〔2015〕137号
            法〔2015〕137号 第10条 编号为正整数                 | case_number        | （2017）吉0102民初0号       | case_number       | 案件编号
            法〔2015〕137号 第4、5条 法院代字与 court_code 一致   | case_number        | （2017）吉0103民初123号     | case_number       | 第4、5条
            法〔2015〕137号 第7条 类型代字与 case_type 一致       | case_number        | （2017）吉0102民终123号     | case_number       | 第7条
            法〔2015〕137号 收案年度与立案年度一致                | case_number        | （2016）吉0102民初123号     | case_number       | 收案年度
            法〔2015〕137号 第7条 类型代字已知                   | case_type          | 民X                        | case_type         | 第7条
            法院代字须存在                                     | court_code         | 吉9999                     | court_code        | 不存在
            承办人须存在                                       | handler_staff_no   | 吉0102-9999                | handler_staff_no  | 不存在
            必填：案号                                         | case_number        |                            | case_number       | 必填
            必填：立案日期                                      | filed_on           |                            | filed_on          | 必填
            必填：承办人                                       | handler_staff_no   |                            | handler_staff_no  | 必填
            日期 YYYY-MM-DD                                   | filed_on           | 2017/03/15                 | filed_on          | YYYY-MM-DD
            日期须为有效日期                                   | filed_on           | 2017-02-30                 | filed_on          | YYYY-MM-DD
            结案不早于立案 (case_file CHECK)                   | closed_on          | 2017-03-14                 | closed_on         | 早于立案日期
            归档不早于结案 (case_file CHECK)                   | archived_on        | 2017-05-19                 | archived_on       | 早于结案日期
            历史数据不晚于今天                                  | closed_on          | 2027-01-01                 | closed_on         | 晚于今天
            结案方式须在列表中                                  | close_method       | 和解                       | close_method      | 之一
            是否项为 Y/N                                       | extended           | 是                         | extended          | Y 或 N
            是否项为 Y/N                                       | appealed           | yes                        | appealed          | Y 或 N
            审理程序须在列表中                                  | procedure          | 督促程序                    | procedure         | 之一
            审判组织 独任/合议庭 (民事诉讼法 第40条)             | tried_by           | 合议制                      | tried_by          | 独任、合议庭
            上级法院审理结果须在列表中                           | upper_outcome      | 撤销                       | upper_outcome     | 之一
            裁判文书公开状态须在列表中                           | judgment_published | 部分公开                    | judgment_published| 之一
            标的额为至多两位小数的非负金额                        | claim_amount       | 1,000                      | claim_amount      | 不是数字
            标的额为至多两位小数的非负金额                        | claim_amount       | -5                         | claim_amount      | 不小于0
            扣除审限天数为非负整数                               | suspended_days     | -1                         | suspended_days    | 整数
            权力清单 IMPORT_DATA 只及本院及下级法院               | court_code         | 吉0103                     | court_code        | 权力清单
            上诉不早于结案 (case_file CHECK)                    | appeal_on          | 2017-05-19                 | appeal_on         | 早于结案日期
            历史数据不晚于今天                                  | appeal_on          | 2026-01-02                 | appeal_on         | 晚于今天
            移送不早于结案 (case_file CHECK)                    | transferred_on     | 2017-05-19                 | transferred_on    | 早于结案日期
            日期 YYYY-MM-DD                                   | transferred_on     | 2017-6-1                   | transferred_on    | YYYY-MM-DD
            是否项为 Y/N                                       | retrial_applied    | 是                         | retrial_applied   | Y 或 N
            法〔2015〕137号 原审案号格式                        | original_case_number | 吉0102民初1号             | original_case_number | 法〔2015〕137号
            案件情形须为已知的情形                               | case_flags         | 涉内                       | case_flags        | 案件情形「涉内」
            案件情形须为已知的情形                               | case_flags         | 涉外;自诉                   | case_flags        | 案件情形「自诉」
            """)
    void aRowBreakingARuleIsRefusedNamingTheField(String rule, String column, String value, String field, String reason) {
        Map<String, String> row = good();
        row.put(column, value == null ? "" : value);
        if ("吉0103".equals(value) && column.equals("court_code")) row.put("case_number", "（2017）吉0103民初123号");
        List<FieldError> errors = errorsOf(row);
        assertThat(errors).as(rule).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(7);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void aClosedCaseNeedsItsCloseMethodAndAnOpenOneMayNotHaveOne() {
        Map<String, String> closedWithoutMethod = good();
        closedWithoutMethod.put("close_method", "");
        assertThat(errorsOf(closedWithoutMethod)).extracting(FieldError::field).containsExactly("close_method");

        Map<String, String> openWithMethod = good();
        openWithMethod.put("closed_on", "");
        openWithMethod.put("archived_on", "");
        assertThat(errorsOf(openWithMethod)).extracting(FieldError::field).containsExactly("close_method");

        Map<String, String> archivedButOpen = good();
        archivedButOpen.put("closed_on", "");
        archivedButOpen.put("close_method", "");
        assertThat(errorsOf(archivedButOpen)).extracting(FieldError::field).containsExactly("archived_on");
    }

    @Test
    void everyBadFieldOfARowIsListedNotOnlyTheFirst() {
        Map<String, String> row = good();
        row.put("filed_on", "2017-13-01");
        row.put("extended", "X");
        row.put("handler_staff_no", "nobody");
        assertThat(errorsOf(row)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("filed_on", "extended", "handler_staff_no");
    }

    @Test
    void anEmptyProcedureIsTheOneTheTypeImplies() {
        Map<String, String> row = good();
        row.put("case_number", "（2017）吉01民终5号");
        row.put("court_code", "吉01");
        row.put("case_type", "民终");
        row.put("procedure", "");
        assertThat(accepted(row).procedure()).isEqualTo(Procedure.SECOND_INSTANCE);
    }

    /**
     * 二审/再审结果 and 发改指 kept apart: a reviewing case's own result is its close method; its upper_outcome is what a
     * still higher court did to it; a first-instance case has no result of its own, whatever its close method says.
     */
    @ParameterizedTest(name = "{0} closed {1}, upper_outcome {2} → own result {3}, upper outcome {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | close_method | upper_outcome | review_result   | upper_outcome stored
            民终   | 改判          |               | REVERSED        | -
            民终   | 发回重审       |               | REMANDED        | -
            民终   | 维持          | 改判           | AFFIRMED        | REVERSED
            民终   | 判决          |               | -               | -
            民终   | 撤诉          |               | -               | -
            民再   | 改判          |               | REVERSED        | -
            民申   | 指令再审       |               | RETRIAL_ORDERED | -
            民初   | 判决          | 改判           | -               | REVERSED
            民初   | 改判          |               | -               | -
            """)
    void aReviewingRowStatesItsOwnResultInItsCloseMethodAndUpperOutcomeIsWhatTheCourtAboveDid(String type,
            String closeMethod, String upperOutcome, String reviewResult, String storedUpperOutcome) {
        Map<String, String> row = good();
        boolean first = type.endsWith("初");
        row.put("case_number", "（2017）" + (first ? "吉0102" : "吉01") + type + "7号");
        row.put("court_code", first ? "吉0102" : "吉01");
        row.put("case_type", type);
        row.put("procedure", "");
        row.put("close_method", closeMethod);
        row.put("upper_outcome", upperOutcome == null ? "" : upperOutcome);
        CaseImportRow accepted = accepted(row);
        assertThat(accepted.reviewResult()).isEqualTo(reviewResult);
        assertThat(accepted.upperOutcome()).isEqualTo(storedUpperOutcome);
    }

    @Test
    void anUnknownOlderCauseIsKeptByNameWithoutACode() {
        Map<String, String> row = good();
        row.put("cause", "经济合同纠纷");
        CaseImportRow accepted = accepted(row);
        assertThat(accepted.causeCode()).isNull();
        assertThat(accepted.causeName()).isEqualTo("经济合同纠纷");
        assertThat(accepted.causeUnmatched()).isTrue();

        row.put("cause", "C4.01.022.03"); // a code is read as well as a name
        assertThat(accepted(row).causeName()).isEqualTo("民间借贷纠纷");
    }

    @ParameterizedTest(name = "{0} {1} filed 2017-03-15, {2} days suspended → {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            民初 | ORDINARY          | 0  | 2017-09-15 | 民事诉讼法 第152条
            民初 | ORDINARY          | 10 | 2017-09-25 | 民事诉讼法 第152条；扣除审限
            民初 | SMALL_CLAIMS      | 0  | 2017-05-15 | 民事诉讼法 第168条
            民终 | SECOND_INSTANCE   | 0  | 2017-06-15 | 民事诉讼法 第183条第1款
            刑初 | FAST_TRACK        | 0  | 2017-03-25 | 刑事诉讼法 第225条
            行初 | SIMPLE            | 0  | 2017-04-29 | 行政诉讼法 第83条
            执   | ENFORCEMENT       | 0  | 2017-09-15 | 审限规定(2000) 第5条
            执复 | ENFORCEMENT       | 0  |            | no rule configured: left empty
            民终 | SIMPLE            | 0  |            | no such procedure for the type: left empty
            """)
    void theDeadlineOfARowWithoutOneIsComputedFromTheStatutoryRule(String type, Procedure procedure, int suspended,
                                                                    LocalDate due, String article) {
        assertThat(CaseImportRow.computedDeadline(CaseType.fromCode(type), procedure, Set.of(), LocalDate.of(2017, 3, 15),
                suspended)).as(article).isEqualTo(Optional.ofNullable(due));
    }

    /**
     * Issue 12: a row without deadline_on gets the deadline of its facts, not of its type alone — the facts named in
     * case_flags, and those its own columns state (原审案号 of a 再审). Due dates worked out by hand from the filing date
     * (not counted: 民事诉讼法 第85条, 刑事诉讼法 第105条).
     */
    @ParameterizedTest(name = "{0} at {1} filed {2} [{3}] 原审 {4} → {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            # type | court  | filed      | case_flags                      | original_case_number   | due        | article
            民终   | 吉01   | 2017-03-15 | 对裁定的上诉                       |                        | 2017-04-14 | 民事诉讼法 第183条第2款: 30日
            民终   | 吉01   | 2017-03-15 | RULING_APPEAL                   |                        | 2017-04-14 | the code name is read too
            民终   | 吉01   | 2017-03-15 |                                 |                        | 2017-06-15 | 民事诉讼法 第183条第1款: 3个月
            民终   | 吉01   | 2017-03-15 | 涉外                             |                        |            | 民事诉讼法 第287条: no limit
            民初   | 吉0102 | 2017-03-15 | 涉外                             |                        |            | 民事诉讼法 第287条: no limit
            刑初   | 吉0102 | 2017-03-15 | 自诉案件;被告人未被羁押             |                        | 2017-09-15 | 刑事诉讼法 第212条第2款: 6个月
            刑初   | 吉0102 | 2017-03-15 | 自诉案件；被告人未被羁押            |                        | 2017-09-15 | full-width separator
            刑初   | 吉0102 | 2017-03-15 | 自诉案件                          |                        | 2017-05-15 | 刑事诉讼法 第212条: detained, 第208条
            刑初   | 吉0102 | 2017-02-28 |                                 |                        | 2017-04-30 | 刑诉解释 第202条: month-end to month-end
            执     | 吉0102 | 2017-03-15 | 非诉执行案件                       |                        | 2017-06-15 | 审限规定(2000) 第5条: 3个月
            民再   | 吉01   | 2017-03-15 |                                 | （2016）吉01民终5号     | 2017-06-15 | 民事诉讼法 第218条: 二审作出的生效裁判, 第二审程序
            民再   | 吉01   | 2017-03-15 |                                 | （2016）吉0102民初5号   | 2017-06-15 | 民事诉讼法 第218条: 上级法院提审, 第二审程序
            民再   | 吉0102 | 2017-03-15 |                                 | （2016）吉0102民初5号   | 2017-09-15 | 民事诉讼法 第218条: 一审作出的生效裁判, 第一审程序
            """)
    void theDeadlineOfARowWithoutOneFollowsTheCaseFacts(String type, String court, String filed, String flags,
                                                        String original, LocalDate due, String article) {
        Map<String, String> row = good();
        row.put("case_number", "（" + filed.substring(0, 4) + "）" + court + type + "9号");
        row.put("court_code", court);
        row.put("case_type", type);
        row.put("procedure", "");
        row.put("filed_on", filed);
        row.put("case_flags", flags == null ? "" : flags);
        row.put("original_case_number", original == null ? "" : original);
        CaseImportRow accepted = accepted(row);
        assertThat(accepted.deadlineOn()).as(article).isEqualTo(due);
        assertThat(accepted.deadlineComputed()).isEqualTo(due != null);
    }

    /** Facts stored with the case (case_file.circumstances), so a later suspension or extension uses the same rule. */
    @Test
    void theCaseFactsAreKeptWithTheRowAndTheCourtLevelIsReadFromTheCourtCode() {
        Map<String, String> row = good();
        row.put("case_number", "（2017）吉行终9号");
        row.put("court_code", "吉");
        row.put("case_type", "行终");
        row.put("procedure", "");
        CaseImportRow accepted = accepted(row);
        // 高级法院审理的行政上诉: extended by the SPC (行政诉讼法 第88条); 法〔2015〕137号 第4条: a high court's code is the
        // province's abbreviation alone.
        assertThat(accepted.flags()).containsExactly(CaseFlag.TRIED_BY_HIGH_COURT);
        assertThat(accepted.deadlineOn()).isEqualTo(LocalDate.of(2017, 6, 15)); // 3个月

        row.put("case_number", "（2017）吉01民终9号");
        row.put("court_code", "吉01");
        row.put("case_type", "民终");
        row.put("case_flags", "涉外;对裁定的上诉");
        assertThat(accepted(row).flags()).containsExactlyInAnyOrder(CaseFlag.FOREIGN_RELATED, CaseFlag.RULING_APPEAL);

        assertThat(accepted(good()).flags()).isEmpty(); // a file without the column imports as before

        row.put("case_number", "（2017）吉民终9号"); // a civil appeal at the high court: the flag is the administrative one
        row.put("court_code", "吉");
        row.put("case_flags", "");
        assertThat(accepted(row).flags()).isEmpty();
    }

    @Test
    void aGivenDeadlineIsKeptAsWritten() {
        Map<String, String> row = good();
        row.put("deadline_on", "2017-07-15");
        CaseImportRow accepted = accepted(row);
        assertThat(accepted.deadlineOn()).isEqualTo(LocalDate.of(2017, 7, 15));
        assertThat(accepted.deadlineComputed()).isFalse();
    }

    @Test
    void anAppealDateMeansAnAppealAndTheTransferFollowsIt() {
        Map<String, String> row = good();
        row.put("appealed", "");
        row.put("appeal_on", "2017-05-30");
        row.put("transferred_on", "2017-06-20");
        row.put("retrial_applied", "Y");
        row.put("original_case_number", "(2016)吉0102民初9号");
        row.put("judgment_published", "不公开已公示");
        CaseImportRow accepted = accepted(row);
        assertThat(accepted.appealed()).isTrue();
        assertThat(accepted.appealOn()).isEqualTo(LocalDate.of(2017, 5, 30));
        assertThat(accepted.transferredOn()).isEqualTo(LocalDate.of(2017, 6, 20));
        assertThat(accepted.retrialApplied()).isTrue();
        assertThat(accepted.originalCaseNumber()).isEqualTo("（2016）吉0102民初9号");
        // 不公开已公示: not published, its case number, court, date and reason announced (法释〔2016〕19号 第6条)
        assertThat(accepted.judgmentPublished()).isEqualTo("ANNOUNCED");

        row.put("transferred_on", "2017-05-25"); // after closing, before the appeal
        assertThat(errorsOf(row)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("transferred_on");
            assertThat(e.reason()).contains("早于上诉日期");
        });
        row.put("transferred_on", "");
        row.put("appealed", "N");
        assertThat(errorsOf(row)).extracting(FieldError::field).containsExactly("appealed");

        Map<String, String> open = good();
        open.put("closed_on", "");
        open.put("close_method", "");
        open.put("archived_on", "");
        open.put("appealed", "");
        open.put("appeal_on", "2017-05-30");
        open.put("transferred_on", "2017-06-20");
        assertThat(errorsOf(open)).extracting(FieldError::field).containsExactly("appeal_on", "transferred_on");
    }
}
