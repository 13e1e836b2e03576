package org.quanze.trail.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.quanze.DatabaseAdmin;
import org.quanze.trail.TrailEvent;
import org.springframework.context.ApplicationContext;

/**
 * What a database administrator could do to the trail: connect as the superuser, switch triggers off for the session
 * ({@code session_replication_role = replica}) and rewrite {@code trail.event} — recomputing the chain so that the
 * events still link. Connects through {@link DatabaseAdmin} (never the application's own role, which may do none of it).
 * {@link #backup()} and {@link #restore()} put the trail back afterwards, since all integration tests share it.
 */
public final class TrailTamper implements AutoCloseable {

    private static final String BACKUP = "public.trail_tamper_backup";

    private final DatabaseAdmin admin;
    private final Connection db;

    public TrailTamper(ApplicationContext context) throws SQLException {
        this.admin = DatabaseAdmin.connect(context);
        this.db = admin.dataSource().getConnection();
        try (Statement s = db.createStatement()) {
            s.execute("SET session_replication_role = replica");
            // hold the appenders' lock while tampering, so no event or scheduled checkpoint lands on a half-done
            // rewrite (released when the connection closes)
            s.execute("SELECT pg_advisory_lock(7415962)");
        }
    }

    void backup() throws SQLException {
        execute("DROP TABLE IF EXISTS " + BACKUP);
        execute("CREATE TABLE " + BACKUP + " AS SELECT * FROM trail.event");
    }

    void restore() throws SQLException {
        execute("TRUNCATE trail.event");
        execute("INSERT INTO trail.event SELECT * FROM " + BACKUP);
        execute("DROP TABLE " + BACKUP);
    }

    public void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** Changes an event's content and recomputes its hash and every later one, so the chain links again. */
    void forgeAndRechain(long seq, String changes) throws SQLException {
        execute("UPDATE trail.event SET changes = '" + changes.replace("'", "''") + "' WHERE seq = " + seq);
        rechainFrom(seq);
    }

    /** Removes an event and links the next one to the one before it, recomputing the rest of the chain. */
    void deleteAndRechain(long seq) throws SQLException {
        execute("DELETE FROM trail.event WHERE seq = " + seq);
        rechainFrom(seq);
    }

    /** Recomputes prev_hash and hash of every event from {@code seq} on. */
    void rechainFrom(long seq) throws SQLException {
        String previous;
        try (PreparedStatement q = db.prepareStatement("SELECT hash FROM trail.event WHERE seq < ? ORDER BY seq DESC LIMIT 1")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                previous = rs.next() ? rs.getString(1) : TrailHash.GENESIS;
            }
        }
        List<TrailEvent> rest = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT * FROM trail.event WHERE seq >= ? ORDER BY seq")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) rest.add(TrailStore.map(rs, 0));
            }
        }
        try (PreparedStatement u = db.prepareStatement("UPDATE trail.event SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            for (TrailEvent e : rest) {
                TrailEvent linked = new TrailEvent(e.seq(), e.occurredAt(), e.actor(), e.actorName(), e.post(), e.courtCode(),
                        e.action(), e.targetType(), e.targetId(), e.caseNumber(), e.changes(), e.clientAddress(), previous, null);
                previous = TrailHash.of(linked);
                u.setString(1, linked.prevHash());
                u.setString(2, previous);
                u.setLong(3, e.seq());
                u.executeUpdate();
            }
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
