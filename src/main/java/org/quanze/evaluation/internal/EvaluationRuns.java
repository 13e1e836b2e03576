package org.quanze.evaluation.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.evaluation.EvaluationRefusal;
import org.quanze.evaluation.SubjectKind;
import org.quanze.evaluation.domain.EvaluationRun;
import org.quanze.evaluation.domain.Grade;
import org.quanze.disclosure.Disclosures;
import org.quanze.evaluation.domain.Measure;
import org.quanze.evaluation.domain.RunStatus;
import org.quanze.evaluation.domain.RunStep;
import org.quanze.evaluation.domain.Scheme;
import org.quanze.evaluation.internal.JudgeMeasures.Tally;
import org.quanze.organization.CourtView;
import org.quanze.organization.DepartmentView;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.CourtLevel;
import org.quanze.shared.Post;
import org.quanze.shared.Recorded;
import org.quanze.shared.Role;
import org.quanze.statistics.Figure;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.Statistics;
import org.quanze.statistics.StatisticsReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps of an evaluation: compute a run (a court, a year, a scheme version) → enter scores → publish the draft →
 * the person evaluated objects (复核, 法官法 第43条) → the 审管办 answers → lock into the 考核档案. Managing is the
 * 审管办's power ({@link Action#EDIT_POWER_LIST}) within its statistics scope; every step is written to the trail.
 */
@Service
public class EvaluationRuns {

    /** One item's score before it is stored. */
    record ItemScore(Scheme.Item item, Double value, Double numerator, Double denominator, Double average,
            BigDecimal points, List<String> cases, List<String> baseCases, String note) {
    }

    /** One subject's measured items before scoring. */
    private record Subject(long id, String key, String name, Long departmentId, Long staffId, Map<String, Measured> items) {
        /** Whether any case stands behind any measured item: someone with none in the year gets no grade. */
        boolean hadCases() {
            return items.values().stream().anyMatch(Measured::hadCases);
        }
    }

    private record Measured(Double value, Double numerator, Double denominator, List<String> cases, List<String> baseCases,
            String note) {
        static final Measured NONE = new Measured(null, null, null, List.of(), List.of(), "");

        boolean hadCases() {
            return !cases.isEmpty() || !baseCases.isEmpty() || numerator != null && numerator > 0
                    || denominator != null && denominator > 0;
        }
    }

    private final JdbcClient jdbc;
    /** For the batches of a computed run's results and items. */
    private final JdbcTemplate batch;
    private final SchemeStore schemes;
    private final JudgeMeasures measures;
    private final IndicatorCases indicatorCases;
    private final ReviewMeasures reviewMeasures;
    private final Organization organization;
    private final Statistics statistics;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    private final Disclosures disclosures;

    EvaluationRuns(JdbcClient jdbc, JdbcTemplate batch, SchemeStore schemes, JudgeMeasures measures, IndicatorCases indicatorCases,
            ReviewMeasures reviewMeasures, Organization organization, Statistics statistics, PowerGuard guard,
            ApplicationEventPublisher events, JsonMapper json, Clock clock, Disclosures disclosures) {
        this.disclosures = disclosures;
        this.jdbc = jdbc;
        this.batch = batch;
        this.schemes = schemes;
        this.measures = measures;
        this.indicatorCases = indicatorCases;
        this.reviewMeasures = reviewMeasures;
        this.organization = organization;
        this.statistics = statistics;
        this.guard = guard;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The 审管办 may manage evaluations of this court: it holds the office's power and the court is in its scope. */
    public Actor requireManage(long courtId) {
        Actor actor = guard.require(Action.EDIT_POWER_LIST);
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(courtId));
        return actor;
    }

    // ---------------------------------------------------------------- compute

