package org.quanze.statistics;

import static org.quanze.statistics.Direction.HIGHER_BETTER;
import static org.quanze.statistics.Direction.LOWER_BETTER;
import static org.quanze.statistics.Direction.NEUTRAL;
import static org.quanze.statistics.Direction.RANGE;
import static org.quanze.statistics.PeriodSemantics.ACCEPTED_IN_PERIOD;
import static org.quanze.statistics.PeriodSemantics.CLOSED_IN_PERIOD;
import static org.quanze.statistics.PeriodSemantics.FILED_IN_PERIOD;
import static org.quanze.statistics.PeriodSemantics.OPEN_AT_END;
import static org.quanze.statistics.PeriodSemantics.OPEN_AT_START;
import static org.quanze.statistics.PeriodSemantics.TRANSFERRED_IN_PERIOD;
import static org.quanze.statistics.PeriodPredicate.Bound.AFTER_TO;
import static org.quanze.statistics.PeriodPredicate.Bound.FROM;
import static org.quanze.statistics.PeriodPredicate.Bound.YEAR_BEFORE_TO;
import static org.quanze.statistics.PeriodPredicate.atLeast;
import static org.quanze.statistics.PeriodPredicate.before;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.statistics.PeriodPredicate.DateColumn;
import org.quanze.statistics.PeriodPredicate.DateCondition;

/**
 * 指标目录 — every indicator quanze computes, in one list. Formula patterns follow the dashboards Chinese courts use
 * (RULES.md §6: 结案率 = 结案数 ÷ (旧存 + 新收); 法定审限内结案率 = 审限内结案数 ÷ 结案数; 一审服判息诉率 = 1 − 上诉数 ÷ 一审结案数)
 * and the indicator names of the SPC case-quality evaluation (2011) and the Jilin evaluation of 2018 in the paper.
 * First instance is a case type ending in 初, second instance one ending in 终, and the review of an application for
 * retrial or a petition (申请再审、申诉审查) one ending in 申 (案号规定 法〔2015〕137号 附件).
 * <p>
 * 发改指 reads {@code upper_outcome}: what a higher court did to the case (改判 REVERSED, 发回重审 REMANDED, 指令再审
 * RETRIAL_ORDERED), set on the case the appeal or retrial names. A reviewing case's own result is {@code review_result}
 * and never counts against its court: an intermediate court's 民终 that reversed a basic court's judgment is not a
 * reversal of the intermediate court (only a retrial reversing that 民终 would be).
 */
public final class Indicators {

    /**
     * The period predicates over casefile.case_fact, by name; a definition writes {@code {closed}} for "closed in the
     * period". In their SQL ({@link PeriodPredicate#sql()}) {@code {from}} and {@code {to}} are the period's first and
     * last day. A definition's numerator and denominator are conjunctions of named predicates and conditions on the case.
     */
    public static final Map<String, PeriodPredicate> PERIOD_PREDICATES = periodPredicates();

    private static Map<String, PeriodPredicate> periodPredicates() {
        DateCondition filedBeforeStart = before(DateColumn.FILED, FROM);
        DateCondition filedByEnd = before(DateColumn.FILED, AFTER_TO);
        DateCondition openAtStart = atLeast(DateColumn.CLOSED, FROM);
        DateCondition openAfterEnd = atLeast(DateColumn.CLOSED, AFTER_TO);
        Map<String, PeriodPredicate> p = new LinkedHashMap<>();
        p.put("open_at_start", new PeriodPredicate(List.of(filedBeforeStart, openAtStart), null));
        p.put("filed", new PeriodPredicate(List.of(atLeast(DateColumn.FILED, FROM), filedByEnd), null));
        p.put("accepted", new PeriodPredicate(List.of(filedByEnd, openAtStart), null));
        p.put("closed", new PeriodPredicate(List.of(atLeast(DateColumn.CLOSED, FROM), before(DateColumn.CLOSED, AFTER_TO)), null));
        PeriodPredicate openAtEnd = new PeriodPredicate(List.of(filedByEnd, openAfterEnd), null);
        p.put("open_at_end", openAtEnd);
        // 长期未结诉讼案件: litigation (not enforcement) open at the period's end, filed more than 12 months before it
        p.put("long_pending", openAtEnd.and(List.of(before(DateColumn.FILED, YEAR_BEFORE_TO)), "category <> 'ENFORCEMENT'"));
        p.put("archived_by_end", new PeriodPredicate(List.of(before(DateColumn.ARCHIVED, AFTER_TO)), null));
        // 移送: the file sent up on appeal, or back after 发回重审, in the period
        p.put("transferred", new PeriodPredicate(List.of(atLeast(DateColumn.TRANSFERRED, FROM),
                before(DateColumn.TRANSFERRED, AFTER_TO)), null));
        // 院庭长承办: {leaders} is the array of staff ids holding a leader post, bound as a parameter by the engine
        p.put("leader", new PeriodPredicate(List.of(), "handler_id = ANY({leaders})"));
        return java.util.Collections.unmodifiableMap(p);
    }

