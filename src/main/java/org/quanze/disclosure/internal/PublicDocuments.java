package org.quanze.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the public site serves without login: search over the published judgments ({@link PublicIndex}), one published
 * judgment's anonymised text (never another version, never a document not in state PUBLISHED), and the notices of
 * judgments not published (第6条: case number, court, date of judgment and reason).
 */
@Service
public class PublicDocuments {

    private final PublicIndex index;
    private final JdbcClient jdbc;

    PublicDocuments(PublicIndex index, JdbcClient jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    public record Published(long id, String caseNumber, String court, String kind, String cause, LocalDate judgedOn, String text) {
    }

    public record Notice(String caseNumber, String court, LocalDate judgedOn, String reason, String notice) {
    }

    public PublicIndex.Page search(String text, PublicIndex.Filters filters, int page) {
        return index.search(text, filters, Math.max(0, Math.min(page, 50)), 20);
    }

    public Optional<Published> published(long id) {
        return jdbc.sql("""
                SELECT id, case_number, court, kind, cause, judged_on, published_text FROM disclosure.judgment_document
                WHERE id = ? AND state = 'PUBLISHED'""").param(id)
                .query((rs, n) -> new Published(rs.getLong("id"), rs.getString("case_number"), rs.getString("court"), rs.getString("kind"),
                        rs.getString("cause"), rs.getObject("judged_on", LocalDate.class), rs.getString("published_text")))
                .optional();
    }

    /**
     * The notices of withheld judgments, newest first; filtered by court name and year of judgment. For a state secret
     * (第4条(一)) neither the case number nor the date is shown: 第6条 keeps even those back where they could disclose it.
     */
    public List<Notice> notices(String court, Integer year, int limit) {
        return jdbc.sql("""
                SELECT CASE WHEN reason = 'STATE_SECRET' THEN NULL ELSE case_number END AS case_number,
                       court, CASE WHEN reason = 'STATE_SECRET' THEN NULL ELSE judged_on END AS judged_on, reason, notice
                FROM disclosure.judgment_document
                WHERE state = 'WITHHELD' AND (CAST(:court AS text) IS NULL OR court = :court)
                  AND (CAST(:year AS int) IS NULL OR extract(year FROM judged_on) = :year)
                ORDER BY judged_on DESC, id DESC LIMIT :limit""")
                .param("court", court == null || court.isBlank() ? null : court.strip()).param("year", year).param("limit", limit)
                .query((rs, n) -> new Notice(rs.getString("case_number"), rs.getString("court"), rs.getObject("judged_on", LocalDate.class),
                        rs.getString("reason"), rs.getString("notice")))
                .list();
    }
}
