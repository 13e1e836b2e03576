package org.quanze.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, remembering for a while that a password matched its stored hash. BCrypt is slow on purpose (≈0.1 s), which
 * is right for a person signing in but wrong for an API client sending HTTP Basic with every call: a court's data
 * exchange asking for statistics would spend more time proving who it is than getting the figures. What is remembered
 * is only a SHA-256 digest of (stored hash, password) that matched: a changed password has a new stored hash, so the
 * old entry no longer applies; wrong passwords are never remembered, so guessing still costs BCrypt every time; locked
 * or disabled accounts are refused before the password is looked at.
 */
final class RememberedPasswordEncoder implements PasswordEncoder {

    private static final int CAPACITY = 1_000;

    private final PasswordEncoder slow;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Instant> matched = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    RememberedPasswordEncoder(PasswordEncoder slow, Duration ttl, Clock clock) {
        this.slow = slow;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence raw) {
        return slow.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) return false;
        String key = digest(encoded, raw);
        Instant now = clock.instant();
        synchronized (matched) {
            Instant until = matched.get(key);
            if (until != null && until.isAfter(now)) return true;
        }
        boolean ok = slow.matches(raw, encoded);
        if (ok && !ttl.isZero()) {
            synchronized (matched) {
                matched.put(key, now.plus(ttl));
            }
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return slow.upgradeEncoding(encoded);
    }

    private static String digest(String encoded, CharSequence raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoded.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
