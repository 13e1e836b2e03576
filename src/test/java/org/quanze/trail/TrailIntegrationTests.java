package org.quanze.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.DatabaseAdmin;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.shared.Recorded;
import org.quanze.trail.internal.TrailService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** 全程留痕 on a real PostgreSQL: written with the change, append-only in the database, and verifiably chained. */
@QuanzeIntegrationTest
class TrailIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired TrailService trail;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @LocalServerPort int port;

    @Test
    void aChangeAndItsTrailEventCommitOrRollBackTogether() {
        long before = count();
        try {
            tx.executeWithoutResult(status -> {
                events.publishEvent(Recorded.of("TEST_CHANGE", "TEST", "rolled-back", Map.of("x", 1)));
                throw new IllegalStateException("the change fails after recording");
            });
        } catch (IllegalStateException expected) {
            // the change failed
        }
        assertThat(count()).isEqualTo(before);
        tx.executeWithoutResult(status -> events.publishEvent(Recorded.of("TEST_CHANGE", "TEST", "kept", Map.of("x", 2))));
        assertThat(count()).isEqualTo(before + 1);
    }

    /** Even a superuser's session is refused by the append-only triggers, as long as it does not switch them off. */
    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        record();
        try (DatabaseAdmin admin = DatabaseAdmin.connect(context)) {
            assertThatThrownBy(() -> admin.jdbc().sql("UPDATE trail.event SET actor = 'someone else'").update())
                    .rootCause().hasMessageContaining("append-only: UPDATE refused");
            assertThatThrownBy(() -> admin.jdbc().sql("DELETE FROM trail.event").update())
                    .rootCause().hasMessageContaining("append-only: DELETE refused");
            assertThatThrownBy(() -> admin.jdbc().sql("TRUNCATE trail.event").update())
                    .rootCause().hasMessageContaining("append-only: TRUNCATE refused");
        }
    }

    /**
     * The application's own credentials cannot rewrite the trail at all (issue 10): its role is no superuser and does
     * not own the trail, so it may neither switch the triggers off — for the session or for the table — nor update,
     * delete or truncate (before: the application connected as the superuser postgres).
     */
    @Test
    void theApplicationsOwnRoleCannotSwitchTheTriggersOffNorChangeTheTrail() {
        record();
        assertThatThrownBy(() -> jdbc.execute("SET session_replication_role = replica"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("ALTER TABLE trail.event DISABLE TRIGGER ALL"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("ALTER TABLE trail.checkpoint DISABLE TRIGGER ALL"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.update("UPDATE trail.event SET actor = 'someone else'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM trail.event")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE trail.event")).rootCause().hasMessageContaining("permission denied");
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class)).isFalse();
    }

    @Test
    void verificationNamesTheFirstEventAlteredThroughAPrivilegedConnection() throws Exception {
        record();
        record();
        long victim = jdbc.queryForObject("SELECT max(seq) - 1 FROM trail.event", Long.class);
        String original = jdbc.queryForObject("SELECT changes FROM trail.event WHERE seq = ?", String.class, victim);
        assertThat(trail.verify().intact()).isTrue();
        try {
            privileged("UPDATE trail.event SET changes = '{\"x\":\"forged\"}' WHERE seq = " + victim);
            TrailVerification broken = trail.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBroken()).isEqualTo(victim);
            Http.Response api = new Http(port).get("/api/v1/trail/verify", "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.body()).contains("\"intact\":false").contains("\"firstBroken\":" + victim);
        } finally {
            privileged("UPDATE trail.event SET changes = '" + original.replace("'", "''") + "' WHERE seq = " + victim);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void eventsLinkEachToThePreviousHash() {
        record();
        record();
        var rows = jdbc.queryForList("SELECT prev_hash, hash FROM trail.event ORDER BY seq DESC LIMIT 2");
        assertThat(rows.get(0).get("prev_hash")).isEqualTo(rows.get(1).get("hash"));
        assertThat((String) rows.get(0).get("hash")).hasSize(64);
    }

    /** A superuser connection that switches triggers off for its own session, as an attacker with DBA rights would. */
    private void privileged(String sql) {
        DatabaseAdmin.privileged(context, sql);
    }

    private void record() {
        tx.executeWithoutResult(status -> events.publishEvent(Recorded.of("TEST_CHANGE", "TEST", "t", Map.of("n", count()))));
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM trail.event", Long.class);
    }
}