    static final String OPEN_AT_START_P = "{open_at_start}";
    static final String FILED_P = "{filed}";
    static final String ACCEPTED_P = "{accepted}";
    static final String CLOSED_P = "{closed}";
    static final String OPEN_AT_END_P = "{open_at_end}";
    static final String FIRST_INSTANCE = "case_type LIKE '%初'";
    static final String FIRST_CLOSED_P = CLOSED_P + " AND " + FIRST_INSTANCE;
    static final String SECOND_INSTANCE = "case_type LIKE '%终'";
    static final String RETRIAL_REVIEW = "case_type LIKE '%申'";
    static final String JUDGMENTS_CLOSED_P = CLOSED_P + " AND close_method = '判决'";
    /** 诉讼案件: every case but enforcement (执, 执恢, 执异, 执复, 执保: category ENFORCEMENT). */
    static final String LITIGATION = "category <> 'ENFORCEMENT'";
    static final String LITIGATION_CLOSED_P = CLOSED_P + " AND " + LITIGATION;
    static final String LITIGATION_ACCEPTED_P = ACCEPTED_P + " AND " + LITIGATION;
    /**
     * Closed cases whose document the law does not put online (法释〔2016〕19号 第4条): those closed by mediation (第4条
     * 第3项) and divorce cases or those on the custody or guardianship of children (第4条 第4项: 离婚纠纷 C2.01.003,
     * 同居关系子女抚养纠纷 C2.01.009.02, 抚养纠纷 C2.01.011 and below, 监护权纠纷 C2.01.015) — the subtractions of
     * 文书上网率 = 公开文书数 ÷ (结案数 − 调解 − 离婚 − 涉未成年人) (RULES.md §6). Not recorded in the case facts, hence not
     * subtracted: 未成年人犯罪 (第2项), 国家秘密 (第1项).
     */
    static final String NOT_FOR_PUBLICATION = "close_method = '调解' OR cause_code IN ('C2.01.003', 'C2.01.009.02', "
            + "'C2.01.015') OR cause_code LIKE 'C2.01.011%'";
    /** Written with coalesce, not IS NOT TRUE, so that Spark (national statistics) and DuckDB (bench) read it too. */
    static final String PUBLISHABLE_CLOSED_P = CLOSED_P + " AND NOT coalesce(" + NOT_FOR_PUBLICATION + ", false)";
    static final String LONG_PENDING_P = "{long_pending}";
    static final String LEADER_P = "{leader}";

    /** Whether a predicate needs the staff ids of court leaders (院庭长) bound as {@code {leaders}}. */
    public static boolean usesLeaders(String predicate) {
        return predicate != null && predicate.contains(LEADER_P);
    }

    /**
     * A predicate as SQL for a query that binds the period's first and last day and the leaders' ids to the given
     * expressions (e.g. the columns of a one-row parameter join), its named period predicates written out.
     */
    public static String sql(String predicate, String from, String to, String leaders) {
        return "(" + expand(predicate).replace("{from}", from).replace("{to}", to).replace("{leaders}", leaders) + ")";
    }

