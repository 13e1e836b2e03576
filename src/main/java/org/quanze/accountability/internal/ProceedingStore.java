package org.quanze.accountability.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quanze.accountability.domain.AccountabilityRefusal;
import org.quanze.accountability.domain.Clue;
import org.quanze.accountability.domain.ClueSource;
import org.quanze.accountability.domain.Proceeding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Clues and proceedings in {@code accountability.*}; every write checks the version read (409 when stale). */
@Repository
class ProceedingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ProceedingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A proceeding as lists show it, without its document. */
    record Row(long id, long courtId, String caseNumber, String stage, String finding, Instant openedAt, Instant stageSince,
            List<Long> subjectIds, List<String> consequences, int version) {
    }

    long insertClue(long courtId, String caseNumber, ClueSource source, String description, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO accountability.clue (court_id, case_number, source, description, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(courtId, caseNumber, source.name(), description, by, Timestamp.from(at)).query(Long.class).single();
    }

    Optional<Clue> clue(long id) {
        return jdbc.sql("SELECT * FROM accountability.clue WHERE id = ?").param(id).query((rs, n) -> {
            Timestamp reviewAt = rs.getTimestamp("review_at");
            Clue.PreliminaryReview review = reviewAt == null ? null : new Clue.PreliminaryReview(rs.getBoolean("review_proceed"),
                    rs.getString("review_reasons"), rs.getString("review_by"), reviewAt.toInstant());
            return new Clue(rs.getLong("id"), rs.getLong("court_id"), rs.getString("case_number"),
                    ClueSource.valueOf(rs.getString("source")), rs.getString("description"), rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant(), review, rs.getInt("version"));
        }).optional();
    }

    List<Clue> clues(Set<Long> courtIds) {
        if (courtIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT id FROM accountability.clue WHERE court_id IN (:courts) ORDER BY id DESC LIMIT 500")
                .param("courts", courtIds).query(Long.class).list().stream().map(id -> clue(id).orElseThrow()).toList();
    }

    void saveReview(Clue c) {
        int n = jdbc.sql("""
                UPDATE accountability.clue SET review_proceed = ?, review_reasons = ?, review_by = ?, review_at = ?,
                       version = version + 1 WHERE id = ? AND version = ?""")
                .params(c.review().proceed(), c.review().reasons(), c.review().by(), Timestamp.from(c.review().at()), c.id(), c.version())
                .update();
        if (n != 1) throw AccountabilityRefusal.stale();
    }

    Optional<Proceeding> find(long id) {
        return jdbc.sql("SELECT state::text AS state, version FROM accountability.proceeding WHERE id = ?").param(id)
                .query((rs, n) -> {
                    Proceeding.State s = JSON.readValue(rs.getString("state"), Proceeding.State.class);
                    return Proceeding.restore(withIdAndVersion(s, id, rs.getInt("version")));
                }).optional();
    }

    /** Inserts a new proceeding; returns its id. */
    long insert(Proceeding p, Instant now) {
        Proceeding.State s = p.state();
        long id = jdbc.sql("""
                INSERT INTO accountability.proceeding (court_id, clue_id, case_number, stage, opened_at, stage_since, subject_ids, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, '{}'::jsonb) RETURNING id""")
                .params(s.courtId(), s.clueId(), s.caseNumber(), s.stage().name(), Timestamp.from(now), Timestamp.from(now),
                        subjectIds(s)).query(Long.class).single();
        jdbc.sql("UPDATE accountability.proceeding SET state = ?::jsonb WHERE id = ?")
                .params(JSON.writeValueAsString(withIdAndVersion(s, id, 0)), id).update();
        syncSuspensions(id, s);
        return id;
    }

    /** Writes the proceeding if nobody changed it since {@code expectedVersion}; 409 otherwise. */
    void update(Proceeding p, int expectedVersion, boolean stageChanged, Instant now) {
        Proceeding.State s = p.state();
        int n = jdbc.sql("""
                UPDATE accountability.proceeding SET stage = ?, finding = ?, subject_ids = ?, member_ids = ?, consequences = ?,
                       stage_since = CASE WHEN ? THEN ? ELSE stage_since END, state = ?::jsonb, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(s.stage().name(), s.finding() == null ? null : s.finding().finding().name(), subjectIds(s),
                        s.committee().stream().map(m -> m.person().staffId()).toArray(Long[]::new),
                        s.decisions().stream().flatMap(d -> java.util.stream.Stream.concat(
                                d.consequences().stream().map(Enum::name), d.sanctions().stream().map(Enum::name)))
                                .distinct().toArray(String[]::new),
                        stageChanged, Timestamp.from(now), JSON.writeValueAsString(withIdAndVersion(s, s.id(), expectedVersion + 1)),
                        s.id(), expectedVersion)
                .update();
        if (n != 1) throw AccountabilityRefusal.stale();
        syncSuspensions(s.id(), s);
    }

    void addClearingRequest(long id, long requestId) {
        jdbc.sql("UPDATE accountability.proceeding SET clearing_request_ids = array_append(clearing_request_ids, ?) WHERE id = ?")
                .params(requestId, id).update();
    }

    List<Long> clearingRequests(long id) {
        return jdbc.sql("SELECT unnest(clearing_request_ids) FROM accountability.proceeding WHERE id = ?").param(id)
                .query(Long.class).list();
    }

    /** Proceedings of some courts, or in which the person is a subject or a committee member. */
    List<Row> visible(Set<Long> courtIds, Long staffId) {
        return jdbc.sql("""
                SELECT id, court_id, case_number, stage, finding, opened_at, stage_since, subject_ids, consequences, version
                FROM accountability.proceeding
                WHERE court_id = ANY(:courts) OR :staff = ANY(subject_ids) OR :staff = ANY(member_ids)
                ORDER BY id DESC LIMIT 500""")
                .param("courts", courtIds.toArray(Long[]::new)).param("staff", staffId == null ? -1L : staffId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("court_id"), rs.getString("case_number"), rs.getString("stage"),
                        rs.getString("finding"), rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("stage_since").toInstant(),
                        List.of((Long[]) rs.getArray("subject_ids").getArray()), List.of((String[]) rs.getArray("consequences").getArray()),
                        rs.getInt("version")))
                .list();
    }

    /** Whether the staff member is suspended from duty on the day. */
    boolean suspended(long staffId, LocalDate on) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM accountability.duty_suspension
                               WHERE staff_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?))""")
                .params(staffId, on, on).query(Boolean.class).single();
    }

    /** 统计: proceedings by year opened, clue source, finding and consequence, of some courts. */
    List<StatisticsRow> statistics(Set<Long> courtIds) {
        return jdbc.sql("""
                SELECT extract(year FROM p.opened_at AT TIME ZONE 'Asia/Shanghai')::int AS year, c.source, p.finding,
                       coalesce(x.consequence, '') AS consequence, count(*) AS n
                FROM accountability.proceeding p JOIN accountability.clue c ON c.id = p.clue_id
                LEFT JOIN LATERAL unnest(CASE WHEN cardinality(p.consequences) = 0 THEN ARRAY[NULL::text] ELSE p.consequences END)
                     AS x(consequence) ON true
                WHERE p.court_id = ANY(:courts)
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""")
                .param("courts", courtIds.toArray(Long[]::new))
                .query((rs, n) -> new StatisticsRow(rs.getInt("year"), rs.getString("source"), rs.getString("finding"),
                        rs.getString("consequence"), rs.getLong("n")))
                .list();
    }

    record StatisticsRow(int year, String source, String finding, String consequence, long count) {
    }

    private void syncSuspensions(long id, Proceeding.State s) {
        jdbc.sql("DELETE FROM accountability.duty_suspension WHERE proceeding_id = ?").param(id).update();
        for (Proceeding.Suspension x : s.suspensions()) {
            jdbc.sql("""
                    INSERT INTO accountability.duty_suspension (proceeding_id, staff_id, from_date, to_date, reasons)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (proceeding_id, staff_id, from_date) DO UPDATE SET to_date = excluded.to_date""")
                    .params(id, x.staffId(), x.from(), x.to(), x.reasons()).update();
        }
    }

    private static Long[] subjectIds(Proceeding.State s) {
        return s.subjects().stream().map(x -> x.person().staffId()).toArray(Long[]::new);
    }

    private static Proceeding.State withIdAndVersion(Proceeding.State s, long id, int version) {
        return new Proceeding.State(id, s.courtId(), s.clueId(), s.caseNumber(), s.reasons(), s.stage(), s.investigators(),
                s.subjects(), s.evidence(), s.situations(), s.elements(), s.exemptions(), s.allocation(), s.report(), s.committee(),
                s.recusals(), s.finding(), s.objections(), s.decisions(), s.suspensions(), s.appeals(), s.clearingPublication(),
                s.steps(), version);
    }
}
