package org.quanze.trail.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.quanze.trail.TrailCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the trail's head on a schedule ({@code quanze.trail.checkpoint-interval}, default 5 minutes) and on demand,
 * and keeps every checkpoint in an append-only JSON-lines file under the data directory
 * ({@code <data-dir>/trail-checkpoints.jsonl}) and in {@code trail.checkpoint}. Verification trusts only the file and
 * the signatures: the table is for reading, and whoever can rewrite the database can rewrite it too.
 *
 * <p>The key ({@code QUANZE_TRAIL_KEY_FILE}, a PEM Ed25519 private key) is read once at start. Without it a key is
 * generated on first start under {@code <data-dir>/trail-key/}, outside the database's directory, with the public key
 * beside it, and the public key is logged so an operator can hand it to the supervision office.
 */
@Service
public class TrailCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(TrailCheckpoints.class);

    static final String FILE = "trail-checkpoints.jsonl";

    private final TrailStore store;
    private final Clock clock;
    private final TrailKey key;
    private final Path file;
    private volatile long lastSignedSeq = -1;

    TrailCheckpoints(TrailStore store, Clock clock, @Value("${quanze.data-dir}") Path dataDir,
            @Value("${quanze.trail.key-file:}") String keyFile) {
        this.store = store;
        this.clock = clock;
        this.file = dataDir.resolve(FILE).toAbsolutePath().normalize();
        this.key = loadKey(dataDir, keyFile);
        log.info("Trail checkpoints are signed with key {} and written to {}; public key:\n{}", key.keyId(), file,
                key.publicPem());
    }

    private static TrailKey loadKey(Path dataDir, String keyFile) {
        if (keyFile != null && !keyFile.isBlank()) return TrailKey.read(Path.of(keyFile));
        Path dir = dataDir.resolve("trail-key").toAbsolutePath().normalize();
        Path privateFile = dir.resolve("trail-private-key.pem");
        if (Files.exists(privateFile)) return TrailKey.read(privateFile);
        TrailKey generated = TrailKey.generate();
        generated.write(privateFile, dir.resolve("trail-public-key.pem"));
        log.warn("No QUANZE_TRAIL_KEY_FILE: generated a trail checkpoint key in {}. In production keep the private key "
                + "where the database administrator cannot reach it and give the public key to the supervision office.", dir);
        return generated;
    }

    /** Signs the current head, appends it to the file and the table, and answers it. */
    @Transactional
    public synchronized TrailCheckpoint sign() {
        TrailStore.Head head = store.lockAndReadHead();
        TrailCheckpoint cp = key.sign(head.count(), head.seq(), head.hash(), TrailHash.micros(Instant.now(clock)));
        store.insertCheckpoint(cp);
        append(cp);
        lastSignedSeq = head.seq();
        return cp;
    }

    /** The scheduled checkpoint; skipped while the trail has not grown since the last one. */
    @Scheduled(initialDelayString = "${quanze.trail.checkpoint-interval:PT5M}",
            fixedDelayString = "${quanze.trail.checkpoint-interval:PT5M}")
    void scheduled() {
        if (store.lastSeq() != lastSignedSeq) sign();
    }

    /** Every checkpoint in the file, oldest first. */
    public List<TrailCheckpoint> all() {
        if (!Files.exists(file)) return List.of();
        try {
            return TrailJson.checkpoints(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trail checkpoints in " + file, e);
        }
    }

    public TrailKey key() {
        return key;
    }

    Path file() {
        return file;
    }

    /** One line, appended and forced to disk before the transaction commits. */
    private void append(TrailCheckpoint cp) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap((TrailJson.line(cp) + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the trail checkpoint to " + file, e);
        }
    }
}
