package org.quanze.casefile.domain;

import static org.quanze.casefile.domain.CaseFlag.*;
import static org.quanze.casefile.domain.DeadlineRule.ConversionStart.DECISION_DATE;
import static org.quanze.casefile.domain.DeadlineRule.ConversionStart.FILING_DATE;
import static org.quanze.casefile.domain.ExtensionApprover.*;
import static org.quanze.casefile.domain.ExtensionStep.once;
import static org.quanze.casefile.domain.ExtensionStep.repeatedly;
import static org.quanze.casefile.domain.ExtensionStep.uncapped;
import static org.quanze.casefile.domain.TimeLimit.days;
import static org.quanze.casefile.domain.TimeLimit.months;

import java.util.Set;

/**
 * The registry of 审限 rules, one named constant per rule, and {@link #forCase} to pick one.
 * Figures come from the statute texts in shared/domain/statutes; where a statute names no approver the
 * Javadoc says where the approver was taken from.
 */
public final class DeadlineRules {

    // ---- 民事 -------------------------------------------------------------------------------------

    /** 民事一审普通程序: 6个月, +6个月 本院院长, further 上级法院 without a fixed figure — 民事诉讼法 第152条. */
    public static final DeadlineRule CIVIL_ORDINARY = DeadlineRule.of("民事普通程序", "民事诉讼法 第152条",
            months(6), FILING_DATE, once(PRESIDENT, months(6)), uncapped(UPPER_COURT));

    /** 民事简易程序: 3个月, +1个月 本院院长, 累计不得超过四个月 — 民事诉讼法 第164条; 民诉解释 第258条. */
    public static final DeadlineRule CIVIL_SIMPLE = DeadlineRule.of("民事简易程序", "民事诉讼法 第164条；民诉解释 第258条",
            months(3), FILING_DATE, once(PRESIDENT, months(1)));

    /** 小额诉讼程序: 2个月, +1个月 本院院长 — 民事诉讼法 第168条. */
    public static final DeadlineRule CIVIL_SMALL_CLAIMS = DeadlineRule.of("小额诉讼程序", "民事诉讼法 第168条",
            months(2), FILING_DATE, once(PRESIDENT, months(1)));

    /** 对判决的上诉: 3个月, extension by 本院院长 (no figure) — 民事诉讼法 第183条第1款. */
    public static final DeadlineRule CIVIL_JUDGMENT_APPEAL = DeadlineRule.of("民事判决上诉案件", "民事诉讼法 第183条第1款",
            months(3), FILING_DATE, uncapped(PRESIDENT));

    /** 对裁定的上诉: 30日, extension by 本院院长 — 民事诉讼法 第183条第2款; 民诉解释 第339条. */
    public static final DeadlineRule CIVIL_RULING_APPEAL = DeadlineRule.of("民事裁定上诉案件",
            "民事诉讼法 第183条第2款；民诉解释 第339条", days(30), FILING_DATE, uncapped(PRESIDENT));

    /**
     * 特别程序: 30日 from filing or from the end of the notice period (the caller passes that date as the
     * filing date), extension by 本院院长 — 民事诉讼法 第187条. 选民资格案件 must instead be decided before
     * election day (第189条); that date is not modelled here.
     */
    public static final DeadlineRule CIVIL_SPECIAL = DeadlineRule.of("民事特别程序", "民事诉讼法 第187条",
            days(30), FILING_DATE, uncapped(PRESIDENT));

    /** 再审审查: 3个月 from acceptance, extension by 本院院长 — 民事诉讼法 第215条; 民诉解释 第129条. */
    public static final DeadlineRule CIVIL_RETRIAL_REVIEW = DeadlineRule.of("民事再审审查", "民事诉讼法 第215条；民诉解释 第129条",
            months(3), FILING_DATE, uncapped(PRESIDENT));

    /** 民事再审按第一审程序: the 第152条 limit — 民诉解释 第128条. */
    public static final DeadlineRule CIVIL_RETRIAL_AS_FIRST = CIVIL_ORDINARY.appliedAs("民事再审（第一审程序）", "民诉解释 第128条");