    /** A predicate with its named period predicates written out; {@code {from}} and {@code {to}} remain. */
    public static String expand(String predicate) {
        String sql = predicate;
        for (Map.Entry<String, PeriodPredicate> e : PERIOD_PREDICATES.entrySet()) {
            sql = sql.replace("{" + e.getKey() + "}", "(" + e.getValue().sql() + ")");
        }
        return sql;
    }

    public static final IndicatorDefinition OLD_PENDING = IndicatorDefinition.count("OLD_PENDING", "旧存", OPEN_AT_START_P,
            NEUTRAL, OPEN_AT_START, "立案于期初之前、期初时尚未审结的案件");
    public static final IndicatorDefinition NEWLY_FILED = IndicatorDefinition.count("NEWLY_FILED", "新收", FILED_P,
            NEUTRAL, FILED_IN_PERIOD, "本期立案的案件");
    public static final IndicatorDefinition ACCEPTED = IndicatorDefinition.count("ACCEPTED", "受理", ACCEPTED_P,
            NEUTRAL, ACCEPTED_IN_PERIOD, "受理 = 旧存 + 新收");
    public static final IndicatorDefinition CLOSED = IndicatorDefinition.count("CLOSED", "审结", CLOSED_P,
            HIGHER_BETTER, CLOSED_IN_PERIOD, "本期审（执）结的案件");
    public static final IndicatorDefinition PENDING = IndicatorDefinition.count("PENDING", "未结", OPEN_AT_END_P,
            LOWER_BETTER, OPEN_AT_END, "未结 = 受理 − 审结：期末尚未审结的案件");
    public static final IndicatorDefinition CLOSURE_RATE = IndicatorDefinition.rate("CLOSURE_RATE", "结案率", CLOSED_P,
            ACCEPTED_P, HIGHER_BETTER, ACCEPTED_IN_PERIOD, "结案率 = 审结 ÷ 受理（旧存 + 新收）");
    public static final IndicatorDefinition PER_JUDGE_ACCEPTED = IndicatorDefinition.perJudge("PER_JUDGE_ACCEPTED",
            "人均受案", ACCEPTED_P, ACCEPTED_IN_PERIOD, "受理 ÷ 期末在岗员额法官人数");
    public static final IndicatorDefinition PER_JUDGE_CLOSED = IndicatorDefinition.perJudge("PER_JUDGE_CLOSED",
            "人均结案", CLOSED_P, CLOSED_IN_PERIOD, "审结 ÷ 期末在岗员额法官人数");

