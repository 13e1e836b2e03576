package org.quanze.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.facts.CaseFacts;
import org.quanze.disclosure.domain.JudgmentDocument;
import org.quanze.disclosure.domain.WorkingDayCalendar;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 裁判文书“双百”核查 — 「满足上网条件的裁判文书100%公开，不满足上网条件的裁判文书100%公示」 (the paper, 三.(二).6),
 * per court and period. The documents counted are those of the cases closed by judgment in the period (the caliber of
 * statistics' DOUBLE_HUNDRED_RATE). A case's disclosure is its latest document's state here; a case imported from an
 * older system without a document here keeps the state the import recorded ({@code judgment_published}).
 * <ul>
 *   <li>PUBLISHED — 已公开 (第3条);</li>
 *   <li>NOTICED — 不公开已公示: withheld under 第4条 with its notice (第6条) — compliant, never a deduction;</li>
 *   <li>NEITHER — neither: no document, pending, a proposal not yet approved, or withdrawn; OVERDUE are those past the
 *       7 working days of 第7条 (from the effective date, or from the closing where no document was attached).</li>
 * </ul>
 * Completion rate = (PUBLISHED + NOTICED) ÷ EFFECTIVE. Set-based: one query for the period, classified in one pass.
 */
@Service
public class DoubleHundredCheck {

    public static final List<String> FIGURES = List.of("EFFECTIVE", "PUBLISHED", "NOTICED", "NEITHER", "OVERDUE");

    private final JdbcClient jdbc;
    private final Organization organization;
    private final PowerGuard guard;
    private final DocumentRepository documents;
    private final Clock clock;

    DoubleHundredCheck(JdbcClient jdbc, Organization organization, PowerGuard guard, DocumentRepository documents, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.guard = guard;
        this.documents = documents;
        this.clock = clock;
    }

    /** One case behind the figures: its disclosure, the deadline and, when there is one, the document. */
    public record Entry(String caseNumber, long courtId, String court, LocalDate closedOn, Long documentId, String status,
            LocalDate dueOn, boolean overdue) {
    }

    /** One court's row: code, name, the figures and the rate (null without effective documents). */
    public record Row(String court, String name, Map<String, Long> figures, Double rate) {
    }

    /** The check: the total row first (keyed by the court asked), then each court in its subtree with documents. */
    public record Report(String court, LocalDate from, LocalDate to, List<Row> rows) {
    }

    @Transactional(readOnly = true)
    public Report report(String courtCode, LocalDate from, LocalDate to) {
        CourtView court = court(courtCode, from, to);
        List<Entry> entries = entries(court, from, to);
        Map<Long, List<Entry>> byCourt = new LinkedHashMap<>();
        entries.forEach(e -> byCourt.computeIfAbsent(e.courtId(), k -> new ArrayList<>()).add(e));
        List<Row> rows = new ArrayList<>();
        rows.add(row(court.code(), court.name(), entries));
        byCourt.entrySet().stream()
                .map(e -> organization.court(e.getKey()).map(c -> row(c.code(), c.name(), e.getValue())).orElseThrow())
                .sorted(Comparator.comparing(Row::court))
                .forEach(rows::add);
        return new Report(court.code(), from, to, rows);
    }

    /** The cases behind a figure of the court (and the courts below it), overdue first, then by closing date. */
    @Transactional(readOnly = true)
    public List<Entry> cases(String courtCode, LocalDate from, LocalDate to, String figure) {
        if (figure == null || !FIGURES.contains(figure)) {
            throw new DomainException(422, "disclosure.invalid", "请求有误：figure", List.of(DomainException.FieldError.of("figure",
                    String.join(" | ", FIGURES))), "figure");
        }
        return entries(court(courtCode, from, to), from, to).stream().filter(e -> counts(e, figure))
                .sorted(Comparator.comparing(Entry::overdue).reversed().thenComparing(Entry::closedOn).thenComparing(Entry::caseNumber))
                .toList();
    }

    /**
     * 应公开或公示而未办理 — the corrected evaluation deduction: the cases of these courts closed by judgment in the
     * period whose required disclosure is missing (NEITHER). A lawfully withheld document with its notice is not among
     * them. Runs for the evaluation (no person's scope: the caller checked its own).
     */
    @Transactional(readOnly = true)
    public List<String> missing(Set<Long> courtIds, LocalDate from, LocalDate to) {
        return query(courtIds, from, to).stream().filter(e -> e.status().equals("NEITHER")).map(Entry::caseNumber).toList();
    }

    /** {@link #missing} with the effective cases it is counted among (no person's scope: the caller checked its own). */
    @Transactional(readOnly = true)
    public org.quanze.disclosure.Disclosures.Disclosure disclosure(Set<Long> courtIds, LocalDate from, LocalDate to) {
        List<Entry> entries = query(courtIds, from, to);
        return new org.quanze.disclosure.Disclosures.Disclosure(entries.stream().map(Entry::caseNumber).toList(),
                entries.stream().filter(e -> e.status().equals("NEITHER")).map(Entry::caseNumber).toList());
    }

    private static boolean counts(Entry e, String figure) {
        return switch (figure) {
            case "EFFECTIVE" -> true;
            case "OVERDUE" -> e.overdue();
            default -> e.status().equals(figure);
        };
    }

    private static Row row(String code, String name, List<Entry> entries) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String f : FIGURES) figures.put(f, entries.stream().filter(e -> counts(e, f)).count());
        long effective = figures.get("EFFECTIVE");
        Double rate = effective == 0 ? null : (figures.get("PUBLISHED") + figures.get("NOTICED")) / (double) effective;
        return new Row(code, name, figures, rate);
    }

    private CourtView court(String courtCode, LocalDate from, LocalDate to) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (from == null) errors.add(DomainException.FieldError.of("from", "请填写开始日期"));
        if (to == null) errors.add(DomainException.FieldError.of("to", "请填写结束日期"));
        if (from != null && to != null && to.isBefore(from)) errors.add(DomainException.FieldError.of("to", "结束日期应不早于开始日期"));
        CourtView court = organization.court(courtCode == null ? "" : courtCode.strip()).orElse(null);
        if (court == null) errors.add(DomainException.FieldError.of("court", "没有这个法院"));
        if (!errors.isEmpty()) {
            throw new DomainException(422, "disclosure.invalid", "请求有误：" + errors.get(0).reason(), errors, errors.get(0).field());
        }
        guard.require(Action.VIEW_STATISTICS, PowerContext.court(court.id()));
        return court;
    }

    private List<Entry> entries(CourtView court, LocalDate from, LocalDate to) {
        return query(organization.courtAndBelow(court.id()), from, to);
    }

    private List<Entry> query(Set<Long> courtIds, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        WorkingDayCalendar calendar = documents.calendar();
        Map<Long, String> names = new LinkedHashMap<>();
        return jdbc.sql("""
                SELECT f.case_number, f.court_id, f.closed_on, f.judgment_published, d.id, d.state, d.due_on
                FROM %s f
                LEFT JOIN LATERAL (SELECT x.id, x.state, x.due_on FROM disclosure.judgment_document x
                                   WHERE x.case_number = f.case_number ORDER BY x.id DESC LIMIT 1) d ON true
                WHERE f.close_method = '判决' AND f.closed_on BETWEEN :from AND :to AND f.court_id IN (:courts)
                ORDER BY f.case_number""".formatted(CaseFacts.VIEW))
                .param("from", from).param("to", to).param("courts", courtIds.isEmpty() ? Set.of(-1L) : courtIds)
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    String imported = rs.getString("judgment_published");
                    String status = state != null
                            ? switch (state) { case "PUBLISHED" -> "PUBLISHED"; case "WITHHELD" -> "NOTICED"; default -> "NEITHER"; }
                            : "PUBLISHED".equals(imported) ? "PUBLISHED" : "ANNOUNCED".equals(imported) ? "NOTICED" : "NEITHER";
                    LocalDate closed = rs.getObject("closed_on", LocalDate.class);
                    LocalDate due = state != null ? rs.getObject("due_on", LocalDate.class)
                            : calendar.plusWorkingDays(closed, JudgmentDocument.PUBLICATION_WORKING_DAYS);
                    long courtId = rs.getLong("court_id");
                    String name = names.computeIfAbsent(courtId, id -> organization.court(id).map(CourtView::name).orElse(""));
                    return new Entry(rs.getString("case_number"), courtId, name, closed, (Long) rs.getObject("id"), status, due,
                            status.equals("NEITHER") && today.isAfter(due));
                }).list();
    }
}
