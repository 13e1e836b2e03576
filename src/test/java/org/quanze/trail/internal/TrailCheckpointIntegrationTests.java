package org.quanze.trail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;
import org.quanze.shared.Recorded;
import org.quanze.trail.TrailCheckpoint;
import org.quanze.trail.TrailVerification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed checkpoints anchor the trail outside the database (issue 10 item 2): each of the four rewrites a superuser
 * can make with the triggers off — forge and re-chain, delete and re-chain, delete the newest, truncate — still
 * verifies as a chain, and each is named by the checkpoint it contradicts. The export verifies offline.
 */
@QuanzeIntegrationTest
class TrailCheckpointIntegrationTests {

    static final String PW = QuanzeIntegrationTest.DEMO_PASSWORD;

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired TrailService trail;
    @Autowired TrailCheckpoints checkpoints;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @LocalServerPort int port;

    @Test
    void theTrialManagementOfficeSignsTheHeadAndThePresidentMayNot() {
        record(2);
        Http http = new Http(port);
        assertThat(http.post("/api/v1/trail/checkpoints", "application/json", new byte[0], "president", PW).status()).isEqualTo(403);
        Http.Response signed = http.post("/api/v1/trail/checkpoints", "application/json", new byte[0], "tmo", PW);
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        long head = jdbc.queryForObject("SELECT max(seq) FROM trail.event", Long.class);
        assertThat(signed.body()).contains("\"seq\":" + head).contains("\"signature\":\"");
        TrailCheckpoint last = checkpoints.all().get(checkpoints.all().size() - 1);
        assertThat(last.seq()).isEqualTo(head);
        assertThat(last.headHash()).isEqualTo(jdbc.queryForObject("SELECT hash FROM trail.event WHERE seq = ?", String.class, head));
        assertThat(TrailKey.verifies(checkpoints.key().publicKey(), last)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trail.checkpoint WHERE seq = ?", Long.class, head)).isPositive();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aForgedEventWithTheChainRecomputedContradictsTheCheckpoint() throws Exception {
        record(3);
        TrailCheckpoint cp = checkpoints.sign();
        tampered(cp, tamper -> tamper.forgeAndRechain(cp.seq() - 1, "{\"x\":\"forged\"}"), TrailVerification.CHECKPOINT_HEAD);
    }

    @Test
    void aDeletedEventWithTheChainRecomputedContradictsTheCheckpoint() throws Exception {
        record(3);
        TrailCheckpoint cp = checkpoints.sign();
        tampered(cp, tamper -> tamper.deleteAndRechain(cp.seq() - 1), TrailVerification.CHECKPOINT_HEAD);
    }

    @Test
    void deletingTheNewestEventsContradictsTheCheckpoint() throws Exception {
        record(3);
        TrailCheckpoint cp = checkpoints.sign();
        tampered(cp, tamper -> tamper.execute("DELETE FROM trail.event WHERE seq > " + (cp.seq() - 2)),
                TrailVerification.CHECKPOINT_MISSING);
    }

    @Test
    void truncatingTheTrailContradictsTheCheckpoint() throws Exception {
        record(1);
        TrailCheckpoint cp = checkpoints.sign();
        tampered(cp, tamper -> tamper.execute("TRUNCATE trail.event"), TrailVerification.CHECKPOINT_MISSING);
    }

    @Test
    void anExportedTrailVerifiesOfflineWithThePublicKeyAndAForgeryInItIsNamed() throws Exception {
        record(2);
        checkpoints.sign();
        Http http = new Http(port);
        assertThat(http.get("/api/v1/trail/export", "supervisor", PW).status()).isEqualTo(403);
        Http.Response export = http.get("/api/v1/trail/export", "tmo", PW);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        Path dir = Files.createTempDirectory("trail-export-");
        Path zip = Files.write(dir.resolve("trail-export.zip"), export.bytes());
        Path key = Files.writeString(dir.resolve("trail-public-key.pem"), checkpoints.key().publicPem());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = OfflineTrailVerifier.run(new String[] {zip.toString(), key.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("INTACT");

        // the same export with one event's content changed and everything after it re-hashed, as a forger would
        Path forged = dir.resolve("forged.zip");
        rewriteFirstEvent(zip, forged);
        out.reset();
        status = OfflineTrailVerifier.run(new String[] {forged.toString(), key.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("NOT INTACT (CHECKPOINT_HEAD)");

        // and a key other than the platform's accepts none of its checkpoints
        Path other = Files.writeString(dir.resolve("other.pem"), TrailKey.generate().publicPem());
        assertThat(OfflineTrailVerifier.run(new String[] {zip.toString(), other.toString()}, new PrintStream(out))).isEqualTo(1);
    }

    /** Tampers through a superuser connection, checks verify (service and API) names the checkpoint, then restores. */
    private void tampered(TrailCheckpoint cp, TamperStep step, String reason) throws Exception {
        assertThat(trail.verify().intact()).isTrue();
        try (TrailTamper tamper = new TrailTamper(context)) {
            tamper.backup();
            try {
                step.apply(tamper);
                TrailVerification v = trail.verify();
                assertThat(v.intact()).as("%s", v).isFalse();
                assertThat(v.reason()).isEqualTo(reason);
                assertThat(v.firstBroken()).as("the chain itself was recomputed and links").isNull();
                assertThat(v.contradicted().seq()).isLessThanOrEqualTo(cp.seq());
                Http.Response api = new Http(port).get("/api/v1/trail/verify", "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
                assertThat(api.body()).contains("\"intact\":false").contains("\"contradicted\":{");
                String page = Http.signIn(port, "admin", QuanzeIntegrationTest.ADMIN_PASSWORD).get("/trail/verify").body();
                assertThat(page).contains("id=\"contradicted\"").contains("签署的检查点不符");
            } finally {
                tamper.restore();
            }
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    interface TamperStep {
        void apply(TrailTamper tamper) throws Exception;
    }

    private static void rewriteFirstEvent(Path from, Path to) throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) entries.put(e.getName(), in.readAllBytes());
        }
        String[] lines = new String(entries.get(OfflineTrailVerifier.EVENTS), StandardCharsets.UTF_8).split("\n");
        String previous = TrailHash.GENESIS;
        StringBuilder rewritten = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            var e = TrailJson.event(lines[i]);
            var changed = new org.quanze.trail.TrailEvent(e.seq(), e.occurredAt(), e.actor(), e.actorName(), e.post(),
                    e.courtCode(), e.action(), e.targetType(), e.targetId(), e.caseNumber(),
                    i == 0 ? "{\"forged\":true}" : e.changes(), e.clientAddress(), previous, null);
            previous = TrailHash.of(changed);
            rewritten.append(TrailJson.line(new org.quanze.trail.TrailEvent(changed.seq(), changed.occurredAt(), changed.actor(),
                    changed.actorName(), changed.post(), changed.courtCode(), changed.action(), changed.targetType(),
                    changed.targetId(), changed.caseNumber(), changed.changes(), changed.clientAddress(), changed.prevHash(),
                    previous))).append('\n');
        }
        entries.put(OfflineTrailVerifier.EVENTS, rewritten.toString().getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to), StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    private void record(int n) {
        for (int i = 0; i < n; i++) {
            tx.executeWithoutResult(status -> events.publishEvent(Recorded.of("TEST_CHANGE", "TEST", "checkpoint", Map.of("i", i()))));
        }
    }

    private long i() {
        return jdbc.queryForObject("SELECT count(*) FROM trail.event", Long.class);
    }
}