    public static final IndicatorDefinition CLOSED_WITHIN_DEADLINE_RATE = IndicatorDefinition.rate(
            "CLOSED_WITHIN_DEADLINE_RATE", "法定审限内结案率", CLOSED_P + " AND closed_within_deadline", CLOSED_P,
            HIGHER_BETTER, CLOSED_IN_PERIOD, "审限内结案数 ÷ 结案数（审限已计入扣除与延长）");
    /**
     * 平均审理天数 — over litigation cases (诉讼案件) only: enforcement has its own measure (平均执行时间指数 of the 2011
     * evaluation, RULES.md §6), and its long terms would pull the trial figure up.
     */
    public static final IndicatorDefinition AVERAGE_TRIAL_DAYS = IndicatorDefinition.average("AVERAGE_TRIAL_DAYS",
            "平均审理天数", LITIGATION_CLOSED_P, "closed_on - filed_on", Unit.DAYS, LOWER_BETTER, CLOSED_IN_PERIOD,
            "本期审结的诉讼案件（不含执行）自立案至结案的天数之和 ÷ 其件数");
    public static final IndicatorDefinition LONG_PENDING = IndicatorDefinition.count("LONG_PENDING", "长期未结诉讼案件数",
            LONG_PENDING_P, LOWER_BETTER, OPEN_AT_END, "期末未结、立案已逾12个月的诉讼案件（不含执行）");
    public static final IndicatorDefinition LONG_PENDING_SHARE = IndicatorDefinition.rate("LONG_PENDING_SHARE",
            "长期未结诉讼案件占比", LONG_PENDING_P, OPEN_AT_END_P + " AND category <> 'ENFORCEMENT'", LOWER_BETTER,
            OPEN_AT_END, "长期未结诉讼案件 ÷ 期末未结诉讼案件");
    public static final IndicatorDefinition EXTENDED_PENDING_SHARE = IndicatorDefinition.rate("EXTENDED_PENDING_SHARE",
            "延长审限未结比", OPEN_AT_END_P + " AND extended", OPEN_AT_END_P, LOWER_BETTER, OPEN_AT_END,
            "期末未结且延长过审限的案件 ÷ 期末未结案件（2011年质效评估 效率指标）");
    public static final IndicatorDefinition FIRST_INSTANCE_APPEAL_RATE = IndicatorDefinition.rate(
            "FIRST_INSTANCE_APPEAL_RATE", "一审上诉率", FIRST_CLOSED_P + " AND appealed", FIRST_CLOSED_P, RANGE,
            CLOSED_IN_PERIOD, "本期审结的一审案件中被上诉的 ÷ 一审结案数");
    public static final IndicatorDefinition FIRST_INSTANCE_REVERSAL_RATE = IndicatorDefinition.rate(
            "FIRST_INSTANCE_REVERSAL_RATE", "一审案件改判率", FIRST_CLOSED_P + " AND upper_outcome = 'REVERSED'",
            FIRST_CLOSED_P, LOWER_BETTER, CLOSED_IN_PERIOD, "上级法院改判的一审案件 ÷ 一审结案数");
    public static final IndicatorDefinition FIRST_INSTANCE_REMAND_RATE = IndicatorDefinition.rate(
            "FIRST_INSTANCE_REMAND_RATE", "一审案件发回重审率", FIRST_CLOSED_P + " AND upper_outcome = 'REMANDED'",
            FIRST_CLOSED_P, LOWER_BETTER, CLOSED_IN_PERIOD, "上级法院发回重审的一审案件 ÷ 一审结案数");
    public static final IndicatorDefinition REVERSED = IndicatorDefinition.count("REVERSED", "被改判案件数",
            CLOSED_P + " AND upper_outcome = 'REVERSED'", LOWER_BETTER, CLOSED_IN_PERIOD, "发改指：本期审结、被上级法院改判");
    public static final IndicatorDefinition REMANDED = IndicatorDefinition.count("REMANDED", "被发回重审案件数",
            CLOSED_P + " AND upper_outcome = 'REMANDED'", LOWER_BETTER, CLOSED_IN_PERIOD, "发改指：本期审结、被发回重审");
    public static final IndicatorDefinition RETRIAL_ORDERED = IndicatorDefinition.count("RETRIAL_ORDERED",
            "被指令再审案件数", CLOSED_P + " AND upper_outcome = 'RETRIAL_ORDERED'", LOWER_BETTER, CLOSED_IN_PERIOD,
            "发改指：本期审结、被指令再审");
    public static final IndicatorDefinition MEDIATION_WITHDRAWAL_RATE = IndicatorDefinition.rate(
            "MEDIATION_WITHDRAWAL_RATE", "调撤率", CLOSED_P + " AND close_method IN ('调解', '撤诉')", CLOSED_P,
            HIGHER_BETTER, CLOSED_IN_PERIOD, "以调解或撤诉方式结案的 ÷ 结案数");
    public static final IndicatorDefinition FIRST_INSTANCE_SETTLED_RATE = IndicatorDefinition.rate(
            "FIRST_INSTANCE_SETTLED_RATE", "一审服判息诉率", FIRST_CLOSED_P + " AND NOT appealed", FIRST_CLOSED_P,
            HIGHER_BETTER, CLOSED_IN_PERIOD, "1 − 上诉数 ÷ 一审结案数");
    public static final IndicatorDefinition SIMPLE_PROCEDURE_RATE = IndicatorDefinition.rate("SIMPLE_PROCEDURE_RATE",
            "一审简易程序适用率", FIRST_CLOSED_P + " AND category = 'CIVIL' AND procedure = 'SIMPLE'",
            FIRST_CLOSED_P + " AND category = 'CIVIL'", HIGHER_BETTER, CLOSED_IN_PERIOD,
            "适用简易程序审结的民事一审案件 ÷ 民事一审结案数");
    /**
     * 裁判文书上网率 = 公开文书数 ÷ (结案数 − 调解 − 离婚 − 涉未成年人) (RULES.md §6): every closed case's document — the
     * judgments and the rulings, orders and enforcement rulings 法释〔2016〕19号 第3条 puts online — less the cases whose
     * document the law keeps off the internet ({@link #NOT_FOR_PUBLICATION}), not the judgments alone.
     */
    public static final IndicatorDefinition JUDGMENT_ONLINE_RATE = IndicatorDefinition.rate("JUDGMENT_ONLINE_RATE",
            "裁判文书上网率", PUBLISHABLE_CLOSED_P + " AND judgment_published = 'PUBLISHED'", PUBLISHABLE_CLOSED_P,
            HIGHER_BETTER, CLOSED_IN_PERIOD,
            "已上网公开的裁判文书 ÷（结案数 − 调解结案 − 离婚及子女抚养、监护案件）（法释〔2016〕19号 第3、4条）");
    /**
     * 庭审直播数占比 — live-streamed litigation cases ÷ litigation cases accepted: the Jilin evaluation of 2018 asks that
     * 直播庭审案件总数 be at least 7% of 当年受理诉讼案件总数 (the paper); enforcement cases have no trial to stream.
     */
    public static final IndicatorDefinition LIVE_STREAMED_SHARE = IndicatorDefinition.rate("LIVE_STREAMED_SHARE",
            "庭审直播数占比", LITIGATION_ACCEPTED_P + " AND hearing_live_streamed", LITIGATION_ACCEPTED_P, HIGHER_BETTER,
            ACCEPTED_IN_PERIOD, "有庭审直播的诉讼案件 ÷ 受理的诉讼案件（不含执行）");
    public static final IndicatorDefinition ARCHIVED_RATE = IndicatorDefinition.rate("ARCHIVED_RATE", "卷宗归档率",
            CLOSED_P + " AND {archived_by_end}", CLOSED_P, HIGHER_BETTER, CLOSED_IN_PERIOD,
            "期末前已归档的 ÷ 本期结案数");
    public static final IndicatorDefinition COMMITTEE_DECIDED = IndicatorDefinition.count("COMMITTEE_DECIDED",
            "审委会讨论决定案件数", CLOSED_P + " AND committee_decided", NEUTRAL, CLOSED_IN_PERIOD,
            "本期审结、经审判委员会讨论决定的案件");

