package org.quanze.disclosure.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审务公开 — what the public site shows of a court: its basic information, its quota judges (names and divisions:
 * judges' names are public), the hearing schedule (开庭公告) and the live-stream list, and the transparency figures.
 */
@Service
class CourtAffairs {

    record QuotaJudge(String name, String division) {
    }

    /** A scheduled hearing as announced: case number, cause, time, courtroom, live stream (no party named). */
    record AnnouncedHearing(String caseNumber, String cause, Instant at, String courtroom, boolean liveStreamed) {
    }

    record CourtPage(CourtView court, String parentName, List<QuotaJudge> quotaJudges, List<AnnouncedHearing> hearings,
            List<AnnouncedHearing> liveStreams, Transparency.Figures figures) {
    }

    private final Organization organization;
    private final JdbcClient jdbc;
    private final Transparency transparency;
    private final Clock clock;

    CourtAffairs(Organization organization, JdbcClient jdbc, Transparency transparency, Clock clock) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.transparency = transparency;
        this.clock = clock;
    }

    List<CourtView> courts() {
        return organization.courts().stream().sorted(Comparator.comparing(CourtView::code)).toList();
    }

    CourtView court(String code) {
        return organization.court(code).orElseThrow(() -> new DomainException(404, "portal.noCourt", "法院不存在"));
    }

    /** The court's page; figures for the period (default: this year up to today). */
    @Transactional(readOnly = true)
    CourtPage page(String code, LocalDate from, LocalDate to) {
        CourtView court = court(code);
        LocalDate today = LocalDate.now(clock);
        List<QuotaJudge> judges = organization.staffOf(code, today).stream().filter(StaffView::inQuota)
                .map(s -> new QuotaJudge(s.name(), s.departmentName())).toList();
        List<AnnouncedHearing> hearings = jdbc.sql("""
                SELECT case_number, cause_name, scheduled_at, courtroom, live_streamed FROM portal.hearing
                WHERE court_id = ? AND scheduled_at >= ? ORDER BY scheduled_at, id LIMIT 200""")
                .params(court.id(), Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, i) -> new AnnouncedHearing(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
        String parent = court.parentCode() == null ? null : organization.court(court.parentCode()).map(CourtView::name).orElse(null);
        return new CourtPage(court, parent, judges, hearings, hearings.stream().filter(AnnouncedHearing::liveStreamed).toList(),
                transparency.of(court.id(), from == null ? today.withDayOfYear(1) : from, to == null ? today : to));
    }
}
