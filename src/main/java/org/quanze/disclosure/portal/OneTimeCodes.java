package org.quanze.disclosure.portal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * 短信验证码 — a six-digit code sent to a phone recorded for the case (a party's SMS contact), valid for
 * {@code quanze.portal.one-time-code.validity} (10 min), used once; at most one per case and phone a minute. Whether
 * the phone is recorded is never told: the answer is the same either way.
 */
@Service
class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);

    private final JdbcClient jdbc;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder hasher = new BCryptPasswordEncoder();

    OneTimeCodes(JdbcClient jdbc, SmsGateway sms, MessageSource messages, Clock clock,
            @Value("${quanze.portal.one-time-code.validity:PT10M}") Duration validity) {
        this.jdbc = jdbc;
        this.sms = sms;
        this.messages = messages;
        this.clock = clock;
        this.validity = validity;
    }

    /** Sends a code if the phone is one of the case's SMS contacts (and none was sent to it in the last minute). */
    void send(String caseNumber, String phone) {
        if (caseNumber == null || phone == null) return;
        String number = caseNumber.strip();
        String to = phone.strip();
        boolean recorded = jdbc.sql("SELECT count(*) FROM portal.contact WHERE case_number = ? AND channel = 'SMS' AND address = ?")
                .params(number, to).query(Long.class).single() > 0;
        if (!recorded) return;
        Instant now = clock.instant();
        boolean recent = jdbc.sql("SELECT count(*) FROM portal.one_time_code WHERE case_number = ? AND phone = ? AND issued_at > ?")
                .params(number, to, Timestamp.from(now.minusSeconds(60))).query(Long.class).single() > 0;
        if (recent) return;
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbc.sql("INSERT INTO portal.one_time_code (case_number, phone, code_hash, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(number, to, hasher.encode(code), Timestamp.from(now), Timestamp.from(now.plus(validity))).update();
        try {
            sms.send(to, messages.getMessage("portal.oneTimeCode.sms", new Object[] {number, code, validity.toMinutes()}, Locale.CHINA));
        } catch (Exception e) {
            log.warn("one-time code to {} not sent: {}", SmsGateways.masked(to), e.toString());
        }
    }

    /** Whether the code is a valid, unused one of the case; if so it is used up. */
    boolean use(String caseNumber, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) return false;
        var candidates = jdbc.sql("""
                SELECT id, code_hash FROM portal.one_time_code
                WHERE case_number = ? AND used_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 5""")
                .params(caseNumber, Timestamp.from(clock.instant()))
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        for (Object[] c : candidates) {
            if (hasher.matches(code.strip(), (String) c[1])) {
                return jdbc.sql("UPDATE portal.one_time_code SET used_at = ? WHERE id = ? AND used_at IS NULL")
                        .params(Timestamp.from(clock.instant()), c[0]).update() == 1;
            }
        }
        return false;
    }
}