    /**
     * 院庭长审结案件数: cases closed in the period whose handler (承办人) holds a leader post (院长, 副院长, 庭长, 副庭长;
     * {@code Post.LEADERS}). Simplification: the posts are those held on the period's last day, and the same set of
     * leaders is used for the year before.
     */
    public static final IndicatorDefinition LEADER_CLOSED = IndicatorDefinition.count("LEADER_CLOSED", "院庭长审结案件数",
            CLOSED_P + " AND " + LEADER_P, HIGHER_BETTER, CLOSED_IN_PERIOD,
            "本期审结、承办人为院庭长（院长、副院长、庭长、副庭长，以期末职务计）的案件");
    /** 院庭长审结案件占比: {@link #LEADER_CLOSED} ÷ 审结, with the same simplification. */
    public static final IndicatorDefinition LEADER_CLOSED_SHARE = IndicatorDefinition.rate("LEADER_CLOSED_SHARE",
            "院庭长审结案件占比", CLOSED_P + " AND " + LEADER_P, CLOSED_P, HIGHER_BETTER, CLOSED_IN_PERIOD,
            "院庭长审结案件数 ÷ 审结数");
    /**
     * 生效案件改判率: cases closed in the period that a higher court reversed ÷ cases closed in the period. Simplification:
     * every case closed in the period is taken as having taken effect (生效), and the higher court's outcome is the one
     * recorded on the case ({@code upper_outcome}), whether on appeal or on retrial; a second-instance or retrial case's
     * own decision ({@code review_result}) is not an outcome done to it.
     */
    public static final IndicatorDefinition EFFECTIVE_REVERSAL_RATE = IndicatorDefinition.rate("EFFECTIVE_REVERSAL_RATE",
            "生效案件改判率", CLOSED_P + " AND upper_outcome = 'REVERSED'", CLOSED_P, LOWER_BETTER, CLOSED_IN_PERIOD,
            "本期审结、被上级法院改判的 ÷ 本期结案数（结案即视为生效）");
    /** 生效案件发回重审率: as {@link #EFFECTIVE_REVERSAL_RATE}, with cases remanded for retrial (发回重审). */
    public static final IndicatorDefinition EFFECTIVE_REMAND_RATE = IndicatorDefinition.rate("EFFECTIVE_REMAND_RATE",
            "生效案件发回重审率", CLOSED_P + " AND upper_outcome = 'REMANDED'", CLOSED_P, LOWER_BETTER, CLOSED_IN_PERIOD,
            "本期审结、被发回重审的 ÷ 本期结案数（结案即视为生效）");

