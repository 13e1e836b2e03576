package org.quanze.disclosure.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.shared.Recorded;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hears every trail event in the transaction that made the change (as the trail does): a disclosed step becomes a
 * line of the party's timeline and one notice per party and channel in the outbox, committed with the step or not
 * at all; a new query code opens the case to query and lifts its sign-in lock.
 */
@Component
class StepRecorder {

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final MessageSource messages;
    private final Clock clock;

    StepRecorder(JdbcClient jdbc, CaseFiles cases, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(Recorded change) {
        if ("QUERY_CODE_ISSUED".equals(change.action())) {
            opened(change);
            return;
        }
        DisclosedStep.of(change).ifPresent(step -> record(step, change));
    }

    private void opened(Recorded change) {
        long courtId = ((Number) change.changes().get("courtId")).longValue();
        jdbc.sql("""
                INSERT INTO portal.open_case (case_number, court_id, opened_at) VALUES (?, ?, ?)
                ON CONFLICT (case_number) DO NOTHING""")
                .params(change.caseNumber(), courtId, Timestamp.from(clock.instant())).update();
        jdbc.sql("DELETE FROM portal.sign_in_guard WHERE case_number = ?").param(change.caseNumber()).update();
    }

    private void record(DisclosedStep step, Recorded change) {
        CaseView c = cases.find(change.caseNumber()).orElse(null);
        if (c == null) return;
        String text = step.text(change, messages, clock.getZone());
        Timestamp now = Timestamp.from(clock.instant());
        long eventId = jdbc.sql("""
                INSERT INTO portal.case_event (case_number, court_id, occurred_on, kind, text, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(c.caseNumber(), c.courtId(), step.on(change, LocalDate.now(clock)), step.kind, text, now)
                .query(Long.class).single();
        if (step == DisclosedStep.HEARING_SCHEDULED) hearing(c, change, now);
        String body = messages.getMessage("portal.notice.body", new Object[] {c.court(), c.caseNumber(), text}, Locale.CHINA);
        // one notice per party and channel; ON CONFLICT keeps it at one even if an event were heard twice
        jdbc.sql("""
                INSERT INTO portal.notice (event_id, contact_id, case_number, court_id, channel, address, body,
                    next_attempt_at, created_at)
                SELECT ?, k.id, k.case_number, ?, k.channel, k.address, ?, ?, ?
                FROM portal.contact k WHERE k.case_number = ? AND NOT k.opted_out
                ON CONFLICT (event_id, contact_id) DO NOTHING""")
                .params(eventId, c.courtId(), body, now, now, c.caseNumber()).update();
    }

    /** 开庭公告: the hearing as the public site lists it (time, courtroom, live stream, cause; no party). */
    private void hearing(CaseView c, Recorded change, Timestamp now) {
        jdbc.sql("""
                INSERT INTO portal.hearing (case_number, court_id, cause_name, scheduled_at, courtroom, live_streamed, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.caseNumber(), c.courtId(), c.causeName(),
                        Timestamp.from(java.time.Instant.parse(change.changes().get("at").toString())),
                        change.changes().get("courtroom").toString(),
                        Boolean.parseBoolean(String.valueOf(change.changes().get("liveStreamed"))), now)
                .update();
    }
}
