package org.quanze.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.statistics.Figure;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.StatisticsReport;

/**
 * 按月趋势 as a court statistician reads it: per month the cases newly filed and closed (bars), and the 累计结案率 —
 * closed since the start of the period ÷ (旧存 at the start + filed since the start) — which is the closure rate of
 * the period up to that month's end. A per-month rate (one month's closings over that month's caseload) starts every
 * month afresh and reads as a collapse in January and a leap in December; the cumulative rate is the one the 通报 quote.
 *
 * @param months     YYYY-MM, in order
 * @param cumulative the cumulative closure rate at each month's end (a fraction), or null while nothing was accepted
 */
record MonthlyTrend(List<String> months, List<Long> filed, List<Long> closed, List<Double> cumulative) {

    /** From a report by month with 旧存, 新收 and 审结. */
    static MonthlyTrend of(StatisticsReport byMonth) {
        List<String> months = new ArrayList<>();
        List<Long> filed = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        long accepted = 0;
        long done = 0;
        boolean first = true;
        for (StatisticsReport.Row r : byMonth.rows()) {
            if (first) accepted += count(r.figure(Indicators.OLD_PENDING.code()));
            first = false;
            long f = count(r.figure(Indicators.NEWLY_FILED.code()));
            long c = count(r.figure(Indicators.CLOSED.code()));
            accepted += f;
            done += c;
            months.add(r.key());
            filed.add(f);
            closed.add(c);
            cumulative.add(accepted == 0 ? null : Math.round(done * 10000d / accepted) / 10000d);
        }
        return new MonthlyTrend(months, filed, closed, cumulative);
    }

    private static long count(Figure f) {
        return f == null || f.numerator() == null ? 0 : f.numerator();
    }

    /** What the page's chart script reads. */
    Map<String, Object> json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", months);
        data.put("filed", filed);
        data.put("closed", closed);
        data.put("rate", cumulative);
        return data;
    }
}
