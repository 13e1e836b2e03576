package org.quanze.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quanze.authority.Action;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.DepartmentView;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.organization.TeamView;
import org.quanze.shared.Post;
import org.quanze.statistics.internal.IndicatorEngine;
import org.quanze.statistics.internal.IndicatorEngine.Period;
import org.quanze.statistics.internal.IndicatorEngine.Raw;
import org.springframework.stereotype.Service;

/**
 * What the statistics module answers: reports of the indicator catalogue for a court (alone or with the courts under
 * it) and a period, grouped or not, and the cases behind any figure. Every question is checked against the power list
 * ({@link Action#VIEW_STATISTICS}) for every court it covers.
 */
@Service
public class Statistics {

    /** The courts and period a question is about, once resolved and allowed. */
    public record Scope(CourtView court, boolean subordinates, Set<Long> courtIds, LocalDate from, LocalDate to) {
    }

    private final IndicatorEngine engine;
    private final Organization organization;
    private final PowerGuard guard;

    Statistics(IndicatorEngine engine, Organization organization, PowerGuard guard) {
        this.engine = engine;
        this.organization = organization;
        this.guard = guard;
    }

    /** Resolves the court and checks the signed-in person may see every court the question covers. */
    public Scope scope(String courtCode, boolean subordinates, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.isBefore(to.minusYears(10))) {
            throw StatisticsRefusal.badPeriod(from, to);
        }
        CourtView court = organization.court(courtCode).orElseThrow(() -> StatisticsRefusal.unknownCourt(courtCode));
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(court.id()));
        Set<Long> ids = subordinates ? organization.courtAndBelow(court.id()) : Set.of(court.id());
        if (subordinates) {
            DataScope allowed = guard.scope(Action.VIEW_STATISTICS);
            for (Long id : ids) {
                if (!allowed.coversCourt(id)) guard.require(Action.VIEW_STATISTICS, PowerContext.court(id));
            }
        }
        return new Scope(court, subordinates, ids, from, to);
    }

    /**
     * The whole province of a scope — its top court with every court under it, same period — for comparison. Only the
     * province's aggregate figures are shown from it (no rows per court, no case lists), so it is not checked against
     * the power list court by court: a basic court sees the provincial average as the 通报 give it.
     */
    public Scope province(Scope scope) {
        CourtView top = scope.court();
        while (top.parentId() != null) top = organization.court(top.parentId()).orElseThrow();
        if (top.id() == scope.court().id() && scope.subordinates()) return scope;
        return new Scope(top, true, organization.courtAndBelow(top.id()), scope.from(), scope.to());
    }

    /** The indicators for the scope, one row per group, each with its 同比. One query, whatever the grouping. */
    public StatisticsReport report(Scope scope, GroupBy groupBy, List<IndicatorDefinition> definitions) {
        List<Period> periods = groupBy == GroupBy.MONTH ? months(scope.from(), scope.to())
                : List.of(new Period(scope.court().code(), scope.from(), scope.to()));
        boolean leadersUsed = definitions.stream().anyMatch(d -> Indicators.usesLeaders(d.numerator())
                || Indicators.usesLeaders(d.denominator()));
        List<Raw> raws = engine.compute(scope.courtIds(), leadersUsed ? leaders(scope) : Set.of(), periods, groupBy,
                definitions);
        Teams teams = groupBy == GroupBy.TEAM ? new Teams(scope) : null;
        if (teams != null) raws = teams.rollUp(raws);
        Headcounts headcounts = new Headcounts(scope.courtIds(), teams);
        Labels labels = new Labels(groupBy, scope, teams, raws);
        boolean perJudge = definitions.stream().anyMatch(d -> d.base() == Base.QUOTA_JUDGES);
        Map<String, StatisticsReport.Row> rows = new LinkedHashMap<>();
        for (Raw raw : raws) {
            Period period = periods.stream().filter(p -> p.key().equals(raw.periodKey())).findFirst().orElseThrow();
            String key = labels.key(raw, period);
            // 员额法官 are asked for only when a per-judge figure is (one query per day asked)
            long judgesNow = perJudge ? headcounts.of(groupBy, raw.groupKey(), period.to()) : 0;
            long judgesBefore = perJudge ? headcounts.of(groupBy, raw.groupKey(), period.previous().to()) : 0;
            Map<String, Figure> figures = new LinkedHashMap<>();
            for (IndicatorDefinition d : definitions) {
                long[] now = raw.current().getOrDefault(d.code(), new long[2]);
                long[] before = raw.previous().getOrDefault(d.code(), new long[2]);
                Long denNow = d.base() == Base.QUOTA_JUDGES ? judgesNow : now[1];
                Long denBefore = d.base() == Base.QUOTA_JUDGES ? judgesBefore : before[1];
                figures.put(d.code(), Figure.of(d, now[0], denNow, before[0], denBefore));
            }
            rows.put(key, new StatisticsReport.Row(key, labels.label(key), figures));
        }
        List<StatisticsReport.Row> ordered = new ArrayList<>(rows.values());
        if (groupBy == GroupBy.MONTH) {
            // months without any case still appear, so a trend has no holes
            for (Period p : periods) {
                if (!rows.containsKey(p.key())) ordered.add(empty(p.key(), p.key(), definitions));
            }
        }
        if (groupBy == GroupBy.COURT) {
            // every court of the set is ranked, those without cases too
            for (CourtView c : organization.courts()) {
                if (scope.courtIds().contains(c.id()) && !rows.containsKey(c.code())) {
                    StatisticsReport.Row row = empty(c.code(), c.name(), definitions);
                    Map<String, Figure> figures = new LinkedHashMap<>(row.indicators());
                    for (IndicatorDefinition d : definitions) {
                        if (d.base() == Base.QUOTA_JUDGES) {
                            figures.put(d.code(), Figure.of(d, 0, headcounts.of(groupBy, String.valueOf(c.id()), scope.to()), 0,
                                    headcounts.of(groupBy, String.valueOf(c.id()), scope.to().minusYears(1))));
                        }
                    }
                    ordered.add(new StatisticsReport.Row(c.code(), c.name(), figures));
                }
            }
        }
        if (groupBy == GroupBy.NONE && ordered.isEmpty()) ordered.add(empty(scope.court().code(), scope.court().name(), definitions));
        ordered.sort(Comparator.comparing(StatisticsReport.Row::key));
        return new StatisticsReport(scope.court().code(), scope.court().name(), scope.from(), scope.to(),
                scope.subordinates(), groupBy, List.copyOf(ordered));
    }

    /** Courts ranked by an indicator, best first by its direction (ties by court code). */
    public List<StatisticsReport.Row> ranking(StatisticsReport byCourt, String code) {
        IndicatorDefinition d = Indicators.get(code);
        Comparator<StatisticsReport.Row> byValue = Comparator.comparing(
                (StatisticsReport.Row r) -> r.figure(code) == null ? null : r.figure(code).value(),
                Comparator.nullsLast(d.direction() == Direction.LOWER_BETTER ? Comparator.<Double>naturalOrder()
                        : Comparator.<Double>reverseOrder()));
        return byCourt.rows().stream().sorted(byValue.thenComparing(StatisticsReport.Row::key)).toList();
    }

    /** Which part of a figure to list. */
    public enum Part { NUMERATOR, DENOMINATOR }

    /** The cases of an indicator's numerator or denominator in the scope, optionally within one group. */
    public FigureCases cases(Scope scope, String code, Part part, GroupBy groupBy, String key, int page, int size) {
        IndicatorDefinition d = Indicators.get(code);
        String predicate = part == Part.NUMERATOR ? d.numerator() : switch (d.base()) {
            case CASES -> d.denominator();
            case NONE -> d.numerator();
            case QUOTA_JUDGES -> throw StatisticsRefusal.noCaseList(code);
        };
        Object value = key;
        if (groupBy == GroupBy.JUDGE && key != null) {
            value = organization.staff(key, scope.to()).map(StaffView::id).orElse(-1L);
        }
        if (groupBy == GroupBy.DEPARTMENT && key != null) {
            value = key.matches("\\d{1,18}") ? Long.parseLong(key) : -1L;
        }
        if (groupBy == GroupBy.TEAM && key != null) {
            value = new Teams(scope).members(key).toArray(Long[]::new);
        }
        String events = d.events() == null ? null : part == Part.NUMERATOR || d.base() == Base.NONE ? d.events().numerator()
                : d.events().denominator();
        return engine.cases(predicate, events, scope.courtIds(), Indicators.usesLeaders(predicate) ? leaders(scope) : Set.of(),
                scope.from(), scope.to(), groupBy, value,
                Math.max(0, page), Math.min(Math.max(1, size), 1000));
    }

    /** 院庭长: staff of the scope's courts holding a leader post ({@link Post#LEADERS}) on the period's last day. */
    private Set<Long> leaders(Scope scope) {
        return organization.holdersOf(scope.courtIds(), Post.LEADERS);
    }

    /** Staff numbers and names of handlers, for case lists. */
    public Map<Long, StaffView> staff(Set<Long> ids, LocalDate on) {
        return organization.staff(ids, on);
    }

    /** Courts the signed-in person may pick: every court their statistics scope covers, in code order. */
    public List<CourtView> courtsInScope() {
        DataScope allowed = guard.scope(Action.VIEW_STATISTICS);
        return organization.courts().stream().filter(c -> allowed.coversCourt(c.id()))
                .sorted(Comparator.comparing(CourtView::code)).toList();
    }

    static List<Period> months(LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            periods.add(new Period(m.toString(), start, end));
        }
        return periods;
    }

    private static StatisticsReport.Row empty(String key, String label, List<IndicatorDefinition> definitions) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) figures.put(d.code(), Figure.of(d, 0, 0L, 0, 0L));
        return new StatisticsReport.Row(key, label, figures);
    }

    /**
     * 审判团队 of the scope's courts: rows per team summed from its members' rows as handlers (every figure is a count or
     * a sum, so the roll-up is exact); a case whose handler is in two teams counts in both, one without a team under "".
     */
    private final class Teams {
        private final Map<String, TeamView> byKey = new LinkedHashMap<>();
        private final Map<String, List<String>> ofHandler = new HashMap<>();

        Teams(Scope scope) {
            for (TeamView t : organization.teams(scope.courtIds())) {
                byKey.put(String.valueOf(t.id()), t);
                for (Long member : t.members()) ofHandler.computeIfAbsent(String.valueOf(member), k -> new ArrayList<>()).add(String.valueOf(t.id()));
            }
        }

        Set<Long> members(String key) {
            TeamView t = byKey.get(key);
            return t == null ? Set.of() : t.members();
        }

        TeamView team(String key) {
            return byKey.get(key);
        }

        List<Raw> rollUp(List<Raw> byHandler) {
            Map<String, Raw> rows = new LinkedHashMap<>();
            for (Raw raw : byHandler) {
                for (String team : ofHandler.getOrDefault(raw.groupKey(), List.of(""))) {
                    Raw sum = rows.computeIfAbsent(raw.periodKey() + "\u0000" + team,
                            k -> new Raw(raw.periodKey(), team, new LinkedHashMap<>(), new LinkedHashMap<>()));
                    add(raw.current(), sum.current());
                    add(raw.previous(), sum.previous());
                }
            }
            return new ArrayList<>(rows.values());
        }

        private static void add(Map<String, long[]> from, Map<String, long[]> to) {
            from.forEach((code, v) -> {
                long[] t = to.computeIfAbsent(code, k -> new long[2]);
                t[0] += v[0];
                t[1] += v[1];
            });
        }
    }

    /** 员额法官 in post on a day, per court, asked once per day. */
    private final class Headcounts {
        private final Set<Long> courtIds;
        private final Teams teams;
        private final Map<LocalDate, Map<Long, Long>> byDay = new HashMap<>();
        private final Map<LocalDate, Map<Long, Long>> byDepartment = new HashMap<>();
        private final Map<LocalDate, Map<Long, StaffView>> staffByDay = new HashMap<>();

        Headcounts(Set<Long> courtIds, Teams teams) {
            this.courtIds = courtIds;
            this.teams = teams;
        }

        long of(GroupBy groupBy, String group, LocalDate day) {
            if (groupBy == GroupBy.TEAM) {
                // the team's members in quota on the day
                Map<Long, StaffView> staff = staffByDay.computeIfAbsent(day, d -> organization.staff(
                        teams.byKey.values().stream().flatMap(t -> t.members().stream()).collect(Collectors.toSet()), d));
                return teams.members(group).stream().filter(id -> staff.containsKey(id) && staff.get(id).inQuota()).count();
            }
            Map<Long, Long> counts = byDay.computeIfAbsent(day, d -> organization.quotaHeadcount(courtIds, d));
            return switch (groupBy) {
                case JUDGE -> group.isEmpty() ? 0 : 1;
                case TEAM -> throw new IllegalStateException("counted above");
                // 员额法官 of the department in post on the day (none for cases without a department)
                case DEPARTMENT -> group.isEmpty() ? 0 : byDepartment.computeIfAbsent(day,
                        d -> organization.quotaHeadcountByDepartment(courtIds, d)).getOrDefault(Long.parseLong(group), 0L);
                case COURT -> counts.getOrDefault(Long.parseLong(group), 0L); // the engine's key: the court id
                case NONE, MONTH, CASE_TYPE, PROCEDURE -> counts.values().stream().mapToLong(Long::longValue).sum();
            };
        }
    }

    /** Row keys and labels: court code and name, department id and name, procedure code and name, staff number and name, type code, month. */
    private final class Labels {
        private final GroupBy groupBy;
        private final Scope scope;
        private final Teams teams;
        private final List<Raw> raws;
        private final Map<String, String> labels = new HashMap<>();
        private Map<Long, StaffView> staff;

        Labels(GroupBy groupBy, Scope scope, Teams teams, List<Raw> raws) {
            this.groupBy = groupBy;
            this.scope = scope;
            this.teams = teams;
            this.raws = raws;
        }

        String key(Raw raw, Period period) {
            return switch (groupBy) {
                case NONE -> scope.court().code();
                case MONTH -> period.key();
                case COURT -> {
                    CourtView court = courts().get(Long.parseLong(raw.groupKey()));
                    if (court == null) yield raw.groupKey();
                    labels.put(court.code(), court.name());
                    yield court.code();
                }
                case DEPARTMENT, PROCEDURE, CASE_TYPE, TEAM -> raw.groupKey();
                case JUDGE -> judge(raw.groupKey());
            };
        }

        private String judge(String handlerId) {
            if (handlerId.isEmpty()) {
                labels.put("", "未分案");
                return "";
            }
            if (staff == null) {
                // every handler of the rows at once
                Set<Long> ids = new java.util.HashSet<>();
                for (Raw r : raws) if (!r.groupKey().isEmpty()) ids.add(Long.parseLong(r.groupKey()));
                staff = new HashMap<>(organization.staff(ids, scope.to()));
            }
            long id = Long.parseLong(handlerId);
            StaffView s = staff.computeIfAbsent(id, i -> organization.staff(i, scope.to()).orElse(null));
            if (s == null) return "#" + handlerId;
            labels.put(s.staffNo(), s.name());
            return s.staffNo();
        }

        private Map<Long, CourtView> courts;
        private Map<String, String> departmentNames;

        /** The courts, by id, read once for the report. */
        private Map<Long, CourtView> courts() {
            if (courts == null) {
                courts = organization.courts().stream().collect(Collectors.toMap(CourtView::id, c -> c, (a, b) -> a));
            }
            return courts;
        }

        /** A department's or team's name, after its court's when the report covers several courts. */
        private String withCourt(long courtId, String name) {
            if (scope.courtIds().size() == 1) return name;
            CourtView court = courts().get(courtId);
            return (court == null ? "" : court.name() + " ") + name;
        }

        /** 庭室 names of the courts in the scope, by department id. */
        private Map<String, String> departmentNames() {
            if (departmentNames == null) {
                departmentNames = new HashMap<>();
                for (DepartmentView d : organization.departments(scope.courtIds())) {
                    departmentNames.put(String.valueOf(d.id()), withCourt(d.courtId(), d.name()));
                }
            }
            return departmentNames;
        }

        String label(String key) {
            return switch (groupBy) {
                case NONE -> scope.court().name();
                case COURT, JUDGE -> labels.getOrDefault(key, key);
                case TEAM -> {
                    TeamView t = teams.team(key);
                    yield t == null ? "未组建团队" : withCourt(t.courtId(), t.name());
                }
                case DEPARTMENT -> key.isEmpty() ? "未分庭室" : departmentNames().getOrDefault(key, "#" + key);
                case PROCEDURE -> ProcedureLabels.of(key);
                case CASE_TYPE, MONTH -> key;
            };
        }
    }
}
