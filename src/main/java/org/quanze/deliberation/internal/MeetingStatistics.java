package org.quanze.deliberation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.shared.CourtLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Usage of the meetings (set-based SQL per month) and the committee's quota report per court level. */
@Service
public class MeetingStatistics {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;

    MeetingStatistics(JdbcClient jdbc, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
    }

    /** One month of one body kind (and specialty): meetings held, cases discussed, non-case topics and their share. */
    public record Usage(String month, String specialty, long meetings, long cases, long topics) {
        public double topicShare() { return cases + topics == 0 ? 0 : (double) topics / (cases + topics); }
    }

    /** 审委会委员入额情况 per level (cf. the paper's tables 2.1/2.2): members, in quota, ratio. */
    public record QuotaRow(CourtLevel level, long courts, long members, long inQuota) {
        public double ratio() { return members == 0 ? 0 : (double) inQuota / members; }
    }

    public List<Usage> usage(String kind, Set<Long> courtIds) {
        return jdbc.sql("""
                SELECT to_char(m.held_on, 'YYYY-MM') AS month, coalesce(b.specialty, '') AS specialty,
                       count(DISTINCT m.id) AS meetings,
                       count(i.id) FILTER (WHERE i.kind = 'CASE') AS cases,
                       count(i.id) FILTER (WHERE i.kind <> 'CASE') AS topics
                FROM deliberation.meeting m
                JOIN deliberation.body b ON b.id = m.body_id
                LEFT JOIN deliberation.agenda_item i ON i.meeting_id = m.id
                WHERE b.kind = :kind AND b.court_id IN (:courts)
                GROUP BY 1, 2 ORDER BY 1 DESC, 2
                """).param("kind", kind).param("courts", courtIds.isEmpty() ? Set.of(-1L) : courtIds)
                .query(Usage.class).list();
    }

    /** Members are the holders of committee posts today; the organisation module is asked court by court. */
    public List<QuotaRow> committeeQuota(Set<Long> courtIds) {
        LocalDate today = LocalDate.now(clock);
        Map<CourtLevel, long[]> byLevel = new java.util.EnumMap<>(CourtLevel.class);
        for (CourtView court : organization.courts()) {
            if (!courtIds.contains(court.id())) continue;
            long[] row = byLevel.computeIfAbsent(court.level(), l -> new long[3]);
            row[0]++;
            organization.staffOf(court.code(), today).stream()
                    .filter(s -> s.posts().stream().anyMatch(Meetings.COMMITTEE_POSTS::contains))
                    .forEach(s -> { row[1]++; if (s.inQuota()) row[2]++; });
        }
        List<QuotaRow> rows = new ArrayList<>();
        byLevel.forEach((level, r) -> rows.add(new QuotaRow(level, r[0], r[1], r[2])));
        return rows;
    }
}
