package org.quanze.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password that matched is remembered for a while; a wrong one never is; a changed one is not taken for the old. */
class RememberedPasswordEncoderTests {

    private final AtomicInteger bcryptCalls = new AtomicInteger();
    private final PasswordEncoder bcrypt = new PasswordEncoder() {
        private final PasswordEncoder real = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence raw) { return real.encode(raw); }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptCalls.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-11-29T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final RememberedPasswordEncoder encoder = new RememberedPasswordEncoder(bcrypt, Duration.ofMinutes(5), clock);

    @Test
    void aMatchIsRememberedUntilItsTimeRunsOut() {
        String hash = encoder.encode("quanze2026");
        assertThat(encoder.matches("quanze2026", hash)).isTrue();
        assertThat(encoder.matches("quanze2026", hash)).isTrue();
        assertThat(bcryptCalls).hasValue(1);
        now = now.plus(Duration.ofMinutes(6));
        assertThat(encoder.matches("quanze2026", hash)).isTrue();
        assertThat(bcryptCalls).hasValue(2);
    }

    @Test
    void wrongPasswordsAlwaysCostBcryptAndAChangedPasswordIsNotTakenForTheOld() {
        String hash = encoder.encode("old-password");
        assertThat(encoder.matches("old-password", hash)).isTrue();
        assertThat(encoder.matches("guess", hash)).isFalse();
        assertThat(encoder.matches("guess", hash)).isFalse();
        assertThat(bcryptCalls).hasValue(3);
        String changed = encoder.encode("new-password");
        assertThat(encoder.matches("old-password", changed)).isFalse();
        assertThat(encoder.matches("new-password", changed)).isTrue();
    }
}