    /**
     * 裁判文书“双百”完成率 — the check of the paper's Jilin courts: judgments fit for publication 100% published (上网),
     * the others 100% announced (公示: case number, court, date and the reason for not publishing, 法释〔2016〕19号 第6条).
     */
    public static final IndicatorDefinition DOUBLE_HUNDRED_RATE = IndicatorDefinition.rate("DOUBLE_HUNDRED_RATE",
            "裁判文书“双百”完成率", JUDGMENTS_CLOSED_P + " AND judgment_published IN ('PUBLISHED', 'ANNOUNCED')",
            JUDGMENTS_CLOSED_P, HIGHER_BETTER, CLOSED_IN_PERIOD,
            "已上网公开或不公开已公示的判决书 ÷ 以判决结案数（应公开的100%公开，不公开的100%公示）");
    /**
     * 上诉案件平均移送天数 (Jilin evaluation 2018) — from the appeal reaching the court to the file going up (民事诉讼法
     * 第174条: within five days; 刑事诉讼法 第231条: three), over appealed first-instance cases whose file went up in the
     * period.
     */
    public static final IndicatorDefinition APPEAL_TRANSFER_DAYS = IndicatorDefinition.average("APPEAL_TRANSFER_DAYS",
            "上诉案件平均移送天数", "{transferred} AND " + FIRST_INSTANCE + " AND appeal_on IS NOT NULL",
            "transferred_on - appeal_on", Unit.DAYS, LOWER_BETTER, TRANSFERRED_IN_PERIOD,
            "本期移送上一级法院的一审上诉案件，自收到上诉状至移送的天数之和 ÷ 件数");
    /**
     * 发回重审案件平均移送天数 — from the second-instance decision to remand (the case's own result REMANDED, whether
     * chosen at closing or stated by the close method 发回重审) to the file going back to the court below, over the files
     * sent back in the period.
     */
    public static final IndicatorDefinition REMAND_TRANSFER_DAYS = IndicatorDefinition.average("REMAND_TRANSFER_DAYS",
            "发回重审案件平均移送天数", "{transferred} AND " + SECOND_INSTANCE + " AND review_result = 'REMANDED'",
            "transferred_on - closed_on", Unit.DAYS, LOWER_BETTER, TRANSFERRED_IN_PERIOD,
            "本期退回原审法院的发回重审二审案件，自结案至移送的天数之和 ÷ 件数");
    /**
     * 申请再审/申诉率 (2011 evaluation 申诉率; Jilin 2018 申请再审、申诉率) — litigation cases closed in the period that a
     * party then applied to have retried or petitioned against ÷ litigation cases closed in the period (enforcement
     * excluded). Every case closed is taken as effective, as {@link #EFFECTIVE_REVERSAL_RATE}.
     */
    public static final IndicatorDefinition RETRIAL_APPLICATION_RATE = IndicatorDefinition.rate("RETRIAL_APPLICATION_RATE",
            "申请再审/申诉率", LITIGATION_CLOSED_P + " AND retrial_applied", LITIGATION_CLOSED_P, LOWER_BETTER,
            CLOSED_IN_PERIOD, "本期审结、被申请再审或申诉的诉讼案件 ÷ 本期审结的诉讼案件（不含执行）");
    /**
     * 新收申请再审、申诉审查案件数 — review cases (民申, 刑申, 行申) filed in the period; the paper's 2017 analysis flagged their
     * growth, the fastest in three years.
     */
    public static final IndicatorDefinition RETRIAL_APPLICATIONS = IndicatorDefinition.count("RETRIAL_APPLICATIONS",
            "新收申请再审、申诉审查案件数", FILED_P + " AND " + RETRIAL_REVIEW, LOWER_BETTER, FILED_IN_PERIOD,
            "本期立案的申请再审、申诉审查案件（民申、刑申、行申）");

