package org.quanze.casefile.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.quanze.casefile.domain.CaseCategory;
import org.quanze.casefile.domain.CaseFlag;
import org.quanze.casefile.domain.CaseNumber;
import org.quanze.casefile.domain.CaseType;
import org.quanze.casefile.domain.DeadlineRule;
import org.quanze.casefile.domain.DeadlineRules;
import org.quanze.casefile.domain.Instance;
import org.quanze.casefile.domain.Procedure;
import org.quanze.casefile.domain.ReviewResult;
import org.quanze.casefile.domain.TrialDeadline;
import org.quanze.casefile.domain.cause.Cause;
import org.quanze.casefile.domain.cause.CauseCatalogue;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;

/**
 * 历史案件导入行 — one checked row of a history-import file, ready for the staging table; {@link #check} holds the
 * row rules (案号 agreement per 法〔2015〕137号, dates, Y/N flags, code lists, required fields) and says, per bad
 * field, which rule refused it.
 */
record CaseImportRow(
        int rowNo,
        CaseNumber number,
        long courtId,
        CaseType type,
        Procedure procedure,
        String causeCode,
        String causeName,
        BigDecimal claimAmount,
        LocalDate filedOn,
        LocalDate closedOn,
        String closeMethod,
        long handlerId,
        String triedBy,
        LocalDate deadlineOn,
        boolean deadlineComputed,
        int suspendedDays,
        boolean extended,
        boolean appealed,
        String upperOutcome,
        String reviewResult,
        boolean hearingLiveStreamed,
        String judgmentPublished,
        LocalDate archivedOn,
        boolean retrialApplied,
        LocalDate appealOn,
        LocalDate transferredOn,
        String originalCaseNumber,
        Set<CaseFlag> flags) {

    /** The columns of the format, in the documented order. */
    static final List<String> COLUMNS = List.of("case_number", "court_code", "case_type", "procedure", "cause",
            "claim_amount", "filed_on", "closed_on", "close_method", "handler_staff_no", "tried_by", "deadline_on",
            "suspended_days", "extended", "appealed", "upper_outcome", "hearing_live_streamed", "judgment_published",
            "archived_on", "retrial_applied", "appeal_on", "transferred_on", "original_case_number", "case_flags");

    static final List<String> REQUIRED = List.of("case_number", "court_code", "case_type", "filed_on", "handler_staff_no");

    /**
     * 结案方式 as court statistics forms list them (stored as written); second-instance and retrial forms name the
     * decision (维持, 改判, 发回重审, 指令再审), which on a reviewing case is also its own result ({@code review_result}).
     */
    static final Set<String> CLOSE_METHODS = Set.of("判决", "调解", "撤诉", "驳回起诉", "准予撤回", "移送", "终结", "裁定",
            "不予受理", "维持", "改判", "发回重审", "指令再审", "执行完毕", "终结本次执行", "其他");

    /** The procedures a file may name; the four non-litigation procedures come only from the type's default. */
    static final Map<String, Procedure> PROCEDURES = Arrays.stream(new Procedure[] {Procedure.ORDINARY, Procedure.SIMPLE,
            Procedure.SMALL_CLAIMS, Procedure.FAST_TRACK, Procedure.SPECIAL, Procedure.SECOND_INSTANCE,
            Procedure.TRIAL_SUPERVISION, Procedure.ENFORCEMENT}).collect(Collectors.toMap(Procedure::label, p -> p));

    /** 审判组织: 独任制 or 合议制 (民事诉讼法 第40–41条; 刑事诉讼法 第183条). */
    static final Map<String, String> TRIED_BY = Map.of("独任", "SOLE", "合议庭", "PANEL");

    /**
     * 上级法院处理结果 — what a higher court did to the case on appeal or retrial (发改指 statistics), on any case: a 民初
     * reversed on appeal, or a 民终 reversed on retrial. Never the reviewing case's own result, which is its close method.
     */
    static final Map<String, String> UPPER_OUTCOMES = Arrays.stream(ReviewResult.values())
            .collect(Collectors.toMap(ReviewResult::label, ReviewResult::name));

    /**
     * 裁判文书上网 state (法释〔2016〕19号): 公开 (第3条), 不公开 (第4条), 不公开已公示 — not published, but its case number,
     * court, date and reason are (第6条; the 「双百」 check: every document published or announced), 未处理.
     */
    static final Map<String, String> PUBLICATION = Map.of("公开", "PUBLISHED", "不公开", "NOT_PUBLISHED",
            "不公开已公示", "ANNOUNCED", "未处理", "PENDING");

    /**
     * 案件情形 that decide the 审限 rule ({@link CaseFlag}), by their Chinese term or code name: 涉外 (民事诉讼法 第287条),
     * 对裁定的上诉 (第183条第2款), 自诉案件 and 被告人未被羁押 (刑事诉讼法 第212条), … — see README "history import".
     */
    static final Map<String, CaseFlag> FLAGS = Arrays.stream(CaseFlag.values()).flatMap(f -> java.util.stream.Stream.of(
            Map.entry(f.label(), f), Map.entry(f.name(), f))).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, CaseType> TYPES = Arrays.stream(CaseType.values())
            .collect(Collectors.toMap(CaseType::code, t -> t));

    /** 审限 rule per type, procedure and flags, looked up once: a missing rule costs an exception otherwise. */
    private static final Map<RuleKey, Optional<DeadlineRule>> RULES = new ConcurrentHashMap<>();

    private record RuleKey(CaseType type, Procedure procedure, Set<CaseFlag> flags) {
    }

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99"); // numeric(18,2)

    /** 立案/结案/归档 status the imported case takes. */
    String status() {
        return archivedOn != null ? "ARCHIVED" : closedOn != null ? "CLOSED" : "ASSIGNED";
    }

    boolean causeUnmatched() {
        return causeName != null && causeCode == null;
    }

    /**
     * What a row is checked against, loaded once per file: courts and staff by their business keys, the importing
     * person's court scope, the cause catalogue, and today (no history lies in the future).
     */
    record Lookups(Map<String, Long> courtIds, Map<String, Long> staffIds, LongPredicate courtInScope, Causes causes,
                   LocalDate today) {
    }

    /** 案由 by name (the most specific level first, as {@link CauseCatalogue#findByName}) and by code. */
    static final class Causes {
        private final Map<String, Cause> byName = new HashMap<>();
        private final Map<String, Cause> byCode = new HashMap<>();

        Causes(CauseCatalogue catalogue) {
            for (Cause c : catalogue.all()) {
                byCode.put(c.code(), c);
                byName.merge(c.name(), c, (a, b) -> b.level() > a.level() ? b : a);
            }
        }

        Optional<Cause> find(String text) {
            Cause c = byName.get(text);
            return Optional.ofNullable(c != null ? c : byCode.get(text));
        }
    }

    /**
     * Checks one row; returns it, or empty after adding every bad field to {@code errors}.
     *
     * @param field the row's value of a column, "" when absent or blank (already stripped)
     */
    static Optional<CaseImportRow> check(int rowNo, Function<String, String> field, Lookups lookups,
                                         List<FieldError> errors) {
        int before = errors.size();
        Errors e = new Errors(rowNo, errors);
        for (String column : REQUIRED) {
            if (field.apply(column).isEmpty()) e.add(column, "必填项不能为空");
        }

        // 法院代字 (法〔2015〕137号 第4、5条) and the importer's power over that court (权力清单 IMPORT_DATA).
        String courtCode = field.apply("court_code");
        Long courtId = null;
        if (!courtCode.isEmpty()) {
            courtId = lookups.courtIds().get(courtCode);
            if (courtId == null) e.add("court_code", "法院代字「" + courtCode + "」不存在");
            else if (!lookups.courtInScope().test(courtId)) {
                e.add("court_code", "权力清单不允许向法院「" + courtCode + "」导入案件：只能导入本院及下级法院（导入数据）");
            }
        }

        // 类型代字 (法〔2015〕137号 第7条).
        String typeCode = field.apply("case_type");
        CaseType type = null;
        if (!typeCode.isEmpty()) {
            type = TYPES.get(typeCode);
            if (type == null) e.add("case_type", "未知的类型代字「" + typeCode + "」（法〔2015〕137号 第7条）");
        }

        LocalDate filedOn = e.date("filed_on", field.apply("filed_on"));
        LocalDate closedOn = e.date("closed_on", field.apply("closed_on"));
        LocalDate archivedOn = e.date("archived_on", field.apply("archived_on"));
        LocalDate deadlineOn = e.date("deadline_on", field.apply("deadline_on"));
        LocalDate appealOn = e.date("appeal_on", field.apply("appeal_on"));
        LocalDate transferredOn = e.date("transferred_on", field.apply("transferred_on"));

        // 案号 — parses and agrees with court, type and filing year (法〔2015〕137号: 收案年度 + 法院代字 + 类型代字 + 编号).
        String numberText = field.apply("case_number");
        CaseNumber number = null;
        if (!numberText.isEmpty()) {
            try {
                number = CaseNumber.parse(numberText);
            } catch (DomainException invalid) {
                e.add("case_number", invalid.getMessage() + "「" + numberText + "」（法〔2015〕137号）");
            }
        }
        if (number != null) {
            if (!courtCode.isEmpty() && !number.courtCode().equals(courtCode)) {
                e.add("case_number", "案号中的法院代字「" + number.courtCode() + "」与 court_code「" + courtCode
                        + "」不一致（法〔2015〕137号 第4、5条）");
            }
            if (type != null && number.type() != type) {
                e.add("case_number", "案号中的类型代字「" + number.type().code() + "」与 case_type「" + typeCode
                        + "」不一致（法〔2015〕137号 第7条）");
            }
            if (filedOn != null && number.year() != filedOn.getYear()) {
                e.add("case_number", "案号中的收案年度 " + number.year() + " 与立案日期 " + filedOn
                        + " 的年度不一致（法〔2015〕137号：年度为收案年度）");
            }
        }

        // 审理程序: as written, or the one the type implies.
        String procedureText = field.apply("procedure");
        Procedure procedure = null;
        if (!procedureText.isEmpty()) {
            procedure = PROCEDURES.get(procedureText);
            if (procedure == null) {
                e.add("procedure", "审理程序「" + procedureText + "」应为 普通程序、简易程序、小额诉讼程序、速裁程序、特别程序、"
                        + "第二审程序、审判监督程序、执行程序 之一，或留空按案件类型确定");
            }
        } else if (type != null) {
            procedure = type.defaultProcedure();
        }

        // 时间顺序: 结案不早于立案, 归档不早于结案 (casefile.case_file CHECK), nothing after today.
        if (filedOn != null && filedOn.isAfter(lookups.today())) e.add("filed_on", "立案日期 " + filedOn + " 晚于今天");
        if (closedOn != null) {
            if (filedOn != null && closedOn.isBefore(filedOn)) {
                e.add("closed_on", "结案日期 " + closedOn + " 早于立案日期 " + filedOn);
            }
            if (closedOn.isAfter(lookups.today())) e.add("closed_on", "结案日期 " + closedOn + " 晚于今天");
        }
        if (archivedOn != null) {
            if (closedOn == null && field.apply("closed_on").isEmpty()) e.add("archived_on", "未结案的案件不能有归档日期");
            else if (closedOn != null && archivedOn.isBefore(closedOn)) {
                e.add("archived_on", "归档日期 " + archivedOn + " 早于结案日期 " + closedOn);
            }
            if (archivedOn.isAfter(lookups.today())) e.add("archived_on", "归档日期 " + archivedOn + " 晚于今天");
        }
        // 上诉 follows the decision and 移送 the appeal (or the decision); an open case has neither (case_file CHECKs).
        boolean open = field.apply("closed_on").isEmpty();
        if (appealOn != null) {
            if (open) e.add("appeal_on", "未结案的案件不能有上诉日期");
            else if (closedOn != null && appealOn.isBefore(closedOn)) {
                e.add("appeal_on", "上诉日期 " + appealOn + " 早于结案日期 " + closedOn);
            }
            if (appealOn.isAfter(lookups.today())) e.add("appeal_on", "上诉日期 " + appealOn + " 晚于今天");
        }
        if (transferredOn != null) {
            LocalDate after = appealOn != null ? appealOn : closedOn;
            if (open) e.add("transferred_on", "未结案的案件不能有移送日期");
            else if (after != null && transferredOn.isBefore(after)) {
                e.add("transferred_on", "移送日期 " + transferredOn + " 早于" + (appealOn != null ? "上诉日期 " : "结案日期 ") + after);
            }
            if (transferredOn.isAfter(lookups.today())) e.add("transferred_on", "移送日期 " + transferredOn + " 晚于今天");
        }
        if (deadlineOn != null && filedOn != null && deadlineOn.isBefore(filedOn)) {
            e.add("deadline_on", "审限届满日 " + deadlineOn + " 早于立案日期 " + filedOn);
        }

        // 结案方式: required once closed, one of the listed methods.
        String closeMethod = field.apply("close_method");
        if (closeMethod.isEmpty()) {
            if (!field.apply("closed_on").isEmpty()) e.add("close_method", "已结案（填写了 closed_on）的案件必须填写结案方式");
            closeMethod = null;
        } else if (!CLOSE_METHODS.contains(closeMethod)) {
            e.add("close_method", "结案方式「" + closeMethod + "」应为 " + String.join("、", sorted(CLOSE_METHODS)) + " 之一");
        } else if (field.apply("closed_on").isEmpty()) {
            e.add("close_method", "未结案（closed_on 为空）的案件不能有结案方式");
        }

        // 承办人 must be a known staff number.
        String handlerNo = field.apply("handler_staff_no");
        Long handlerId = null;
        if (!handlerNo.isEmpty()) {
            handlerId = lookups.staffIds().get(handlerNo);
            if (handlerId == null) e.add("handler_staff_no", "承办人人员编号「" + handlerNo + "」不存在");
        }

        String triedBy = e.code("tried_by", field.apply("tried_by"), TRIED_BY, "独任、合议庭");
        String upperOutcome = e.code("upper_outcome", field.apply("upper_outcome"), UPPER_OUTCOMES, ReviewResult.labels());
        // 二审、再审结果: a reviewing case's own decision, as its close method states it (维持, 改判, 发回重审, 指令再审)
        String reviewResult = type != null && type.instance().reviewing() && closeMethod != null
                ? ReviewResult.statedByCloseMethod(closeMethod).map(ReviewResult::name).orElse(null) : null;
        String published = e.code("judgment_published", field.apply("judgment_published"), PUBLICATION,
                "公开、不公开、不公开已公示、未处理");
        boolean extended = e.flag("extended", field.apply("extended"));
        boolean appealed = e.flag("appealed", field.apply("appealed"));
        if (appealOn != null && !appealed) {
            // a date of appeal is an appeal: an empty flag follows it, a flag saying N contradicts it
            if (field.apply("appealed").isEmpty()) appealed = true;
            else e.add("appealed", "填写了上诉日期 appeal_on 的案件 appealed 不能为 N");
        }
        boolean retrialApplied = e.flag("retrial_applied", field.apply("retrial_applied"));
        boolean live = e.flag("hearing_live_streamed", field.apply("hearing_live_streamed"));
        BigDecimal amount = e.amount("claim_amount", field.apply("claim_amount"));
        int suspended = e.days("suspended_days", field.apply("suspended_days"));

        // 案由: catalogue name or code; an older name is kept as written, without a code (reported, not refused).
        String causeText = field.apply("cause");
        String causeCode = null;
        String causeName = null;
        if (!causeText.isEmpty()) {
            Optional<Cause> cause = lookups.causes().find(causeText);
            causeCode = cause.map(Cause::code).orElse(null);
            causeName = cause.map(Cause::name).orElse(causeText);
        }

        // 原审案号: the case this one continues (the appealed, remanded or resumed case), in the official form.
        String originalText = field.apply("original_case_number");
        String original = null;
        CaseNumber originalNumber = null;
        if (!originalText.isEmpty()) {
            try {
                originalNumber = CaseNumber.parse(originalText);
                original = originalNumber.toString();
                if (number != null && original.equals(number.toString())) e.add("original_case_number", "原审案号不能是本案案号");
            } catch (DomainException invalid) {
                e.add("original_case_number", invalid.getMessage() + "「" + originalText + "」（法〔2015〕137号）");
            }
        }

        Set<CaseFlag> flags = e.flags("case_flags", field.apply("case_flags"));

        if (errors.size() > before) return Optional.empty();

        flags = withDerivedFacts(flags, type, courtCode, originalNumber);
        boolean computed = false;
        if (deadlineOn == null) {
            deadlineOn = computedDeadline(type, procedure, flags, filedOn, suspended).orElse(null);
            computed = deadlineOn != null;
        }
        return Optional.of(new CaseImportRow(rowNo, number, courtId, type, procedure, causeCode, causeName, amount,
                filedOn, closedOn, closeMethod, handlerId, triedBy, deadlineOn, computed, suspended, extended, appealed,
                upperOutcome, reviewResult, live, published, archivedOn, retrialApplied, appealOn, transferredOn, original, flags));
    }

    /**
     * The facts the row's own columns already state, added to those it names in {@code case_flags}:
     * <ul>
     * <li>再审按第二审程序 (民事诉讼法 第218条; 行诉解释 第119条) for a 民再/行再 whose 原审案号 is a second-instance case
     *     (生效裁判由第二审法院作出), or a case of a court below (上级法院提审);</li>
     * <li>高级法院审理 (行政诉讼法 第81条、第88条: the SPC extends) for an administrative case of a court whose code is a province's abbreviation
     *     alone (法〔2015〕137号 第4条).</li>
     * </ul>
     */
    static Set<CaseFlag> withDerivedFacts(Set<CaseFlag> named, CaseType type, String courtCode, CaseNumber original) {
        Set<CaseFlag> flags = named.isEmpty() ? EnumSet.noneOf(CaseFlag.class) : EnumSet.copyOf(named);
        if (type.instance() == Instance.RETRIAL && original != null && (original.type().instance() == Instance.SECOND
                || !original.courtCode().equals(courtCode) && original.courtCode().startsWith(courtCode))) {
            flags.add(CaseFlag.RETRIAL_AS_SECOND_INSTANCE);
        }
        if (type.category() == CaseCategory.ADMINISTRATIVE && courtCode.codePointCount(0, courtCode.length()) == 1) {
            flags.add(CaseFlag.TRIED_BY_HIGH_COURT);
        }
        return flags.isEmpty() ? Set.of() : flags;
    }

    /**
     * 审限届满日 for a row that does not carry one: the statutory period of the rule for the type, procedure and case
     * facts ({@link DeadlineRules}: 对裁定的上诉 30日, 自诉未羁押 6个月, 非诉执行 3个月, …) from the filing date, plus the
     * suspended (扣除) days; empty where the law sets no limit (涉外: 民事诉讼法 第287条) or quanze has no rule.
     * Extensions cannot be reconstructed from a flag, so a row marked extended should carry its deadline_on.
     */
    static Optional<LocalDate> computedDeadline(CaseType type, Procedure procedure, Set<CaseFlag> flags, LocalDate filedOn,
                                                int suspendedDays) {
        Optional<DeadlineRule> rule = RULES.computeIfAbsent(new RuleKey(type, procedure, flags), key -> {
            try {
                DeadlineRule r = DeadlineRules.forCase(type, procedure, flags);
                return r.hasStatutoryLimit() ? Optional.of(r) : Optional.empty();
            } catch (DomainException noRule) {
                return Optional.empty();
            }
        });
        return rule.map(r -> TrialDeadline.start(r, filedOn).dueOn().plusDays(suspendedDays));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** Collects a row's bad fields and parses the simple field kinds. */
    private record Errors(int row, List<FieldError> errors) {

        void add(String field, String reason) {
            errors.add(new FieldError(row, field, reason));
        }

        LocalDate date(String field, String text) {
            if (text.isEmpty()) return null;
            try {
                if (text.length() != 10) throw new DateTimeParseException("length", text, 0);
                return LocalDate.parse(text);
            } catch (DateTimeParseException bad) {
                add(field, "日期「" + text + "」应为 YYYY-MM-DD 格式的有效日期");
                return null;
            }
        }

        boolean flag(String field, String text) {
            if (text.isEmpty() || text.equals("N") || text.equals("n")) return false;
            if (text.equals("Y") || text.equals("y")) return true;
            add(field, "「" + text + "」应为 Y 或 N");
            return false;
        }

        String code(String field, String text, Map<String, String> codes, String allowed) {
            if (text.isEmpty()) return null;
            String code = codes.get(text);
            if (code == null) add(field, "「" + text + "」应为 " + allowed + " 之一，或留空");
            return code;
        }

        /** 「涉外;对裁定的上诉」: terms or code names separated by ; or ；, each known. */
        Set<CaseFlag> flags(String field, String text) {
            if (text.isEmpty()) return Set.of();
            Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
            for (String part : text.split("[;；]")) {
                String term = part.strip();
                if (term.isEmpty()) continue;
                CaseFlag flag = FLAGS.get(term);
                if (flag == null) {
                    add(field, "案件情形「" + term + "」应为 " + Arrays.stream(CaseFlag.values()).map(CaseFlag::label)
                            .collect(Collectors.joining("、")) + " 之一（以分号分隔）");
                } else {
                    flags.add(flag);
                }
            }
            return flags.isEmpty() ? Set.of() : flags;
        }

        BigDecimal amount(String field, String text) {
            if (text.isEmpty()) return null;
            try {
                BigDecimal amount = new BigDecimal(text);
                if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
                    add(field, "诉讼标的额「" + text + "」应为不小于0、至多两位小数的金额（元）");
                    return null;
                }
                return amount;
            } catch (NumberFormatException bad) {
                add(field, "诉讼标的额「" + text + "」不是数字（以元为单位，不含逗号）");
                return null;
            }
        }

        int days(String field, String text) {
            if (text.isEmpty()) return 0;
            try {
                int days = Integer.parseInt(text);
                if (days >= 0 && days <= 36_500) return days;
            } catch (NumberFormatException bad) {
                // reported below
            }
            add(field, "扣除审限天数「" + text + "」应为0至36500之间的整数");
            return 0;
        }
    }
}
