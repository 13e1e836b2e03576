package org.quanze.disclosure.portal;

import java.time.LocalDate;
import java.util.List;
import org.quanze.casefile.facts.CaseFacts;
import org.quanze.disclosure.facts.CaseEventFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审判流程公开的透明度指标 — per court and period (the paper 三.(二).6: Jilin 2017, 386,545 cases published for
 * query, 22,357 SMS pushed, 29,727 cases queried 83,884 times, 7.69%): cases opened to query in the period, notices
 * pushed by channel and status, cases queried and queries, the query rate (cases queried ÷ cases open to query) and
 * the hearings scheduled in the period that are streamed live, with their share. The period's days are in the court
 * zone, both ends included. Counted over the portal's events ({@link CaseEventFacts}) by the case's court, as the
 * statistics catalogue counts them (CASES_OPEN_TO_QUERY … HEARING_LIVE_SHARE): this is the public face of those
 * figures, for a court that need not sign in.
 */
@Service
class Transparency {

    record Figures(List<Long> courtIds, LocalDate from, LocalDate to, long casesOpenToQuery, List<NoticeCount> notices,
            long casesQueried, long queries, Double queryRate, long hearings, long liveStreamedHearings,
            Double liveStreamShare) {
    }

    /** Notices created in the period, by channel (SMS, EMAIL) and status (PENDING, SENT, FAILED, UNCERTAIN …). */
    record NoticeCount(String channel, String status, long count) {
    }

    private final JdbcClient jdbc;

    Transparency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of one kind and detail in the period: how many, and on how many cases. */
    private record Count(String kind, String detail, long events, long cases) {
    }

    @Transactional(readOnly = true)
    Figures of(long courtId, LocalDate from, LocalDate to) {
        long open = 0, casesQueried = 0, queries = 0, hearings = 0, live = 0;
        List<NoticeCount> notices = new java.util.ArrayList<>();
        // the rows the statistics catalogue counts (审判流程公开 indicators), by the case's court
        List<Count> counts = jdbc.sql("""
                SELECT e.kind, e.detail, count(*), count(DISTINCT e.case_number)
                FROM %s e JOIN %s f ON f.case_number = e.case_number
                WHERE f.court_id = ? AND e.occurred_on BETWEEN ? AND ?
                GROUP BY 1, 2 ORDER BY 1, 2""".formatted(CaseEventFacts.VIEW, CaseFacts.VIEW))
                .params(courtId, from, to)
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
        for (Count c : counts) {
            switch (c.kind()) {
                case "QUERY_OPENED" -> open = c.cases();
                case "QUERY" -> {
                    casesQueried = c.cases();
                    queries = c.events();
                }
                case "NOTICE" -> {
                    String[] channelStatus = c.detail().split(":", 2);
                    notices.add(new NoticeCount(channelStatus[0], channelStatus[1], c.events()));
                }
                case "HEARING" -> {
                    hearings += c.events();
                    if ("LIVE".equals(c.detail())) live = c.events();
                }
                default -> throw new IllegalStateException("unknown portal event " + c.kind());
            }
        }
        return new Figures(List.of(courtId), from, to, open, notices, casesQueried, queries, ratio(casesQueried, open),
                hearings, live, ratio(live, hearings));
    }

    /** A share, or null when there is nothing to divide by (shown as "—", never as 0%). */
    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