    /** 民事再审按第二审程序: the 第183条 limit — 民诉解释 第128条. */
    public static final DeadlineRule CIVIL_RETRIAL_AS_SECOND = CIVIL_JUDGMENT_APPEAL.appliedAs("民事再审（第二审程序）", "民诉解释 第128条");

    /** 督促程序: 支付令 within 15日 of acceptance; the statute allows no extension — 民事诉讼法 第227条. */
    public static final DeadlineRule CIVIL_PAYMENT_ORDER = DeadlineRule.of("督促程序", "民事诉讼法 第227条",
            days(15), FILING_DATE);

    /** 涉外民事案件: 不受第152条、第183条规定的限制 — 民事诉讼法 第287条. */
    public static final DeadlineRule CIVIL_FOREIGN_RELATED = DeadlineRule.unlimited("涉外民事案件", "民事诉讼法 第287条");

    // ---- 刑事 -------------------------------------------------------------------------------------

    /**
     * A criminal limit: it runs from the decision after a conversion (刑诉解释 第376条) and counts its months
     * month-end to month-end (刑诉解释 第202条).
     */
    private static DeadlineRule criminalRule(String name, String article, TimeLimit base, ExtensionStep... steps) {
        return DeadlineRule.of(name, article, base, DECISION_DATE, steps).countingMonthEnds();
    }

    /**
     * 公诉一审: 2个月, 至迟不得超过三个月 — 刑事诉讼法 第208条. The statute names no approver for the third
     * month; 本院院长 is the configured default [U]. Without 第208条 grounds nothing more is possible.
     */
    public static final DeadlineRule CRIMINAL_FIRST = criminalRule("刑事公诉一审", "刑事诉讼法 第208条",
            months(2), once(PRESIDENT, months(1)));

    /**
     * 公诉一审 with 死刑/附带民事/第158条 grounds: then +3个月 by 上一级法院, once; then the SPC, 1–3个月 each
     * time, repeatable — 刑事诉讼法 第208条; 刑诉解释 第210条.
     */
    public static final DeadlineRule CRIMINAL_FIRST_GRAVE = criminalRule("刑事公诉一审（可延长）",
            "刑事诉讼法 第208条；刑诉解释 第210条", months(2),
            once(PRESIDENT, months(1)), once(UPPER_COURT, months(3)), repeatedly(SUPREME_COURT, months(3)));

    /**
     * 自诉一审, defendant not detained: 6个月 — 刑事诉讼法 第212条第2款. The statute names no extension;
     * +3个月 by 本院院长 is taken from 审限规定(2000) 第1条第2款.
     */
    public static final DeadlineRule CRIMINAL_PRIVATE_NOT_DETAINED = criminalRule("刑事自诉一审（未羁押）",
            "刑事诉讼法 第212条第2款；审限规定(2000) 第1条", months(6), once(PRESIDENT, months(3)));

    /** 刑事简易程序: 20日 — 刑事诉讼法 第220条. */
    public static final DeadlineRule CRIMINAL_SIMPLE = criminalRule("刑事简易程序", "刑事诉讼法 第220条",
            days(20));

    /** 刑事简易程序, likely sentence over three years: 一个半月 — 刑事诉讼法 第220条. */
    public static final DeadlineRule CRIMINAL_SIMPLE_OVER_THREE_YEARS = criminalRule("刑事简易程序（可能判处三年以上）",
            "刑事诉讼法 第220条", new TimeLimit(1, 15));

    /** 速裁程序: 10日 — 刑事诉讼法 第225条. */
    public static final DeadlineRule CRIMINAL_FAST_TRACK = criminalRule("速裁程序", "刑事诉讼法 第225条",
            days(10));

    /** 速裁程序, likely sentence over one year: 15日 — 刑事诉讼法 第225条. */
    public static final DeadlineRule CRIMINAL_FAST_TRACK_OVER_ONE_YEAR = criminalRule("速裁程序（可能判处一年以上）",
            "刑事诉讼法 第225条", days(15));

    /** 刑事二审: 2个月; nothing more without 第243条 grounds — 刑事诉讼法 第243条. */
    public static final DeadlineRule CRIMINAL_SECOND = criminalRule("刑事二审", "刑事诉讼法 第243条",
            months(2));