    // 审判流程公开 (the paper 三.(二).6; issue 15): Jilin 2017 opened 386,545 cases to the parties' query, pushed 22,357
    // SMS, and parties queried 29,727 cases 83,884 times (7.69%). Counted over the portal's events on cases.
    static final String OPENED = "e.kind = 'QUERY_OPENED'";
    static final String QUERIED = "e.kind = 'QUERY'";
    static final String HEARING = "e.kind = 'HEARING'";

    public static final IndicatorDefinition CASES_OPEN_TO_QUERY = IndicatorDefinition.eventCount("CASES_OPEN_TO_QUERY",
            "公开查询案件数", OPENED, true, HIGHER_BETTER, "本期向当事人公开查询（发放查询码）的案件");
    public static final IndicatorDefinition CASES_QUERIED = IndicatorDefinition.eventCount("CASES_QUERIED", "被查询案件数",
            QUERIED, true, NEUTRAL, "本期当事人或其代理人查询过的案件");
    public static final IndicatorDefinition QUERIES = IndicatorDefinition.eventCount("QUERIES", "查询次数", QUERIED, false,
            NEUTRAL, "本期当事人或其代理人查询案件的次数");
    /** 查询率 as the paper gives Jilin's 7.69%: cases queried in the period ÷ cases opened to query in it. */
    public static final IndicatorDefinition QUERY_RATE = IndicatorDefinition.eventRate("QUERY_RATE", "查询率", QUERIED, OPENED,
            true, HIGHER_BETTER, "被查询案件数 ÷ 公开查询案件数（吉林2017年：29727 ÷ 386545 = 7.69%）");
    public static final IndicatorDefinition NOTICES_SMS_SENT = IndicatorDefinition.eventCount("NOTICES_SMS_SENT",
            "短信推送条数", "e.kind = 'NOTICE' AND e.detail = 'SMS:SENT'", false, HIGHER_BETTER,
            "本期产生、已由短信平台发出的流程节点通知");
    public static final IndicatorDefinition NOTICES_SMS_UNDELIVERED = IndicatorDefinition.eventCount("NOTICES_SMS_UNDELIVERED",
            "短信推送失败或待核实条数", "e.kind = 'NOTICE' AND e.detail IN ('SMS:FAILED', 'SMS:UNCERTAIN')", false,
            LOWER_BETTER, "本期产生、多次重试仍失败或发送中断待人工核实的短信通知");
    public static final IndicatorDefinition NOTICES_EMAIL_SENT = IndicatorDefinition.eventCount("NOTICES_EMAIL_SENT",
            "邮件推送条数", "e.kind = 'NOTICE' AND e.detail = 'EMAIL:SENT'", false, HIGHER_BETTER,
            "本期产生、已由邮件发出的流程节点通知");
    public static final IndicatorDefinition NOTICES_EMAIL_UNDELIVERED = IndicatorDefinition.eventCount(
            "NOTICES_EMAIL_UNDELIVERED", "邮件推送失败或待核实条数",
            "e.kind = 'NOTICE' AND e.detail IN ('EMAIL:FAILED', 'EMAIL:UNCERTAIN')", false, LOWER_BETTER,
            "本期产生、多次重试仍失败或发送中断待人工核实的邮件通知");
    public static final IndicatorDefinition HEARINGS_LIVE_STREAMED = IndicatorDefinition.eventCount("HEARINGS_LIVE_STREAMED",
            "直播庭审场次", HEARING + " AND e.detail = 'LIVE'", false, HIGHER_BETTER, "本期开庭公告中庭审直播的场次");
    public static final IndicatorDefinition HEARING_LIVE_SHARE = IndicatorDefinition.eventRate("HEARING_LIVE_SHARE",
            "直播庭审场次占比", HEARING + " AND e.detail = 'LIVE'", HEARING, false, HIGHER_BETTER,
            "直播庭审场次 ÷ 本期开庭公告的庭审场次");

