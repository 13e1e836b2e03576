package org.quanze.trail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.quanze.trail.TrailCheckpoint;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code trail.event}: append under a lock, read back by filter, stream in order for verification. */
@Repository
class TrailStore {

    private static final String COLUMNS = """
            seq, occurred_at, actor, actor_name, post, court_code, action, target_type, target_id, case_number,
            changes, client_address, prev_hash, hash
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    TrailStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
    }

    /**
     * Serialises appenders with a transaction-scoped advisory lock, so each event links to the one committed just
     * before it; returns the last (seq, hash) under that lock.
     */
    Link lockAndReadLast() {
        jdbc.sql("SELECT pg_advisory_xact_lock(7415962)").query((rs, i) -> 1).list();
        return jdbc.sql("SELECT seq, hash FROM trail.event ORDER BY seq DESC LIMIT 1")
                .query((rs, i) -> new Link(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new Link(0, TrailHash.GENESIS));
    }

    /** The head under the appenders' lock: how many events, and the newest one's (seq, hash). */
    Head lockAndReadHead() {
        Link last = lockAndReadLast();
        long count = jdbc.sql("SELECT count(*) FROM trail.event").query(Long.class).single();
        return new Head(count, last.seq(), last.hash());
    }

    long lastSeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM trail.event").query(Long.class).single();
    }

    void insertCheckpoint(TrailCheckpoint cp) {
        jdbc.sql("""
                INSERT INTO trail.checkpoint (event_count, seq, head_hash, signed_at, key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(cp.count(), cp.seq(), cp.headHash(), Timestamp.from(cp.signedAt()), cp.keyId(), cp.signature())
                .update();
    }

    void insert(TrailEvent e) {
        jdbc.sql("INSERT INTO trail.event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.seq(), Timestamp.from(e.occurredAt()), e.actor(), e.actorName(), e.post(), e.courtCode(),
                        e.action(), e.targetType(), e.targetId(), e.caseNumber(), e.changes(), e.clientAddress(),
                        e.prevHash(), e.hash())
                .update();
    }

    /** {@code courts}: the acting person's court must be one of these; null for any (and for none). */
    List<TrailEvent> find(TrailQuery q, int limit, List<String> courts) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (courts != null) {
            where.append(" AND court_code = ANY (?)");
            params.add(courts.toArray(String[]::new));
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" AND (actor = ? OR actor_name = ?)");
            params.add(q.actor().trim());
            params.add(q.actor().trim());
        }
        if (q.caseNumber() != null && !q.caseNumber().isBlank()) {
            where.append(" AND case_number = ?");
            params.add(q.caseNumber().trim());
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.append(" AND action = ?");
            params.add(q.action().trim());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(Timestamp.from(q.to()));
        }
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM trail.event" + where + " ORDER BY seq DESC LIMIT ?")
                .params(params).query(TrailStore::map).list();
    }

    boolean ofCourts(long seq, List<String> courts) {
        return jdbc.sql("SELECT count(*) FROM trail.event WHERE seq = ? AND court_code = ANY (?)")
                .params(seq, courts.toArray(String[]::new)).query(Long.class).single() > 0;
    }

    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM trail.event ORDER BY action").query(String.class).list();
    }

    /**
     * Every event in chain order. Inside a read-only transaction the driver fetches in batches, so a long trail is
     * verified in constant memory.
     */
    void forEachInOrder(Consumer<TrailEvent> visitor) {
        streaming.query("SELECT " + COLUMNS + " FROM trail.event ORDER BY seq", rs -> {
            visitor.accept(map(rs, 0));
        });
    }

    static TrailEvent map(ResultSet rs, int row) throws SQLException {
        return new TrailEvent(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_name"), rs.getString("post"), rs.getString("court_code"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("case_number"),
                rs.getString("changes"), rs.getString("client_address"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    record Link(long seq, String hash) {
    }

    record Head(long count, long seq, String hash) {
    }
}
