package org.quanze.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 审限规则 — the trial time limit for one kind of case under one procedure: the base period, the article
 * it comes from, and the ladder of extensions ({@link ExtensionStep}) the law allows. The named instances
 * live in {@link DeadlineRules}.
 *
 * @param name              Chinese name shown to users, e.g. 民事简易程序
 * @param article           the source articles, cited in refusals
 * @param base              the base period; {@code null} for 「不受审限限制」 (民事诉讼法 第287条)
 * @param extensions        the extension ladder, in the order the steps must be used
 * @param countsOnConversion where the period starts when a case is converted into this procedure
 * @param monthCounting     how its months are laid on the calendar: criminal limits end a period that starts on a
 *                          month's last day on the target month's last day (刑诉解释 第202条)
 */
public record DeadlineRule(String name, String article, TimeLimit base, List<ExtensionStep> extensions,
                           ConversionStart countsOnConversion, TimeLimit.MonthCounting monthCounting) {

    /** Where the limit starts after a change of procedure into this rule. */
    public enum ConversionStart {
        /** 自立案之日计算 — 民诉解释 第258条第3款; 行诉解释 第105条第2款. */
        FILING_DATE("民诉解释 第258条；行诉解释 第105条"),
        /** 从作出决定之日起计算 — 刑诉解释 第376条. */
        DECISION_DATE("刑诉解释 第376条");

        private final String article;

        ConversionStart(String article) {
            this.article = article;
        }

        public String article() {
            return article;
        }
    }

    public DeadlineRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(countsOnConversion, "countsOnConversion");
        Objects.requireNonNull(monthCounting, "monthCounting");
        extensions = List.copyOf(extensions);
    }

    /** A rule that has a statutory limit. */
    static DeadlineRule of(String name, String article, TimeLimit base, ConversionStart start, ExtensionStep... steps) {
        return new DeadlineRule(name, article, Objects.requireNonNull(base, "base"), List.of(steps), start,
                TimeLimit.MonthCounting.SAME_DAY);
    }

    /** 「不受…审限的限制」: the case has no statutory limit at all. */
    static DeadlineRule unlimited(String name, String article) {
        return new DeadlineRule(name, article, null, List.of(), ConversionStart.FILING_DATE, TimeLimit.MonthCounting.SAME_DAY);
    }

    /** The same rule with its months counted month-end to month-end — 刑诉解释 第202条, for every criminal limit. */
    DeadlineRule countingMonthEnds() {
        return new DeadlineRule(name, article, base, extensions, countsOnConversion, TimeLimit.MonthCounting.MONTH_END_TO_MONTH_END);
    }

    /** The last day of {@code period} counted from {@code start} (not itself counted) the way this rule counts months. */
    public LocalDate endOf(TimeLimit period, LocalDate start) {
        return period.endingFrom(start, monthCounting);
    }

    /** The same limit applied through another provision, e.g. a retrial tried as a first instance (民诉解释 第128条). */
    DeadlineRule appliedAs(String otherName, String viaArticle) {
        return new DeadlineRule(otherName, viaArticle + "；" + article, base, extensions, countsOnConversion, monthCounting);
    }

    public boolean hasStatutoryLimit() {
        return base != null;
    }

    public Optional<TimeLimit> basePeriod() {
        return Optional.ofNullable(base);
    }

    /**
     * The rung the next extension must use, given those already granted in order. Refuses
     * (422 {@code deadline.extension.exhausted}) when the law allows no further extension.
     */
    public ExtensionStep nextExtension(List<Extension> granted) {
        int remaining = granted.size();
        for (ExtensionStep step : extensions) {
            // A repeatable rung absorbs every later grant; a single rung absorbs exactly one.
            if (step.repeatable() || remaining == 0) {
                return step;
            }
            remaining--;
        }
        throw refusal("deadline.extension.exhausted",
                name + "审限" + (hasStatutoryLimit() ? "已达法定上限，不得再延长" : "不受限制，无需延长") + "（" + article + "）");
    }

    /**
     * Checks a requested extension against the next rung: right approver, within the rung's figure.
     * {@code currentDueOn} is needed because a cap in months and a request in days compare only on a calendar.
     */
    public ExtensionStep checkExtension(List<Extension> granted, Extension requested, LocalDate currentDueOn) {
        ExtensionStep step = nextExtension(granted);
        if (step.approver() != requested.approver()) {
            throw refusal("deadline.extension.approver",
                    name + "本次延长审限应由" + step.approver().label() + "批准（" + article + "）");
        }
        step.cap().filter(cap -> requested.length().longerThan(cap, currentDueOn, monthCounting)).ifPresent(cap -> {
            throw refusal("deadline.extension.tooLong",
                    name + "本次延长审限不得超过" + cap.label() + "（" + article + "）");
        });
        return step;
    }

    private static RuntimeException refusal(String code, String message) {
        return Refusals.invalid(code, "extension", message);
    }
}