    /** 刑事二审 with grounds: +2个月 by the 高级法院, then the SPC — 刑事诉讼法 第243条; 刑诉解释 第210条. */
    public static final DeadlineRule CRIMINAL_SECOND_GRAVE = criminalRule("刑事二审（可延长）",
            "刑事诉讼法 第243条；刑诉解释 第210条", months(2),
            once(HIGH_COURT, months(2)), repeatedly(SUPREME_COURT, months(3)));

    /**
     * 刑事再审: 3个月 from the retrial decision, 延长不得超过六个月 — 刑事诉讼法 第258条. The approver
     * (本院院长) is from 审限规定(2000) 第4条.
     */
    public static final DeadlineRule CRIMINAL_RETRIAL = criminalRule("刑事再审",
            "刑事诉讼法 第258条；审限规定(2000) 第4条", months(3), once(PRESIDENT, months(3)));

    /**
     * 刑事申诉审查: 3个月, 至迟不得超过六个月; beyond that 参照第210条 — 刑诉解释 第457条. The approvers are
     * read from that reference [P].
     */
    public static final DeadlineRule CRIMINAL_PETITION_REVIEW = criminalRule("刑事申诉审查", "刑诉解释 第457条、第210条",
            months(3),
            once(PRESIDENT, months(3)), once(UPPER_COURT, months(3)), repeatedly(SUPREME_COURT, months(3)));

    /**
     * 减刑、假释: 一个月以内, 案情复杂或者情况特殊的可以延长一个月 — 刑诉解释 第534条 (二)(三). Items (一)(四)
     * allow no extension; the approver is not named, 本院院长 is the default [U].
     */
    public static final DeadlineRule CRIMINAL_SENTENCE_CHANGE = criminalRule("减刑、假释案件", "刑诉解释 第534条",
            months(1), once(PRESIDENT, months(1)));

    // ---- 行政 -------------------------------------------------------------------------------------

    /** 行政一审: 6个月, extension by the 高级法院 — 行政诉讼法 第81条; 行诉解释 第50条. */
    public static final DeadlineRule ADMINISTRATIVE_FIRST = DeadlineRule.of("行政一审", "行政诉讼法 第81条；行诉解释 第50条",
            months(6), FILING_DATE, uncapped(HIGH_COURT));

    /** 高级法院审理的行政一审: extension by the SPC — 行政诉讼法 第81条. */
    public static final DeadlineRule ADMINISTRATIVE_FIRST_HIGH_COURT = DeadlineRule.of("行政一审（高级法院）",
            "行政诉讼法 第81条", months(6), FILING_DATE, uncapped(SUPREME_COURT));

    /** 行政简易程序: 45日, no extension — the case must be converted instead (第84条) — 行政诉讼法 第83条. */
    public static final DeadlineRule ADMINISTRATIVE_SIMPLE = DeadlineRule.of("行政简易程序", "行政诉讼法 第83条",
            days(45), FILING_DATE);

    /** 行政上诉: 3个月 from receipt of the appeal, extension by the 高级法院 — 行政诉讼法 第88条. */
    public static final DeadlineRule ADMINISTRATIVE_APPEAL = DeadlineRule.of("行政上诉案件", "行政诉讼法 第88条",
            months(3), FILING_DATE, uncapped(HIGH_COURT));

    /** 高级法院审理的行政上诉: extension by the SPC — 行政诉讼法 第88条. */
    public static final DeadlineRule ADMINISTRATIVE_APPEAL_HIGH_COURT = DeadlineRule.of("行政上诉案件（高级法院）",
            "行政诉讼法 第88条", months(3), FILING_DATE, uncapped(SUPREME_COURT));

    /** 行政再审按第一审程序 — 行诉解释 第50条第2款. */
    public static final DeadlineRule ADMINISTRATIVE_RETRIAL_AS_FIRST =
            ADMINISTRATIVE_FIRST.appliedAs("行政再审（第一审程序）", "行诉解释 第50条第2款");

    /** 行政再审按第二审程序 — 行诉解释 第50条第2款. */
    public static final DeadlineRule ADMINISTRATIVE_RETRIAL_AS_SECOND =
            ADMINISTRATIVE_APPEAL.appliedAs("行政再审（第二审程序）", "行诉解释 第50条第2款");

