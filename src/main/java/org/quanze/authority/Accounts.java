package org.quanze.authority;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.quanze.authority.accounts.QuanzeUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login accounts: hashed passwords (BCrypt), and lock-out after repeated failures ({@code quanze.security.*}).
 * Each account belongs to one staff member, except the built-in administrator {@code admin}.
 */
@Service
public class Accounts implements UserDetailsService {

    public static final String ADMIN = "admin";

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    Accounts(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events, PasswordEncoder encoder, Clock clock,
            @Value("${quanze.security.max-failed-logins:5}") int maxFailures,
            @Value("${quanze.security.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.events = events;
        this.encoder = encoder;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Override
    public QuanzeUser loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, staff_id, enabled, locked_until FROM authority.account WHERE username = ?")
                .param(username)
                .query((rs, i) -> {
                    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
                    boolean nonLocked = locked == null || locked.toInstant().isBefore(Instant.now(clock));
                    Long staffId = rs.getObject("staff_id", Long.class);
                    return new QuanzeUser(rs.getString("username"), rs.getString("password_hash"), staffId,
                            rs.getBoolean("enabled"), nonLocked);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM authority.account WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    /** Creates a login; the password is stored only as its BCrypt hash. */
    @Transactional
    public void create(String username, Long staffId, String rawPassword) {
        createWithHash(username, staffId, encoder.encode(rawPassword));
    }

    /** For bulk set-up (the demo province) where many accounts share one freshly computed hash. */
    @Transactional
    public void createWithHash(String username, Long staffId, String passwordHash) {
        jdbc.sql("INSERT INTO authority.account (username, password_hash, staff_id) VALUES (?, ?, ?)")
                .params(username, passwordHash, staffId).update();
        events.publishEvent(org.quanze.shared.Recorded.of("ACCOUNT_CREATED", "ACCOUNT", username,
                java.util.Map.of("staffId", staffId == null ? "" : staffId)));
    }

    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    public Optional<Long> staffIdOf(String username) {
        return jdbc.sql("SELECT staff_id FROM authority.account WHERE username = ?").param(username)
                .query(Long.class).optional();
    }

    /** Counts a failed login; the account locks for the lock-out period when the count reaches the limit. */
    @Transactional
    public void loginFailed(String username) {
        OffsetDateTime until = OffsetDateTime.ofInstant(Instant.now(clock).plus(lockout), java.time.ZoneOffset.UTC);
        Optional<Integer> failures = jdbc.sql("""
                UPDATE authority.account
                SET failed_attempts = failed_attempts + 1,
                    locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
                WHERE username = ?
                RETURNING failed_attempts
                """)
                .params(maxFailures, until, username).query(Integer.class).optional();
        if (failures.isPresent() && failures.get() == maxFailures) {
            events.publishEvent(org.quanze.shared.Recorded.of("ACCOUNT_LOCKED", "ACCOUNT", username,
                    java.util.Map.of("failures", maxFailures, "until", until.toString())));
        }
    }

    @Transactional
    public void loginSucceeded(String username) {
        jdbc.sql("UPDATE authority.account SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND failed_attempts > 0")
                .param(username).update();
    }
}
