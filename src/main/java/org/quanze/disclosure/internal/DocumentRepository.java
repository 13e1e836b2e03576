package org.quanze.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.quanze.disclosure.domain.DocumentKind;
import org.quanze.disclosure.domain.DocumentVersion;
import org.quanze.disclosure.domain.JudgmentDocument;
import org.quanze.disclosure.domain.MaskSpan;
import org.quanze.disclosure.domain.NonPublicationReason;
import org.quanze.disclosure.domain.PublicationAction;
import org.quanze.disclosure.domain.PublicationState;
import org.quanze.disclosure.domain.PublicationStep;
import org.quanze.disclosure.domain.SpanType;
import org.quanze.disclosure.domain.WorkingDayCalendar;
import org.quanze.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads a {@link JudgmentDocument} whole (row, versions, confirmed spans) and saves what its verbs changed with the
 * version the caller read: a concurrent change makes the save a 409 and nothing of it is written. Also the working-day
 * calendar, held as data.
 */
@Repository
class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<JudgmentDocument> find(long id) {
        return jdbc.sql("SELECT * FROM disclosure.judgment_document WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The state of the case's latest document: the case's disclosure (as the 双百 check reads it). */
    PublicationState latestState(String caseNumber) {
        return PublicationState.valueOf(jdbc.sql("SELECT state FROM disclosure.judgment_document WHERE case_number = ? ORDER BY id DESC LIMIT 1")
                .param(caseNumber).query(String.class).single());
    }

    List<JudgmentDocument> ofCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM disclosure.judgment_document WHERE case_number = ? ORDER BY id").param(caseNumber)
                .query(this::map).list();
    }

    /** Documents of these courts in this state, newest first. */
    List<JudgmentDocument> inState(PublicationState state, java.util.Collection<Long> courts, boolean allCourts, int limit) {
        return jdbc.sql("""
                SELECT * FROM disclosure.judgment_document WHERE state = :state AND (:all OR court_id IN (:courts))
                ORDER BY id DESC LIMIT :limit""")
                .param("state", state.name()).param("all", allCourts).param("courts", courts.isEmpty() ? List.of(-1L) : courts)
                .param("limit", limit).query(this::map).list();
    }

    /** Inserts a new document with its first version and steps; answers its id. */
    long insert(JudgmentDocument d) {
        long id = jdbc.sql("""
                INSERT INTO disclosure.judgment_document (case_number, court_id, court, category, cause, kind, judged_on, effective_on,
                    due_on, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.caseNumber(), d.courtId(), d.court(), d.category(), d.cause(), d.kind().name(), d.judgedOn(), d.effectiveOn(), d.dueOn(),
                        d.state().name())
                .query(Long.class).single();
        writeAdditions(id, d);
        return id;
    }

    /** Writes the document's state and what its verbs added, provided nobody changed it since it was read (409). */
    void save(JudgmentDocument d) {
        int updated = jdbc.sql("""
                UPDATE disclosure.judgment_document SET state = ?, reason = ?, written_reasons = ?, proposed_by = ?, notice = ?,
                    confirmed_version = ?, published_text = ?, published_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.state().name(), d.reason() == null ? null : d.reason().name(), d.writtenReasons(), d.proposedBy(),
                        d.notice(), d.confirmedVersion(), d.publishedText(),
                        d.publishedAt() == null ? null : Timestamp.from(d.publishedAt()), d.id(), d.version())
                .update();
        if (updated != 1) throw new DomainException(409, "stale", "该文书已被他人修改，请刷新后重试");
        if (d.newSteps().stream().anyMatch(s -> s.action() == PublicationAction.JUDGMENT_PUBLISHED
                || s.action() == PublicationAction.JUDGMENT_REPUBLISHED)) {
            jdbc.sql("DELETE FROM disclosure.confirmed_span WHERE document_id = ?").param(d.id()).update();
            for (MaskSpan s : d.confirmedSpans()) {
                jdbc.sql("INSERT INTO disclosure.confirmed_span (document_id, start_at, end_at, type, replacement, rule) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(d.id(), s.start(), s.end(), s.type().name(), s.replacement(), s.rule()).update();
            }
        }
        writeAdditions(d.id(), d);
    }

    private void writeAdditions(long id, JudgmentDocument d) {
        for (DocumentVersion v : d.newVersions()) {
            jdbc.sql("""
                    INSERT INTO disclosure.document_version (document_id, number, text, file_name, attached_by, attached_by_name, attached_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, v.number(), v.text(), v.fileName(), v.attachedBy(), v.attachedByName(), Timestamp.from(v.attachedAt()))
                    .update();
        }
        for (PublicationStep s : d.newSteps()) {
            jdbc.sql("INSERT INTO disclosure.publication_step (document_id, action, by_staff_id, by_name, at, state, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, s.action().name(), s.by(), s.byName(), Timestamp.from(s.at()), s.state().name(), s.reason()).update();
        }
    }

    List<PublicationStep> steps(long documentId) {
        return jdbc.sql("SELECT * FROM disclosure.publication_step WHERE document_id = ? ORDER BY id").param(documentId)
                .query((rs, n) -> new PublicationStep(PublicationAction.valueOf(rs.getString("action")), rs.getLong("by_staff_id"), rs.getString("by_name"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), PublicationState.valueOf(rs.getString("state")),
                        rs.getString("reason")))
                .list();
    }

    /** 工作日历 as the office keeps it. */
    WorkingDayCalendar calendar() {
        List<Object[]> days = jdbc.sql("SELECT day, working FROM disclosure.calendar_day")
                .query((rs, n) -> new Object[] {rs.getObject("day", LocalDate.class), rs.getBoolean("working")}).list();
        return new WorkingDayCalendar(
                days.stream().filter(d -> !(Boolean) d[1]).map(d -> (LocalDate) d[0]).collect(java.util.stream.Collectors.toSet()),
                days.stream().filter(d -> (Boolean) d[1]).map(d -> (LocalDate) d[0]).collect(java.util.stream.Collectors.toSet()));
    }

    private JudgmentDocument map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<DocumentVersion> versions = jdbc.sql("SELECT * FROM disclosure.document_version WHERE document_id = ? ORDER BY number")
                .param(id).query((v, i) -> new DocumentVersion(v.getInt("number"), v.getString("text"), v.getString("file_name"),
                        v.getLong("attached_by"), v.getString("attached_by_name"), v.getObject("attached_at", OffsetDateTime.class).toInstant()))
                .list();
        List<MaskSpan> spans = jdbc.sql("SELECT * FROM disclosure.confirmed_span WHERE document_id = ? ORDER BY start_at").param(id)
                .query((s, i) -> new MaskSpan(s.getInt("start_at"), s.getInt("end_at"), SpanType.valueOf(s.getString("type")),
                        s.getString("replacement"), s.getString("rule")))
                .list();
        String reason = rs.getString("reason");
        OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
        return new JudgmentDocument(id, rs.getString("case_number"), rs.getLong("court_id"), rs.getString("court"),
                rs.getString("category"), rs.getString("cause"), DocumentKind.valueOf(rs.getString("kind")), rs.getObject("judged_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                PublicationState.valueOf(rs.getString("state")), reason == null ? null : NonPublicationReason.valueOf(reason),
                rs.getString("written_reasons"), (Long) rs.getObject("proposed_by"), rs.getString("notice"), spans,
                (Integer) rs.getObject("confirmed_version"), rs.getString("published_text"),
                publishedAt == null ? null : publishedAt.toInstant(), versions, rs.getInt("version"));
    }
}