    // ---- 执行 -------------------------------------------------------------------------------------

    /** 执行: 6个月, +3个月 本院院长, then 层报高级法院备案 — 审限规定(2000) 第5条. */
    public static final DeadlineRule ENFORCEMENT = DeadlineRule.of("执行案件", "审限规定(2000) 第5条",
            months(6), FILING_DATE, once(PRESIDENT, months(3)), uncapped(HIGH_COURT));

    /** 非诉执行: 3个月, same extensions — 审限规定(2000) 第5条. */
    public static final DeadlineRule ENFORCEMENT_NON_LITIGATION = DeadlineRule.of("非诉执行案件", "审限规定(2000) 第5条",
            months(3), FILING_DATE, once(PRESIDENT, months(3)), uncapped(HIGH_COURT));

    /** 执行异议: 15日 from receipt of the written objection — 民事诉讼法 第236条. */
    public static final DeadlineRule ENFORCEMENT_OBJECTION = DeadlineRule.of("执行异议", "民事诉讼法 第236条",
            days(15), FILING_DATE);

    private DeadlineRules() {
    }

    /**
     * The rule for a case of {@code type} tried under {@code procedure}. Refuses (422
     * {@code deadline.rule.missing}) a combination the law does not allow or quanze has not configured
     * (e.g. 执复, 执保, 行申, 司救, 国家赔偿), rather than inventing a limit.
     */
    public static DeadlineRule forCase(CaseType type, Procedure procedure, Set<CaseFlag> flags) {
        DeadlineRule rule = switch (type.category()) {
            case CIVIL -> civil(type, procedure, flags);
            case CRIMINAL -> criminal(type, procedure, flags);
            case ADMINISTRATIVE -> administrative(type, procedure, flags);
            case ENFORCEMENT -> enforcement(type, procedure, flags);
            case STATE_COMPENSATION, JUDICIAL_AID, OTHER -> null;
        };
        if (rule == null) {
            throw Refusals.invalid("deadline.rule.missing", "procedure",
                    "未配置该类案件的审限规则：" + type.code() + "／" + procedure.label(), type.code(), procedure.label());
        }
        return rule;
    }

    /** The rule for the type's default procedure. */
    public static DeadlineRule forCase(CaseType type, Set<CaseFlag> flags) {
        return forCase(type, type.defaultProcedure(), flags);
    }

    private static DeadlineRule civil(CaseType type, Procedure procedure, Set<CaseFlag> flags) {
        boolean foreign = flags.contains(FOREIGN_RELATED);
        return switch (type) {
            case CIVIL_FIRST, CIVIL_THIRD_PARTY_REVOCATION -> switch (procedure) {
                case ORDINARY -> foreign ? CIVIL_FOREIGN_RELATED : CIVIL_ORDINARY;
                // 民撤 may not use simple procedure (民诉解释 第257条(六)); 涉外 excludes small claims (第166条).
                case SIMPLE -> type == CaseType.CIVIL_FIRST ? CIVIL_SIMPLE : null;
                case SMALL_CLAIMS -> type == CaseType.CIVIL_FIRST && !foreign ? CIVIL_SMALL_CLAIMS : null;
                default -> null;
            };
            case CIVIL_SECOND -> procedure != Procedure.SECOND_INSTANCE ? null
                    : foreign ? CIVIL_FOREIGN_RELATED
                    : flags.contains(RULING_APPEAL) ? CIVIL_RULING_APPEAL : CIVIL_JUDGMENT_APPEAL;
            case CIVIL_RETRIAL_REVIEW -> procedure == Procedure.TRIAL_SUPERVISION ? CIVIL_RETRIAL_REVIEW : null;
            case CIVIL_RETRIAL -> procedure != Procedure.TRIAL_SUPERVISION ? null
                    : foreign ? CIVIL_FOREIGN_RELATED // 第128条 applies 第152/183条, which 第287条 lifts
                    : flags.contains(RETRIAL_AS_SECOND_INSTANCE) ? CIVIL_RETRIAL_AS_SECOND : CIVIL_RETRIAL_AS_FIRST;
            case CIVIL_SPECIAL -> procedure == Procedure.SPECIAL ? CIVIL_SPECIAL : null;
            case CIVIL_PAYMENT_ORDER -> procedure == Procedure.PAYMENT_ORDER ? CIVIL_PAYMENT_ORDER : null;
            default -> null;
        };
    }

