package org.quanze.disclosure.portal;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. A batch is claimed first — PENDING → SENDING in one committed statement, rows locked with
 * {@code FOR UPDATE SKIP LOCKED} so two senders never take the same — and only then sent, one by one, each result
 * written as it comes: SENT; or back to PENDING with a doubling delay ({@code quanze.portal.notices.backoff}, 30 s,
 * 1 min, 2 min …) until FAILED after {@code quanze.portal.notices.max-attempts}. Stopped in the middle of a batch, the
 * sender gives back what it has not sent. A crash leaves claimed rows SENDING: at the next start they become
 * UNCERTAIN — perhaps sent, so never sent again by themselves (a notice twice is worse than a notice a clerk checks).
 */
@Component
class NoticeSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

    /** One claimed notice. */
    record Claimed(long id, String channel, String address, String caseNumber, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SmsGateway sms;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final Clock clock;
    private final boolean scheduled;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration backoff;
    private final String from;
    private volatile boolean running;

    NoticeSender(JdbcClient jdbc, PlatformTransactionManager transactions, SmsGateway sms, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, Clock clock,
            @Value("${quanze.portal.notices.scheduled:true}") boolean scheduled,
            @Value("${quanze.portal.notices.batch-size:50}") int batchSize,
            @Value("${quanze.portal.notices.max-attempts:5}") int maxAttempts,
            @Value("${quanze.portal.notices.backoff:PT30S}") Duration backoff,
            @Value("${quanze.portal.mail.from:noreply@court.example}") String from) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.sms = sms;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.scheduled = scheduled;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${quanze.portal.notices.interval:PT10S}", initialDelayString = "${quanze.portal.notices.interval:PT10S}")
    void tick() {
        if (scheduled && running) deliver(batchSize, () -> running);
    }

    /** Claims up to {@code max} due notices and sends them while {@code keepGoing}; the number sent. */
    int deliver(int max, BooleanSupplier keepGoing) {
        List<Claimed> batch = claim(max);
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (!keepGoing.getAsBoolean()) {
                release(batch.subList(i, batch.size()));
                break;
            }
            Claimed n = batch.get(i);
            try {
                send(n);
                jdbc.sql("UPDATE portal.notice SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ?")
                        .params(now(), n.id()).update();
                sent++;
            } catch (Exception e) {
                failed(n, e);
            }
        }
        return sent;
    }

    List<Claimed> claim(int max) {
        return tx.execute(status -> jdbc.sql("""
                UPDATE portal.notice n SET status = 'SENDING', claimed_at = ?, attempts = n.attempts + 1
                WHERE n.id IN (SELECT id FROM portal.notice WHERE status = 'PENDING' AND next_attempt_at <= ?
                               ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING n.id, n.channel, n.address, n.case_number, n.body, n.attempts""")
                .params(now(), now(), max)
                .query((rs, i) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list().stream().sorted(java.util.Comparator.comparingLong(Claimed::id)).toList());
    }

    /** After a crash (at start): claimed rows may or may not have gone out — UNCERTAIN, never re-sent by themselves. */
    int markInterrupted() {
        return jdbc.sql("UPDATE portal.notice SET status = 'UNCERTAIN', last_error = ? WHERE status = 'SENDING'")
                .param("sender stopped while sending (crash): delivery unknown").update();
    }

    private void release(List<Claimed> unsent) {
        for (Claimed n : unsent) {
            jdbc.sql("UPDATE portal.notice SET status = 'PENDING', attempts = attempts - 1, claimed_at = NULL WHERE id = ? AND status = 'SENDING'")
                    .param(n.id()).update();
        }
    }

    private void failed(Claimed n, Exception e) {
        boolean last = n.attempts() >= maxAttempts;
        Instant next = clock.instant().plus(backoff.multipliedBy(1L << Math.min(n.attempts() - 1, 10)));
        log.warn("notice {} ({}) not delivered, attempt {}: {}", n.id(), n.channel(), n.attempts(), e.toString());
        jdbc.sql("UPDATE portal.notice SET status = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(last ? "FAILED" : "PENDING", Timestamp.from(next), String.valueOf(e.getMessage()), n.id()).update();
    }

    private void send(Claimed n) throws Exception {
        if ("SMS".equals(n.channel())) {
            sms.send(n.address(), n.body());
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            // no SMTP server configured (the demo): the notice goes to the log, like the demo's SMS
            log.info("e-mail (no SMTP configured) to {}: {}", n.address(), n.body());
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(from);
        helper.setTo(n.address());
        helper.setSubject(messages.getMessage("portal.notice.subject", new Object[] {n.caseNumber()}, Locale.CHINA));
        helper.setText(n.body());
        sender.send(message);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    @Override
    public void start() {
        markInterrupted();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
