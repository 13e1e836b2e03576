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
 * Login accounts: hashed passwords (BCrypt), and lock-out per account and source address after repeated failures
 * ({@code quanze.security.*}).
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
        return jdbc.sql("SELECT username, password_hash, staff_id, enabled FROM authority.account WHERE username = ?")
                .param(username)
                .query((rs, i) -> {
                    Long staffId = rs.getObject("staff_id", Long.class);
                    return new QuanzeUser(rs.getString("username"), rs.getString("password_hash"), staffId,
                            rs.getBoolean("enabled"), true);
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

    /**
     * Counts a failed sign-in of a name from a source address. From the {@code max-failed-logins}-th failure on, the
     * name is locked for that address only: for {@code lockout}, doubled with each further failure (capped at a day).
     * Unknown names are counted too, so a locked name and an unknown one look alike.
     */
    @Transactional
    public void loginFailed(String username, String source) {
        Instant now = Instant.now(clock);
        int failures = jdbc.sql("""
                INSERT INTO authority.login_failure (username, source, failures, last_at) VALUES (?, ?, 1, ?)
                ON CONFLICT (username, source) DO UPDATE
                SET failures = authority.login_failure.failures + 1, last_at = excluded.last_at
                RETURNING failures""")
                .params(username, source, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).query(Integer.class).single();
        if (failures < maxFailures) return;
        OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(backoff(failures)), java.time.ZoneOffset.UTC);
        jdbc.sql("UPDATE authority.login_failure SET locked_until = ? WHERE username = ? AND source = ?")
                .params(until, username, source).update();
        if (failures == maxFailures && exists(username)) {
            events.publishEvent(org.quanze.shared.Recorded.of("ACCOUNT_LOCKED", "ACCOUNT", username,
                    java.util.Map.of("failures", maxFailures, "until", until.toString(), "source", source)));
        }
    }

    /** The lock after {@code failures} failures: {@code lockout} at the limit, doubling after, at most a day. */
    Duration backoff(int failures) {
        int doublings = Math.min(Math.max(0, failures - maxFailures), 16);
        Duration lock = lockout.multipliedBy(1L << doublings);
        return lock.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : lock;
    }

    /** Whether sign-ins of this name from this address are locked at the moment. */
    public boolean lockedOut(String username, String source) {
        return jdbc.sql("SELECT locked_until > ? FROM authority.login_failure WHERE username = ? AND source = ?")
                .params(OffsetDateTime.ofInstant(Instant.now(clock), java.time.ZoneOffset.UTC), username, source)
                .query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    public void loginSucceeded(String username, String source) {
        jdbc.sql("DELETE FROM authority.login_failure WHERE username = ? AND source = ?").params(username, source).update();
    }

    /**
     * Changes one's own password: the current one must be given (a session left open is not enough), the new one must
     * pass the {@link PasswordPolicy}; on the trail (without either password).
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM authority.account WHERE username = ?").param(username)
                .query(String.class).optional()
                .orElseThrow(() -> new org.quanze.shared.DomainException(404, "account.unknown", "账号不存在"));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw new org.quanze.shared.DomainException(422, "password.current", "当前密码不正确",
                    java.util.List.of(org.quanze.shared.DomainException.FieldError.of("currentPassword", "当前密码不正确")));
        }
        var errors = PasswordPolicy.check(username, newPassword);
        if (!errors.isEmpty()) {
            throw new org.quanze.shared.DomainException(422, "password.policy", "新密码不符合要求", errors);
        }
        jdbc.sql("UPDATE authority.account SET password_hash = ? WHERE username = ?")
                .params(encoder.encode(newPassword), username).update();
        events.publishEvent(org.quanze.shared.Recorded.of("PASSWORD_CHANGED", "ACCOUNT", username, java.util.Map.of()));
    }
}