    /** The figures of 审判流程公开, over the portal's events. */
    public static final List<IndicatorDefinition> PROCESS_DISCLOSURE = List.of(CASES_OPEN_TO_QUERY, CASES_QUERIED, QUERIES,
            QUERY_RATE, NOTICES_SMS_SENT, NOTICES_SMS_UNDELIVERED, NOTICES_EMAIL_SENT, NOTICES_EMAIL_UNDELIVERED,
            HEARINGS_LIVE_STREAMED, HEARING_LIVE_SHARE);

    /** 统计口径: the basic table, in the order Chinese court statistics print it. */
    public static final List<IndicatorDefinition> CALIBER = List.of(OLD_PENDING, NEWLY_FILED, ACCEPTED, CLOSED, PENDING,
            CLOSURE_RATE, PER_JUDGE_ACCEPTED, PER_JUDGE_CLOSED);

    /** Every indicator, the caliber first. */
    public static final List<IndicatorDefinition> ALL = List.of(OLD_PENDING, NEWLY_FILED, ACCEPTED, CLOSED, PENDING,
            CLOSURE_RATE, PER_JUDGE_ACCEPTED, PER_JUDGE_CLOSED, CLOSED_WITHIN_DEADLINE_RATE, AVERAGE_TRIAL_DAYS,
            LONG_PENDING, LONG_PENDING_SHARE, EXTENDED_PENDING_SHARE, FIRST_INSTANCE_APPEAL_RATE,
            FIRST_INSTANCE_REVERSAL_RATE, FIRST_INSTANCE_REMAND_RATE, REVERSED, REMANDED, RETRIAL_ORDERED,
            MEDIATION_WITHDRAWAL_RATE, FIRST_INSTANCE_SETTLED_RATE, SIMPLE_PROCEDURE_RATE, JUDGMENT_ONLINE_RATE,
            LIVE_STREAMED_SHARE, ARCHIVED_RATE, COMMITTEE_DECIDED, LEADER_CLOSED, LEADER_CLOSED_SHARE,
            EFFECTIVE_REVERSAL_RATE, EFFECTIVE_REMAND_RATE, DOUBLE_HUNDRED_RATE, APPEAL_TRANSFER_DAYS, REMAND_TRANSFER_DAYS,
            RETRIAL_APPLICATION_RATE, RETRIAL_APPLICATIONS, CASES_OPEN_TO_QUERY, CASES_QUERIED, QUERIES, QUERY_RATE,
            NOTICES_SMS_SENT, NOTICES_SMS_UNDELIVERED, NOTICES_EMAIL_SENT, NOTICES_EMAIL_UNDELIVERED, HEARINGS_LIVE_STREAMED,
            HEARING_LIVE_SHARE);

    /** The key indicators of the situation-analysis page (after the caliber). */
    public static final List<IndicatorDefinition> KEY = ALL.subList(CALIBER.size(), ALL.size());

    /** The key indicators over the case facts: the page's and the report's 主要指标, before 审判流程公开. */
    public static final List<IndicatorDefinition> KEY_CASE_FACTS = KEY.stream().filter(d -> !d.countsEvents()).toList();

    /**
     * The indicators over the case facts alone — what the in-memory model holds and what the national statistics (Spark)
     * and the DuckDB benchmark compute from the case table; the others count the portal's events.
     */
    public static final List<IndicatorDefinition> CASE_FACTS = ALL.stream().filter(d -> !d.countsEvents()).toList();

    private static final Map<String, IndicatorDefinition> BY_CODE = new LinkedHashMap<>();

    static {
        for (IndicatorDefinition d : ALL) {
            if (BY_CODE.put(d.code(), d) != null) throw new IllegalStateException("duplicate indicator " + d.code());
        }
    }

    private Indicators() {
    }

    public static Optional<IndicatorDefinition> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static IndicatorDefinition get(String code) {
        return find(code).orElseThrow(() -> StatisticsRefusal.unknownIndicator(code));
    }
}