    private static DeadlineRule criminal(CaseType type, Procedure procedure, Set<CaseFlag> flags) {
        boolean grave = flags.contains(GRAVE_OR_COMPLEX);
        return switch (type) {
            case CRIMINAL_FIRST -> switch (procedure) {
                // 自诉 with the defendant at liberty has its own 6 months; detained, it follows 第208条 (第212条).
                case ORDINARY -> flags.contains(PRIVATE_PROSECUTION) && flags.contains(DEFENDANT_NOT_DETAINED)
                        ? CRIMINAL_PRIVATE_NOT_DETAINED
                        : grave ? CRIMINAL_FIRST_GRAVE : CRIMINAL_FIRST;
                case SIMPLE -> flags.contains(LIKELY_SENTENCE_OVER_THREE_YEARS)
                        ? CRIMINAL_SIMPLE_OVER_THREE_YEARS : CRIMINAL_SIMPLE;
                case FAST_TRACK -> flags.contains(LIKELY_SENTENCE_OVER_ONE_YEAR)
                        ? CRIMINAL_FAST_TRACK_OVER_ONE_YEAR : CRIMINAL_FAST_TRACK;
                default -> null;
            };
            case CRIMINAL_SECOND -> procedure != Procedure.SECOND_INSTANCE ? null
                    : grave ? CRIMINAL_SECOND_GRAVE : CRIMINAL_SECOND;
            case CRIMINAL_RETRIAL -> procedure == Procedure.TRIAL_SUPERVISION ? CRIMINAL_RETRIAL : null;
            case CRIMINAL_PETITION_REVIEW -> procedure == Procedure.TRIAL_SUPERVISION ? CRIMINAL_PETITION_REVIEW : null;
            case CRIMINAL_SENTENCE_CHANGE -> procedure == Procedure.ENFORCEMENT ? CRIMINAL_SENTENCE_CHANGE : null;
            default -> null;
        };
    }

    private static DeadlineRule administrative(CaseType type, Procedure procedure, Set<CaseFlag> flags) {
        boolean highCourt = flags.contains(TRIED_BY_HIGH_COURT);
        return switch (type) {
            case ADMINISTRATIVE_FIRST, ADMINISTRATIVE_COMPENSATION_FIRST, ADMINISTRATIVE_COMPENSATION -> switch (procedure) {
                case ORDINARY -> highCourt ? ADMINISTRATIVE_FIRST_HIGH_COURT : ADMINISTRATIVE_FIRST;
                case SIMPLE -> ADMINISTRATIVE_SIMPLE;
                default -> null;
            };
            case ADMINISTRATIVE_SECOND, ADMINISTRATIVE_COMPENSATION_SECOND -> procedure != Procedure.SECOND_INSTANCE ? null
                    : highCourt ? ADMINISTRATIVE_APPEAL_HIGH_COURT : ADMINISTRATIVE_APPEAL;
            // Simple procedure is barred for retrials (行政诉讼法 第82条第3款), so only the two ladders remain.
            case ADMINISTRATIVE_RETRIAL -> procedure != Procedure.TRIAL_SUPERVISION ? null
                    : flags.contains(RETRIAL_AS_SECOND_INSTANCE) ? ADMINISTRATIVE_RETRIAL_AS_SECOND
                    : ADMINISTRATIVE_RETRIAL_AS_FIRST;
            default -> null;
        };
    }

    private static DeadlineRule enforcement(CaseType type, Procedure procedure, Set<CaseFlag> flags) {
        if (procedure != Procedure.ENFORCEMENT) {
            return null;
        }
        return switch (type) {
            case ENFORCEMENT_CASE, ENFORCEMENT_RESUMED -> flags.contains(NON_LITIGATION_ENFORCEMENT)
                    ? ENFORCEMENT_NON_LITIGATION : ENFORCEMENT;
            case ENFORCEMENT_OBJECTION -> ENFORCEMENT_OBJECTION;
            default -> null;
        };
    }
}
