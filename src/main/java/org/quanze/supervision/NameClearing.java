package org.quanze.supervision;

import java.util.Map;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 澄清正名 — a judge wrongly accused has the facts cleared and the ill effects removed (法官法 第56条). Kept as a
 * protection request (不实举报) of the court's 法官权益保障委员会, opened by the accountability module when the
 * disciplinary committee finds 没有违反职责, and closed when its publication is recorded.
 */
@Service
public class NameClearing {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    NameClearing(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Opens the clearing for a judge; returns the protection request's id. Runs in the caller's transaction. */
    @Transactional
    public long open(long courtId, long staffId, String staffName, String caseNumber, String reasons) {
        long id = jdbc.sql("""
                INSERT INTO supervision.protection_request (court_id, staff_id, staff_name, kind, description, case_number,
                    measures, status)
                VALUES (?, ?, ?, 'FALSE_ACCUSATION', ?, ?, '澄清正名（法官法 第56条）', 'IN_PROGRESS') RETURNING id""")
                .params(courtId, staffId, staffName, reasons, caseNumber).query(Long.class).single();
        events.publishEvent(Recorded.of("NAME_CLEARING_OPENED", "PROTECTION_REQUEST", String.valueOf(id), Map.of("staff", staffName)));
        return id;
    }

    /** Records where and how the clearing was published, and closes the request. */
    @Transactional
    public void published(long requestId, String publication) {
        jdbc.sql("""
                UPDATE supervision.protection_request SET status = 'CLOSED', closing_note = ?, closed_at = now(),
                       version = version + 1 WHERE id = ?""").params("澄清正名已公布：" + publication, requestId).update();
        events.publishEvent(Recorded.of("NAME_CLEARING_PUBLISHED", "PROTECTION_REQUEST", String.valueOf(requestId),
                Map.of("publication", publication)));
    }
}
