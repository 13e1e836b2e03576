package org.quanze.trail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.trail.TrailCheckpoint;
import org.quanze.trail.TrailVerification;

/** The checkpoint key read back from its PEM file signs what its public key verifies; the chain rule names tampering. */
class TrailKeyTests {

    @Test
    void aKeyReadFromItsFileHasTheSamePublicKeyAndItsSignaturesVerify() throws Exception {
        Path dir = Files.createTempDirectory("trail-key-");
        TrailKey generated = TrailKey.generate();
        generated.write(dir.resolve("private.pem"), dir.resolve("public.pem"));
        TrailKey read = TrailKey.read(dir.resolve("private.pem"));
        assertThat(read.publicPem()).isEqualTo(generated.publicPem()).isEqualTo(Files.readString(dir.resolve("public.pem")));
        TrailCheckpoint cp = read.sign(3, 3, "a".repeat(64), Instant.parse("2026-12-06T01:00:00Z"));
        assertThat(TrailKey.verifies(TrailKey.readPublic(Files.readString(dir.resolve("public.pem"))), cp)).isTrue();
        TrailCheckpoint altered = new TrailCheckpoint(4, cp.seq(), cp.headHash(), cp.signedAt(), cp.keyId(), cp.signature());
        assertThat(TrailKey.verifies(read.publicKey(), altered)).isFalse();
        assertThat(TrailKey.verifies(TrailKey.generate().publicKey(), cp)).isFalse();
    }

    @Test
    void aCheckpointWhoseEventsNeverComeIsContradicted() {
        TrailChain chain = new TrailChain(List.of(new TrailCheckpoint(5, 5, "b".repeat(64), Instant.EPOCH, "k", "s")));
        TrailVerification v = chain.result();
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).isEqualTo(TrailVerification.CHECKPOINT_MISSING);
        assertThat(v.contradicted().seq()).isEqualTo(5);
    }
}
