package org.quanze.statistics.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quanze.statistics.Figure;
import org.quanze.statistics.GroupBy;
import org.quanze.statistics.StatisticsReport;

/**
 * One page of a grouped report, searched and sorted on the server: a province by judge has ~2,900 rows, which as one
 * HTML table took megabytes and seconds to render. The report is computed whole (one query, whatever the grouping);
 * only what is shown is cut.
 *
 * @param rows    the rows of this page, each with its court's name (judges only; "" otherwise)
 * @param total   rows matching the search
 * @param page    0-based
 * @param sort    "label", "court", an indicator code, or "" for the report's order (by code)
 * @param query   the search text, "" for none
 */
public record GroupedTable(List<Line> rows, int total, int page, int pages, String sort, boolean descending, String query,
        boolean courtColumn) {

    static final int PAGE_SIZE = 50;

    /** A row and the name of the court it belongs to. */
    public record Line(StatisticsReport.Row row, String court) {
    }

    static GroupedTable of(StatisticsReport report, Map<String, String> courtOfKey, String sort, boolean descending,
            String query, int page) {
        boolean courtColumn = report.groupBy() == GroupBy.JUDGE && !courtOfKey.isEmpty();
        String q = query == null ? "" : query.strip();
        String needle = q.toLowerCase(Locale.ROOT);
        List<Line> lines = new ArrayList<>();
        for (StatisticsReport.Row r : report.rows()) {
            Line line = new Line(r, courtOfKey.getOrDefault(r.key(), ""));
            if (needle.isEmpty() || contains(r.label(), needle) || contains(r.key(), needle) || contains(line.court(), needle)) {
                lines.add(line);
            }
        }
        // unsorted, the report's own order: by code (court code, staff number), which keeps a court's rows together
        String by = sort == null || sort.isBlank() ? "" : sort;
        if (!by.isEmpty()) lines.sort(descending ? comparator(by).reversed() : comparator(by));
        int pages = Math.max(1, (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(0, page), pages - 1);
        List<Line> shown = lines.subList(p * PAGE_SIZE, Math.min(lines.size(), (p + 1) * PAGE_SIZE));
        return new GroupedTable(List.copyOf(shown), lines.size(), p, pages, by, descending, q, courtColumn);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Text columns in the order people read them (Chinese by code point), figures by value with no value last; ties by key. */
    private static Comparator<Line> comparator(String by) {
        Comparator<Line> primary = switch (by) {
            case "label" -> Comparator.comparing((Line l) -> l.row().label(), Comparator.nullsLast(Comparator.naturalOrder()));
            case "court" -> Comparator.comparing(Line::court);
            default -> Comparator.comparing((Line l) -> {
                Figure f = l.row().figure(by);
                return f == null || f.value() == null ? Double.NEGATIVE_INFINITY : f.value();
            });
        };
        return primary.thenComparing(l -> l.row().key());
    }

    /** The first row number of this page, 1-based. */
    public int first() {
        return total == 0 ? 0 : page * PAGE_SIZE + 1;
    }

    public int last() {
        return page * PAGE_SIZE + rows.size();
    }
}
