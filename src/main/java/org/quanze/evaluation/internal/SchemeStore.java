package org.quanze.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.evaluation.EvaluationRefusal;
import org.quanze.evaluation.SubjectKind;
import org.quanze.evaluation.domain.Grade;
import org.quanze.evaluation.domain.Measure;
import org.quanze.evaluation.domain.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** 考核方案 as stored: a scheme row per year and version, its items with their rules as JSON. */
@Repository
public class SchemeStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SchemeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Head(long id, SubjectKind kind, int year, int version, String name, BigDecimal base, BigDecimal start,
            BigDecimal maxBonus, BigDecimal excellent, BigDecimal competent, BigDecimal basic, String note) {
    }

    private static final String HEAD = """
            SELECT id, subject_kind, year, version, name, base_score, start_score, max_bonus, excellent, competent, basic, note
            FROM evaluation.scheme""";

    private Scheme load(Head h) {
        List<Scheme.Item> items = jdbc.sql("""
                SELECT code, name, measure, indicator, points, rule_type, rule::text AS rule FROM evaluation.scheme_item
                WHERE scheme_id = ? ORDER BY position""").param(h.id())
                .query((rs, i) -> Scheme.Item.of(rs.getString("code"), rs.getString("name"),
                        Measure.valueOf(rs.getString("measure")), rs.getString("indicator"), rs.getBigDecimal("points"),
                        rs.getString("rule_type"), parse(rs.getString("rule"))))
                .list();
        return new Scheme(h.id(), h.kind(), h.year(), h.version(), h.name(), h.base(), h.start(), h.maxBonus(),
                new Grade.Thresholds(h.excellent(), h.competent(), h.basic()), h.note(), items);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String text) {
        return json.readValue(text, Map.class);
    }

    private List<Head> heads(String where, Object... params) {
        return jdbc.sql(HEAD + " " + where).params(params)
                .query((rs, i) -> new Head(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")),
                        rs.getInt("year"), rs.getInt("version"), rs.getString("name"), rs.getBigDecimal("base_score"),
                        rs.getBigDecimal("start_score"), rs.getBigDecimal("max_bonus"), rs.getBigDecimal("excellent"),
                        rs.getBigDecimal("competent"), rs.getBigDecimal("basic"), rs.getString("note")))
                .list();
    }

    public Scheme get(long id) {
        return heads("WHERE id = ?", id).stream().findFirst().map(this::load)
                .orElseThrow(() -> EvaluationRefusal.noScheme(id));
    }

    /**
     * The scheme of a year: the latest version of that year's own scheme. A year without one has none — never another
     * year's, which would score a year by rules its office did not adopt for it ({@link #newest} is offered to copy).
     */
    public Optional<Scheme> forYear(SubjectKind kind, int year) {
        return heads("WHERE subject_kind = ? AND year = ? ORDER BY version DESC LIMIT 1", kind.name(), year)
                .stream().findFirst().map(this::load);
    }

    /**
     * The scheme to offer for copying to a year without one: the latest version of the latest year before it, or of
     * the earliest year after it when there is none before (a draft for a later year is not preferred to the rules
     * last adopted).
     */
    public Optional<Scheme> newest(SubjectKind kind, int forYear) {
        return heads("WHERE subject_kind = ? ORDER BY year < ? DESC, CASE WHEN year < ? THEN -year ELSE year END, version DESC LIMIT 1",
                kind.name(), forYear, forYear).stream().findFirst().map(this::load);
    }

    public List<Scheme> all() {
        // in the order of SubjectKind, each kind's newest year and version first
        return heads("ORDER BY year DESC, version DESC").stream().map(this::load)
                .sorted(java.util.Comparator.comparing(Scheme::kind)).toList();
    }

    /** The latest version of a kind's scheme for a year; 0 when the year has none. */
    public int latestVersion(SubjectKind kind, int year) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM evaluation.scheme WHERE subject_kind = ? AND year = ?")
                .params(kind.name(), year).query(Integer.class).single();
    }

    /** A locked run that used any version of a kind's scheme for a year, as "吉0102 2025年度", if there is one. */
    public Optional<String> lockedRun(SubjectKind kind, int year) {
        return jdbc.sql("""
                SELECT r.court_code || ' ' || r.year || '年度' FROM evaluation.run r JOIN evaluation.scheme s ON s.id = r.scheme_id
                WHERE s.subject_kind = ? AND s.year = ? AND r.status = 'LOCKED' ORDER BY r.year DESC, r.id LIMIT 1""")
                .params(kind.name(), year).query(String.class).optional();
    }

    /**
     * Stores version {@code version} of the scheme for {@code year}, with these items and grade thresholds. Two offices
     * storing the same version meet the unique (kind, year, version): the second gets a {@code DuplicateKeyException}.
     */
    public long saveVersion(Scheme from, int year, int version, Grade.Thresholds grades, List<Scheme.Item> items, String by) {
        long id = jdbc.sql("""
                INSERT INTO evaluation.scheme (subject_kind, year, version, name, base_score, start_score, max_bonus,
                    excellent, competent, basic, note, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(from.kind().name(), year, version, from.name(), from.baseScore(), from.startScore(), from.maxBonus(),
                        grades.excellent(), grades.competent(), grades.basicallyCompetent(), from.note(), by)
                .query(Long.class).single();
        List<Scheme.Item> list = new ArrayList<>(items);
        for (int i = 0; i < list.size(); i++) {
            Scheme.Item item = list.get(i);
            jdbc.sql("""
                    INSERT INTO evaluation.scheme_item (scheme_id, position, code, name, measure, indicator, points, rule_type, rule)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(id, i + 1, item.code(), item.name(), item.measure().name(), item.indicator(), item.points(),
                            item.rule().type(), json.writeValueAsString(item.rule().parameters()))
                    .update();
        }
        return id;
    }
}
