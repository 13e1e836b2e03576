package org.quanze.disclosure.portal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审判流程公开的透明度指标 — per court and period (the paper 三.(二).6: Jilin 2017, 386,545 cases published for
 * query, 22,357 SMS pushed, 29,727 cases queried 83,884 times, 7.69%): cases opened to query in the period, notices
 * pushed by channel and status, cases queried and queries, the query rate (cases queried ÷ cases open to query) and
 * the hearings scheduled in the period that are streamed live, with their share. The period's days are in the court
 * zone, both ends included.
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
    private final ZoneId zone;

    Transparency(JdbcClient jdbc, @Value("${quanze.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    Figures of(long courtId, LocalDate from, LocalDate to) {
        return of(java.util.Set.of(courtId), from, to);
    }

    /** The figures of several courts together (a court with the courts below it: the situation-analysis scope). */
    @Transactional(readOnly = true)
    Figures of(java.util.Collection<Long> courtIds, LocalDate from, LocalDate to) {
        Long[] courts = courtIds.stream().sorted().toArray(Long[]::new);
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        long open = count("SELECT count(*) FROM portal.open_case WHERE court_id = ANY(?) AND opened_at >= ? AND opened_at < ?", courts, start, end);
        List<NoticeCount> notices = jdbc.sql("""
                SELECT channel, status, count(*) FROM portal.notice WHERE court_id = ANY(?) AND created_at >= ? AND created_at < ?
                GROUP BY channel, status ORDER BY channel, status""")
                .params(courts, start, end).query((rs, i) -> new NoticeCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        long[] queried = jdbc.sql("""
                SELECT count(DISTINCT case_number), count(*) FROM portal.case_query
                WHERE court_id = ANY(?) AND queried_at >= ? AND queried_at < ?""")
                .params(courts, start, end).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long[] hearings = jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE live_streamed) FROM portal.hearing
                WHERE court_id = ANY(?) AND scheduled_at >= ? AND scheduled_at < ?""")
                .params(courts, start, end).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Figures(List.of(courts), from, to, open, notices, queried[0], queried[1], ratio(queried[0], open),
                hearings[0], hearings[1], ratio(hearings[1], hearings[0]));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A share, or null when there is nothing to divide by (shown as "—", never as 0%). */
    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
