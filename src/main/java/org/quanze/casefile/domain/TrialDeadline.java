package org.quanze.casefile.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 审限 — the running trial time limit of one case: its rule, the base date, the excluded periods and the
 * approved extensions; 民事诉讼法 第152条 and the other articles in {@link DeadlineRules}.
 *
 * <p>Computation (RULES.md, "Decisions taken"): due = base date + (base period + extensions), months before
 * days, the base date itself not counted (民事诉讼法 第85条; 民诉解释 第125条) and a missing month-end
 * clamped (criminal limits: month-end to month-end, 刑诉解释 第202条); then + the suspended days, each calendar day
 * counted once however many suspensions cover it; then the {@link HolidayPolicy}. Extensions add to the period from
 * the base date rather than to the old due date, because the law extends 「审理期限」 itself: filed 08-31, 6+6 months
 * ends 08-31, not 08-28.
 *
 * <p>Immutable; every change returns a new value, and the constructor re-checks every extension against the
 * rule, so an instance can never hold an extension the law does not allow.
 *
 * @param rule        the applicable rule; must have a statutory limit
 * @param filedOn     立案日 — kept because a conversion to ordinary procedure restarts from it
 * @param startsOn    the base date the period runs from (立案日, or the conversion decision in criminal cases)
 * @param suspensions 扣除审限的期间, and the periods after which the limit restarts (改变管辖, 补充侦查, 发回重审:
 *                    the limit then runs from the last one's end, {@link #countsFrom()}); extensions in the list are
 *                    those granted since the last restart
 * @param extensions  approved extensions, in the order granted
 * @param holidays    whether a deadline on a holiday moves
 */
public record TrialDeadline(DeadlineRule rule, LocalDate filedOn, LocalDate startsOn, List<Suspension> suspensions,
                            List<Extension> extensions, HolidayPolicy holidays) {

    public TrialDeadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(holidays, "holidays");
        suspensions = List.copyOf(suspensions);
        extensions = List.copyOf(extensions);
        if (!rule.hasStatutoryLimit()) {
            throw Refusals.invalid("deadline.unlimited", "rule",
                    rule.name() + "不受审限限制（" + rule.article() + "）", rule.name());
        }
        if (startsOn.isBefore(filedOn)) {
            throw Refusals.invalid("deadline.start.invalid", "startsOn", "审限起算日不得早于立案日", startsOn, filedOn);
        }
        for (Suspension s : suspensions) {
            if (s.from().isBefore(filedOn)) {
                throw Refusals.invalid("deadline.suspension.beforeFiling", "suspension",
                        "扣除期间不得早于立案日：" + s.reason().label(), s.from(), filedOn);
            }
        }
        for (int i = 0; i < extensions.size(); i++) {
            List<Extension> before = extensions.subList(0, i);
            rule.checkExtension(before, extensions.get(i), dueWithout(rule, startsOn, before, suspensions));
        }
    }

    /** A new deadline counted from the filing date, with holidays not moving it (the default). */
    public static TrialDeadline start(DeadlineRule rule, LocalDate filedOn) {
        return start(rule, filedOn, HolidayPolicy.UNCHANGED);
    }

    public static TrialDeadline start(DeadlineRule rule, LocalDate filedOn, HolidayPolicy holidays) {
        return new TrialDeadline(rule, filedOn, filedOn, List.of(), List.of(), holidays);
    }

    /**
     * Records a period: an excluded one moves the deadline later by the days it adds (up to its reason's cap); a
     * restart ({@link SuspensionReason.Effect#RESTART}: 改变管辖, 补充侦查, 发回重审) counts the whole limit afresh from
     * the period's last day, and the extensions granted before it lapse.
     */
    public TrialDeadline suspend(Suspension suspension) {
        List<Suspension> all = append(suspensions, suspension);
        boolean restarted = base(startsOn, all).isAfter(base(startsOn, suspensions));
        return new TrialDeadline(rule, filedOn, startsOn, all, restarted ? List.of() : extensions, holidays);
    }

    /** Which rung, and so which approver, the next extension needs; refuses when none is left. */
    public ExtensionStep nextExtension() {
        return rule.nextExtension(extensions);
    }

    public ExtensionApprover nextExtensionApprover() {
        return nextExtension().approver();
    }

    /**
     * Grants an extension; refuses (422) one beyond the legal maximum, by the wrong approver, or longer
     * than the rung allows, naming the article.
     */
    public TrialDeadline extend(Extension extension) {
        return new TrialDeadline(rule, filedOn, startsOn, suspensions, append(extensions, extension), holidays);
    }

    /**
     * 程序转换 — the case changes procedure (e.g. simple → ordinary). Civil and administrative limits
     * restart from the filing date (民诉解释 第258条第3款; 行诉解释 第105条第2款) and the conversion must be
     * ruled before the current limit expires (same articles); criminal limits run from the decision
     * (刑诉解释 第376条). Extensions granted under the old procedure lapse; excluded periods stay excluded.
     */
    public TrialDeadline convertTo(DeadlineRule newRule, LocalDate decidedOn) {
        boolean fromFiling = newRule.countsOnConversion() == DeadlineRule.ConversionStart.FILING_DATE;
        if (decidedOn.isBefore(filedOn) || (fromFiling && decidedOn.isAfter(dueOn()))) {
            throw Refusals.invalid("deadline.conversion.late", "decidedOn",
                    "转换程序应当在原审理期限届满前裁定（" + newRule.countsOnConversion().article() + "）", decidedOn, dueOn());
        }
        return new TrialDeadline(newRule, filedOn, fromFiling ? filedOn : decidedOn, suspensions, List.of(), holidays);
    }

    /** Excluded days after the base date, each calendar day once even where suspensions overlap. */
    public long suspendedDays() {
        return suspendedDays(rule, base(startsOn, suspensions), suspensions);
    }

    /** The date the period currently runs from: the base date, or the last restart's end when one came later. */
    public LocalDate countsFrom() {
        return base(startsOn, suspensions);
    }

    /** The period (base + extensions) without suspensions. */
    public TimeLimit period() {
        return period(rule, extensions);
    }

    /** The last day on which the case is still within its limit. */
    public LocalDate dueOn() {
        return holidays.adjust(dueWithout(rule, startsOn, extensions, suspensions));
    }

    /** Days from {@code today} to the due date: 0 on the due date, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn());
    }

    public boolean overdue(LocalDate today) {
        return today.isAfter(dueOn());
    }

    // Static so the constructor can use it before the record is complete.
    private static LocalDate dueWithout(DeadlineRule rule, LocalDate startsOn, List<Extension> extensions,
                                        List<Suspension> suspensions) {
        LocalDate base = base(startsOn, suspensions);
        return rule.endOf(period(rule, extensions), base).plusDays(suspendedDays(rule, base, suspensions));
    }

    /** 重新计算审理期限: the latest restart's last day when it is later than the base date. */
    private static LocalDate base(LocalDate startsOn, List<Suspension> suspensions) {
        LocalDate base = startsOn;
        for (Suspension s : suspensions) {
            if (s.reason().restarts() && s.to().isAfter(base)) base = s.to();
        }
        return base;
    }

    private static TimeLimit period(DeadlineRule rule, List<Extension> extensions) {
        return extensions.stream().map(Extension::length).reduce(rule.base(), TimeLimit::plus);
    }

    private static long suspendedDays(DeadlineRule rule, LocalDate startsOn, List<Suspension> suspensions) {
        // The base date is outside the period (第85条), so a suspension is counted from the next day on.
        LocalDate firstCounted = startsOn.plusDays(1);
        List<Suspension> clipped = suspensions.stream()
                .filter(s -> !s.reason().restarts())
                .map(s -> capped(rule, s))
                .filter(s -> !s.to().isBefore(firstCounted))
                .map(s -> s.from().isBefore(firstCounted) ? Suspension.of(s.reason(), firstCounted, s.to()) : s)
                .sorted(Comparator.comparing(Suspension::from))
                .toList();
        long days = 0;
        LocalDate countedUpTo = firstCounted.minusDays(1);
        for (Suspension s : clipped) {
            LocalDate from = s.from().isAfter(countedUpTo) ? s.from() : countedUpTo.plusDays(1);
            if (!s.to().isBefore(from)) {
                days += ChronoUnit.DAYS.between(from, s.to()) + 1;
                countedUpTo = s.to();
            }
        }
        return days;
    }

    /**
     * A period cut to what its reason may exclude, counted from its first day: 另行委托辩护人 ten days (审限规定(2000)
     * 第9条(二): 「自案件宣布延期审理之日起至第十日止」), a postponement for new evidence one month (第9条(五)).
     */
    private static Suspension capped(DeadlineRule rule, Suspension s) {
        return s.reason().cap()
                .map(cap -> rule.endOf(cap, s.from().minusDays(1)))
                .filter(last -> last.isBefore(s.to()))
                .map(last -> Suspension.of(s.reason(), s.from(), last))
                .orElse(s);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