    @Transactional
    public long compute(String courtCode, int year, SubjectKind kind, Long schemeId) {
        CourtView court = organization.court(courtCode).orElseThrow(() -> EvaluationRefusal.unknownCourt(courtCode));
        Actor actor = requireManage(court.id());
        if (year < 2000 || year > LocalDate.now(clock).getYear()) throw EvaluationRefusal.badInput("year", "年度不正确：" + year);
        Scheme scheme = schemeId != null ? schemes.get(schemeId) : schemeOf(kind, year);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Subject> measured = switch (scheme.kind()) {
            case JUDGE -> judges(court, from, to, measures.of(court.id(), from, to));
            case ASSISTANT -> assistants(court, from, to);
            case DEPARTMENT -> departments(court, year, from, to);
            case INTERMEDIATE_COURT -> intermediateCourts(court, scheme, from, to);
        };
        List<Subject> subjects = bind(scheme, measured);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long runId = jdbc.sql("""
                INSERT INTO evaluation.run (scheme_id, court_id, court_code, year, status, computed_at, computed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(scheme.id(), court.id(), court.code(), year, RunStatus.COMPUTED.name(), now, actor.username())
                .query(Long.class).single();
        insertResults(runId, scheme, subjects, score(scheme, subjects));
        rerank(runId);
        events.publishEvent(Recorded.of("EVALUATION_COMPUTED", "EVALUATION_RUN", String.valueOf(runId),
                Map.of("court", court.code(), "year", year, "scheme", scheme.kind() + " " + scheme.year() + " v" + scheme.version(),
                        "subjects", subjects.size())));
        return runId;
    }

    /**
     * The run's results and their items, in two batches (one statement each, sent together) rather than one INSERT per
     * result and per item: the result ids are drawn from their sequence first, so the items can name them.
     */
    private void insertResults(long runId, Scheme scheme, List<Subject> subjects, List<List<ItemScore>> scored) {
        if (subjects.isEmpty()) return;
        List<Long> ids = jdbc.sql("SELECT nextval('evaluation.result_id_seq') FROM generate_series(1, ?)")
                .param(subjects.size()).query(Long.class).list();
        List<Object[]> results = new ArrayList<>(subjects.size());
        List<Object[]> items = new ArrayList<>();
        for (int s = 0; s < subjects.size(); s++) {
            Subject subject = subjects.get(s);
            long resultId = ids.get(s);
            BigDecimal total = scheme.total(scored.get(s).stream().map(ItemScore::points).toList());
            results.add(new Object[] {resultId, runId, subject.id(), subject.key(), subject.name(), subject.departmentId(),
                    subject.staffId(), total, scheme.grades().of(total, subject.hadCases()).name()});
            int position = 1;
            for (ItemScore i : scored.get(s)) {
                items.add(new Object[] {resultId, position++, i.item().code(), i.item().name(), i.item().measure().name(),
                        i.value(), i.numerator(), i.denominator(), i.average(), i.item().rule().describe(i.item().points()),
                        i.item().points(), i.points(), i.cases().toArray(String[]::new), i.baseCases().toArray(String[]::new),
                        i.note()});
            }
        }
        batch.batchUpdate("""
                INSERT INTO evaluation.result (id, run_id, subject_id, subject_key, subject_name, department_id, staff_id,
                    total, grade, rank)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", results, RESULT_TYPES);
        batch.batchUpdate("""
                INSERT INTO evaluation.result_item (result_id, position, code, name, measure, value, numerator,
                    denominator, peers_average, rule_text, full_points, points, cases, base_cases, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items, ITEM_TYPES);
    }

    /** SQL types of the batches' parameters, so that a null (no department, no value) is typed. */
    private static final int[] RESULT_TYPES = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.VARCHAR};
    private static final int[] ITEM_TYPES = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC,
            Types.ARRAY, Types.ARRAY, Types.VARCHAR};

    /** The year's own scheme of the kind; a year without one is refused, naming the newest scheme to copy. */
    private Scheme schemeOf(SubjectKind kind, int year) {
        return schemes.forYear(kind, year).orElseThrow(() -> EvaluationRefusal.noSchemeForYear(kind, year,
                schemes.newest(kind, year).map(Scheme::year).orElse(null)));
    }

    /** Points of every subject's items; a relative rule compares with the average value of all subjects of the run. */
    static List<List<ItemScore>> score(Scheme scheme, List<Subject> subjects) {
        Map<String, Double> averages = new HashMap<>();
        for (Scheme.Item item : scheme.items()) {
            double sum = 0;
            int n = 0;
            for (Subject s : subjects) {
                Measured m = s.items().getOrDefault(item.code(), Measured.NONE);
                if (m.value() != null) {
                    sum += m.value();
                    n++;
                }
            }
            averages.put(item.code(), n == 0 ? null : sum / n);
        }
        List<List<ItemScore>> all = new ArrayList<>();
        for (Subject s : subjects) {
            List<ItemScore> items = new ArrayList<>();
            for (Scheme.Item item : scheme.items()) {
                Measured m = s.items().getOrDefault(item.code(), Measured.NONE);
                Double avg = averages.get(item.code());
                BigDecimal points = item.rule().score(m.value(), item.points(), avg);
                items.add(new ItemScore(item, m.value(), m.numerator(), m.denominator(),
                        item.rule() instanceof org.quanze.evaluation.domain.ScoringRule.RelativeToAverage ? avg : null,
                        points, m.cases(), m.baseCases(), m.note()));
            }
            all.add(items);
        }
        return all;
    }

    private static Measured measured(Tally t, Measure m) {
        if (t == null) t = Tally.EMPTY;
        if (!m.source().rate()) return new Measured(t.numerator(), t.numerator(), null, t.cases(), t.baseCases(), "");
        Double value = t.denominator() == 0 ? null : t.numerator() / t.denominator();
        return new Measured(value, t.numerator(), (double) t.denominator(), t.cases(), t.baseCases(),
                t.denominator() == 0 ? "无可计算的案件" : "");
    }

    private List<Subject> judges(CourtView court, LocalDate from, LocalDate to, Map<Long, Map<Measure, Tally>> byJudge) {
        Map<Long, Map<Measure, ReviewMeasures.Counted>> reviewed = reviewMeasures.byJudge(Set.of(court.id()), from, to);
        Map<Long, StaffView> staff = new LinkedHashMap<>();
        for (StaffView s : organization.staffOf(court.code(), to)) {
            if (s.role() == Role.QUOTA_JUDGE) staff.put(s.id(), s);
        }
        for (Long id : byJudge.keySet()) {
            if (!staff.containsKey(id)) organization.staff(id, to).filter(s -> s.courtId() == court.id()).ifPresent(s -> staff.put(id, s));
        }
        List<Subject> subjects = new ArrayList<>();
        for (StaffView s : staff.values()) {
            Map<Measure, Tally> tallies = byJudge.getOrDefault(s.id(), Map.of());
            Map<String, Measured> items = new HashMap<>(byMeasure(tallies));
            items.putAll(reviewed(reviewed.getOrDefault(s.id(), Map.of())));
            subjects.add(new Subject(s.id(), s.staffNo(), s.name(), s.departmentId(), s.id(), items));
        }
        return subjects;
    }

    /** The review measures as measured items: the count, the cases behind it and the reviews named in the note. */
    private static Map<String, Measured> reviewed(Map<Measure, ReviewMeasures.Counted> counted) {
        Map<String, Measured> out = new HashMap<>();
        for (Measure m : Measure.values()) {
            if (!m.readsReviews()) continue;
            ReviewMeasures.Counted c = counted.getOrDefault(m, ReviewMeasures.Counted.NONE);
            out.put("M:" + m.name(), new Measured((double) c.count(), (double) c.count(), null, c.cases(), List.of(), c.note()));
        }
        return out;
    }

    /** Items are matched by measure: a scheme item reads the measured value of its measure. */
    private Map<String, Measured> byMeasure(Map<Measure, Tally> tallies) {
        Map<String, Measured> out = new HashMap<>();
        for (Measure m : Measure.values()) {
            if (m.source().perJudge() && m != Measure.INPUT) out.put("M:" + m.name(), measured(tallies.get(m.source()), m));
        }
        return out;
    }

    private List<Subject> assistants(CourtView court, LocalDate from, LocalDate to) {
        Map<Long, Map<Measure, Tally>> byJudge = measures.of(court.id(), from, to);
        List<Subject> subjects = new ArrayList<>();
        for (StaffView s : organization.staffOf(court.code(), to)) {
            if (s.role() != Role.JUDICIAL_ASSISTANT) continue;
            Map<Measure, Tally> team = new HashMap<>();
            for (Long mate : organization.teamMatesOf(s.id())) {
                Map<Measure, Tally> judge = byJudge.get(mate);
                if (judge == null) continue;
                judge.forEach((m, t) -> team.merge(m, t, Tally::plus));
            }
            subjects.add(new Subject(s.id(), s.staffNo(), s.name(), s.departmentId(), s.id(), byMeasure(team)));
        }
        return subjects;
    }

    private List<Subject> departments(CourtView court, int year, LocalDate from, LocalDate to) {
        Scheme judgeScheme = schemeOf(SubjectKind.JUDGE, year);
        Map<Long, Map<Measure, Tally>> byJudge = measures.of(court.id(), from, to);
        List<Subject> judges = judges(court, from, to, byJudge);
        List<List<ItemScore>> judgeScores = score(judgeScheme, bind(judgeScheme, judges));
        List<Subject> subjects = new ArrayList<>();
        for (DepartmentView d : organization.departments(court.id())) {
            Map<Measure, Tally> dept = new HashMap<>();
            double shareSum = 0;
            int n = 0;
            List<String> members = new ArrayList<>();
            for (int i = 0; i < judges.size(); i++) {
                Subject j = judges.get(i);
                if (!Long.valueOf(d.id()).equals(j.departmentId())) continue;
                byJudge.getOrDefault(j.id(), Map.of()).forEach((m, t) -> dept.merge(m, t, Tally::plus));
                BigDecimal total = judgeScheme.total(judgeScores.get(i).stream().map(ItemScore::points).toList());
                shareSum += total.doubleValue() / judgeScheme.baseScore().doubleValue();
                n++;
                members.add(j.name() + " " + total.toPlainString());
            }
            if (n == 0) continue;
            Map<String, Measured> items = new HashMap<>(byMeasure(dept));
            items.put("M:" + Measure.JUDGES_AVERAGE.name(), new Measured(shareSum / n, shareSum, (double) n, List.of(), List.of(),
                    "部门员额法官 " + n + " 人：" + String.join("，", members)));
            subjects.add(new Subject(d.id(), String.valueOf(d.id()), d.name(), d.id(), null, items));
        }
        return subjects;
    }

    /**
     * Each intermediate court under (or being) the court, with the courts under it as the statistics module counts them.
     * The value is the indicator's numerator over its denominator unrounded — the statistics round rates to four
     * places for display, and 17 ÷ 243 = 6.996% would print, and pass "7% or more", as 7.00%.
     */
    private List<Subject> intermediateCourts(CourtView court, Scheme scheme, LocalDate from, LocalDate to) {
        List<IndicatorDefinition> definitions = scheme.items().stream().filter(i -> i.indicator() != null)
                .map(i -> Indicators.get(i.indicator())).distinct().toList();
        boolean leadersUsed = definitions.stream().anyMatch(d -> Indicators.usesLeaders(d.numerator())
                || Indicators.usesLeaders(d.denominator()));
        List<CourtView> courts = organization.courts().stream()
                .filter(c -> c.level() == CourtLevel.INTERMEDIATE
                        && (c.id() == court.id() || Long.valueOf(court.id()).equals(c.parentId())))
                .sorted(Comparator.comparing(CourtView::code)).toList();
        List<Subject> subjects = new ArrayList<>();
        for (CourtView c : courts) {
            // the court with the courts under it, as the statistics module computes it: one query per court
            Statistics.Scope scope = statistics.scope(c.code(), true, from, to);
            StatisticsReport.Row row = statistics.report(scope, GroupBy.NONE, definitions).total();
            Map<String, IndicatorCases.Listed> listed = indicatorCases.of(scope.courtIds(),
                    leadersUsed ? leaders(scope.courtIds()) : Set.of(), from, to, scheme.items());
            Map<String, Measured> items = new HashMap<>(reviewed(reviewMeasures.ofCourts(scope.courtIds(), from, to)));
            for (Scheme.Item item : scheme.items()) {
                if (item.measure() == Measure.DISCLOSURE_MISSING) {
                    Disclosures.Disclosure d = disclosures.check(scope.courtIds(), from, to);
                    int missing = d.missing().size();
                    items.put(item.code(), new Measured((double) missing, (double) missing, (double) d.effective().size(), d.missing(),
                            d.effective(), "应公开或公示的裁判文书未达成 " + missing + " 件（" + d.effective().size() + " 件生效文书中 "
                                    + (d.effective().size() - missing) + " 件已公开或不公开已公示）"));
                    continue;
                }
                if (item.indicator() == null) continue;
                Figure f = row == null ? null : row.figure(item.indicator());
                if (f == null) {
                    items.put(item.code(), Measured.NONE);
                    continue;
                }
                IndicatorDefinition d = Indicators.get(item.indicator());
                IndicatorCases.Listed cases = listed.getOrDefault(item.code(), IndicatorCases.Listed.NONE);
                double numerator = f.numerator() == null ? 0 : f.numerator();
                Double denominator = f.denominator() == null ? null : f.denominator().doubleValue();
                if (item.measure() == Measure.COURT_INDICATOR_MISSING) {
                    double missing = (denominator == null ? 0 : denominator) - numerator;
                    items.put(item.code(), new Measured(missing, numerator, denominator, cases.cases(), cases.baseCases(),
                            d.chineseName() + "未达成 " + fmt(missing) + " 件（" + fmt(denominator == null ? 0 : denominator)
                                    + " 件中 " + fmt(numerator) + " 件达成）"));
                } else {
                    Double value = denominator == null ? Double.valueOf(numerator)
                            : denominator == 0 ? null : numerator / denominator;
                    items.put(item.code(), new Measured(value, numerator, denominator, cases.cases(), cases.baseCases(),
                            d.chineseName() + " " + fmt(numerator) + (denominator == null ? "" : " ÷ " + fmt(denominator))));
                }
            }
            subjects.add(new Subject(c.id(), c.code(), c.name(), null, null, items));
        }
        return subjects;
    }

    /** 院庭长 of the courts, for indicators counting their cases (as the statistics take them). */
    private Set<Long> leaders(Set<Long> courtIds) {
        return organization.holdersOf(courtIds, Post.LEADERS);
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Subjects measured by measure, re-keyed by the scheme's item codes. */
    private static List<Subject> bind(Scheme scheme, List<Subject> subjects) {
        List<Subject> out = new ArrayList<>();
        for (Subject s : subjects) {
            Map<String, Measured> items = new HashMap<>();
            for (Scheme.Item item : scheme.items()) {
                Measured m = s.items().get(item.code());
                if (m == null) m = s.items().get("M:" + item.measure().name());
                items.put(item.code(), m == null ? Measured.NONE : m);
            }
            out.add(new Subject(s.id(), s.key(), s.name(), s.departmentId(), s.staffId(), items));
        }
        return out;
    }

    // ---------------------------------------------------------------- steps

    /** The run, loaded as an aggregate (its stage and version; its results are saved by the steps below). */
    EvaluationRun head(long runId) {
        return jdbc.sql("SELECT id, court_id, court_code, year, scheme_id, status, row_version FROM evaluation.run WHERE id = ?")
                .param(runId).query((rs, i) -> new EvaluationRun(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getLong(5), RunStatus.valueOf(rs.getString(6)), rs.getInt(7)))
                .optional().orElseThrow(() -> EvaluationRefusal.noRun(runId));
    }

    EvaluationRun headOfResult(long resultId) {
        Long runId = jdbc.sql("SELECT run_id FROM evaluation.result WHERE id = ?").param(resultId).query(Long.class)
                .optional().orElseThrow(() -> EvaluationRefusal.noResult(resultId));
        return head(runId);
    }

    private int resultVersion(long resultId) {
        return jdbc.sql("SELECT row_version FROM evaluation.result WHERE id = ?").param(resultId).query(Integer.class).single();
    }

    /**
     * A change to a result: its version and its run's move on, guarded by the version the person saw, so that of two
     * offices answering on the same draft the second is told rather than overwriting the first.
     */
    private void touchResult(EvaluationRun run, long resultId, int seen) {
        int updated = jdbc.sql("UPDATE evaluation.result SET row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                .params(resultId, seen).update();
        if (updated != 1) throw EvaluationRefusal.staleResult(resultId, seen, resultVersion(resultId));
        jdbc.sql("UPDATE evaluation.run SET row_version = row_version + 1 WHERE id = ?").param(run.id()).update();
    }

    /** Saves a run the aggregate moved to a new stage, guarded by the version it was moved from. */
    private void save(EvaluationRun moved, int seen, OffsetDateTime at) {
        int updated = jdbc.sql("""
                UPDATE evaluation.run SET status = :status, row_version = row_version + 1,
                    published_at = CASE WHEN :status = 'PUBLISHED' THEN :at ELSE published_at END,
                    locked_at = CASE WHEN :status = 'LOCKED' THEN :at ELSE locked_at END
                WHERE id = :id AND row_version = :seen""")
                .param("status", moved.status().name()).param("at", at).param("id", moved.id()).param("seen", seen).update();
        if (updated != 1) throw EvaluationRefusal.staleRun(moved.id(), seen, head(moved.id()).version());
    }

    /**
     * Enters a score by hand (主观评分, 调研指导) for an item measured as INPUT, before the draft is published;
     * {@code seenVersion} is the result's version the person saw.
     */
    @Transactional
    public void enter(long resultId, String itemCode, double value, int seenVersion) {
        EvaluationRun run = headOfResult(resultId);
        requireManage(run.courtId());
        int current = resultVersion(resultId);
        if (current != seenVersion) throw EvaluationRefusal.staleResult(resultId, seenVersion, current);
        run.check(RunStep.ENTER_SCORE);
        if (!Double.isFinite(value)) throw EvaluationRefusal.badInput("value", "分值应为数值");
        Scheme scheme = schemes.get(run.schemeId());
        Scheme.Item item = scheme.items().stream().filter(i -> i.code().equals(itemCode) && i.measure() == Measure.INPUT)
                .findFirst().orElseThrow(() -> EvaluationRefusal.unknownItem(itemCode));
        touchResult(run, resultId, seenVersion);
        BigDecimal points = item.rule().score(value, item.points(), null);
        jdbc.sql("UPDATE evaluation.result_item SET value = ?, points = ?, note = ? WHERE result_id = ? AND code = ?")
                .params(value, points, "录入", resultId, itemCode).update();
        retotal(resultId, scheme);
        rerank(run.id());
        events.publishEvent(Recorded.of("EVALUATION_SCORE_ENTERED", "EVALUATION_RESULT", String.valueOf(resultId),
                Map.of("item", itemCode, "value", value, "points", points)));
    }

    /** 公示 the draft, as the person saw the run ({@code seenVersion}). */
    @Transactional
    public void publish(long runId, int seenVersion) {
        EvaluationRun run = head(runId);
        requireManage(run.courtId());
        save(run.publish(seenVersion), seenVersion, OffsetDateTime.now(clock));
        events.publishEvent(Recorded.of("EVALUATION_PUBLISHED", "EVALUATION_RUN", String.valueOf(runId),
                Map.of("court", run.courtCode(), "year", run.year())));
    }

    /** 复核申请: only the person evaluated, only while the draft is published. */
    @Transactional
    public long object(long resultId, String itemCode, String reasons, Actor actor) {
        EvaluationRun run = headOfResult(resultId);
        Long staffId = jdbc.sql("SELECT staff_id FROM evaluation.result WHERE id = ?").param(resultId).query(Long.class).single();
        if (actor.staffId() == null || !actor.staffId().equals(staffId)) throw EvaluationRefusal.notYours();
        run.check(RunStep.OBJECT);
        if (reasons == null || reasons.isBlank()) throw EvaluationRefusal.badInput("reasons", "请写明异议理由");
        String item = itemCode == null || itemCode.isBlank() ? null : itemCode.strip();
        if (item != null) requireItem(resultId, item);
        long id = jdbc.sql("""
                INSERT INTO evaluation.objection (result_id, item_code, reasons, filed_by, filed_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(resultId, item, reasons.strip(), actor.username(), OffsetDateTime.now(clock)).query(Long.class).single();
        events.publishEvent(Recorded.of("EVALUATION_OBJECTED", "EVALUATION_RESULT", String.valueOf(resultId),
                Map.of("objection", id, "item", item == null ? "" : item, "reasons", reasons.strip())));
        return id;
    }

    private void requireItem(long resultId, String code) {
        boolean exists = jdbc.sql("SELECT count(*) FROM evaluation.result_item WHERE result_id = ? AND code = ?")
                .params(resultId, code).query(Long.class).single() > 0;
        if (!exists) throw EvaluationRefusal.unknownItem(code);
    }

    /**
     * The 审管办 answers: accept with the item's new points and a reason, or reject with a reason; {@code seenVersion}
     * is the version of the objected result the office saw.
     */
    @Transactional
    public void answer(long objectionId, boolean accept, String itemCode, BigDecimal points, String reason, int seenVersion) {
        var row = jdbc.sql("SELECT result_id, item_code, status FROM evaluation.objection WHERE id = ?").param(objectionId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).optional()
                .orElseThrow(() -> EvaluationRefusal.noObjection(objectionId));
        long resultId = (Long) row[0];
        EvaluationRun run = headOfResult(resultId);
        Actor actor = requireManage(run.courtId());
        int current = resultVersion(resultId);
        if (current != seenVersion) throw EvaluationRefusal.staleResult(resultId, seenVersion, current);
        if (!"OPEN".equals(row[2])) throw EvaluationRefusal.wrongStage("已答复", "再次答复");
        run.check(RunStep.ANSWER);
        if (reason == null || reason.isBlank()) throw EvaluationRefusal.badInput("reason", "请写明答复理由");
        String item = itemCode != null && !itemCode.isBlank() ? itemCode.strip() : (String) row[1];
        if (accept) {
            if (item == null) throw EvaluationRefusal.badInput("itemCode", "采纳异议须指明调整的考核项目");
            if (points == null) throw EvaluationRefusal.badInput("points", "采纳异议须给出调整后的分值");
            requireItem(resultId, item);
        }
        touchResult(run, resultId, seenVersion);
        if (accept) {
            jdbc.sql("UPDATE evaluation.result_item SET points = ?, note = ? WHERE result_id = ? AND code = ?")
                    .params(points, "复核调整：" + reason.strip(), resultId, item).update();
            retotal(resultId, schemes.get(run.schemeId()));
            rerank(run.id());
        }
        jdbc.sql("""
                UPDATE evaluation.objection SET status = ?, answer = ?, changed_points = ?, answered_by = ?, answered_at = ?,
                    item_code = coalesce(?, item_code)
                WHERE id = ?""")
                .params(accept ? "ACCEPTED" : "REJECTED", reason.strip(), accept ? points : null, actor.username(),
                        OffsetDateTime.now(clock), accept ? item : null, objectionId)
                .update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("objection", objectionId);
        changes.put("decision", accept ? "ACCEPTED" : "REJECTED");
        changes.put("reason", reason.strip());
        if (accept) changes.put(item, points);
        events.publishEvent(Recorded.of("EVALUATION_OBJECTION_ANSWERED", "EVALUATION_RESULT", String.valueOf(resultId), changes));
    }

    /**
     * Locks the run as the person saw it ({@code seenVersion}): every result, its items with their cases and its
     * objections are copied into the archive.
     */
    @Transactional
    public void lock(long runId, int seenVersion) {
        EvaluationRun run = head(runId);
        Actor actor = requireManage(run.courtId());
        long open = jdbc.sql("""
                SELECT count(*) FROM evaluation.objection o JOIN evaluation.result r ON r.id = o.result_id
                WHERE r.run_id = ? AND o.status = 'OPEN'""").param(runId).query(Long.class).single();
        EvaluationRun locked = run.lock(seenVersion, open);
        Scheme scheme = schemes.get(run.schemeId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        save(locked, seenVersion, now);
        // set-based copy: items and objections as JSON, frozen with the scores
        jdbc.sql("""
                INSERT INTO evaluation.archive (run_id, result_id, subject_kind, court_code, year, scheme, subject_id,
                    subject_key, subject_name, staff_id, total, grade, rank, items, objections, archived_at, archived_by)
                SELECT r.run_id, r.id, :kind, :court, :year, :scheme, r.subject_id, r.subject_key, r.subject_name, r.staff_id,
                       r.total, r.grade, r.rank,
                       (SELECT coalesce(jsonb_agg(jsonb_build_object('code', i.code, 'name', i.name, 'measure', i.measure,
                               'value', i.value, 'numerator', i.numerator, 'denominator', i.denominator,
                               'peersAverage', i.peers_average, 'rule', i.rule_text, 'fullPoints', i.full_points,
                               'points', i.points, 'cases', to_jsonb(i.cases), 'baseCases', to_jsonb(i.base_cases),
                               'note', i.note) ORDER BY i.position), '[]'::jsonb)
                        FROM evaluation.result_item i WHERE i.result_id = r.id),
                       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'item', o.item_code, 'reasons', o.reasons,
                               'filedBy', o.filed_by, 'filedAt', o.filed_at, 'status', o.status, 'answer', o.answer,
                               'changedPoints', o.changed_points, 'answeredBy', o.answered_by) ORDER BY o.id), '[]'::jsonb)
                        FROM evaluation.objection o WHERE o.result_id = r.id),
                       :now, :by
                FROM evaluation.result r WHERE r.run_id = :run""")
                .param("kind", scheme.kind().name()).param("court", run.courtCode()).param("year", run.year())
                .param("scheme", scheme.name() + "（" + scheme.year() + "年第" + scheme.version() + "版）")
                .param("now", now).param("by", actor.username()).param("run", runId)
                .update();
        events.publishEvent(Recorded.of("EVALUATION_LOCKED", "EVALUATION_RUN", String.valueOf(runId),
                Map.of("court", run.courtCode(), "year", run.year())));
    }

    private void retotal(long resultId, Scheme scheme) {
        List<BigDecimal> points = jdbc.sql("SELECT points FROM evaluation.result_item WHERE result_id = ? ORDER BY position")
                .param(resultId).query(BigDecimal.class).list();
        BigDecimal total = scheme.total(points);
        // 未评定 stays: entering a score or answering an objection does not give someone cases
        jdbc.sql("UPDATE evaluation.result SET total = ?, grade = CASE WHEN grade = ? THEN grade ELSE ? END WHERE id = ?")
                .params(total, Grade.NOT_RATED.name(), scheme.grades().of(total).name(), resultId).update();
    }

    private void rerank(long runId) {
        jdbc.sql("""
                UPDATE evaluation.result r SET rank = x.rank
                FROM (SELECT id, CASE WHEN grade = 'NOT_RATED' THEN 0
                             ELSE rank() OVER (PARTITION BY grade = 'NOT_RATED' ORDER BY total DESC) END AS rank
                      FROM evaluation.result WHERE run_id = ?) x
                WHERE x.id = r.id""").param(runId).update();
    }

}
