package org.quanze.statistics.web;

import org.quanze.statistics.Figure;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.StatisticsReport;

/**
 * 无数据 — a period for which the platform holds no case at all (before the history was imported, a court not yet
 * open): its figures are not zeros but unknown, and are shown as "—". A period with cases but, say, no 旧存 still
 * shows 0. The test is 受理 (旧存 + 新收): a period in which nothing was pending and nothing filed has no data.
 */
final class NoData {

    static final String MARK = "—";

    private NoData() {
    }

    /** Whether the row's same period one year earlier has no data. */
    static boolean previous(StatisticsReport.Row row) {
        if (row == null) return true;
        Figure accepted = row.figure(Indicators.ACCEPTED.code());
        return accepted != null && (accepted.previous() == null || accepted.previous() == 0d);
    }
}
