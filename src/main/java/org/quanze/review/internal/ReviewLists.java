package org.quanze.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.review.domain.PublishedList;
import org.quanze.review.domain.ReviewRefusal;
import org.quanze.review.domain.ReviewStatus;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 优秀案件、好文书、差文书名单 — the office publishes a concluded review on one of its court's lists, as its rule
 * ({@link PublishedList}) allows; a court's lists are read by the staff of that court and of the courts under it (the
 * court it is published to), and by whoever's review scope covers the court.
 */
@Service
public class ReviewLists {

    private final JdbcClient jdbc;
    private final ReviewDesk desk;
    private final Organization organization;
    private final PowerGuard guard;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewLists(JdbcClient jdbc, ReviewDesk desk, Organization organization, PowerGuard guard, CurrentActor current,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.organization = organization;
        this.guard = guard;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    public record Entry(long id, PublishedList list, long reviewId, String caseNumber, String caseCourt, String court,
            String note, LocalDate publishedOn, String publishedBy) {
    }

    @Transactional
    public Entry publish(long reviewId, PublishedList list, String note) {
        Actor me = current.get();
        if (me.courtId() == null) throw ReviewRefusal.notYours("名单由法院审判管理办公室发布");
        if (list == null) throw ReviewRefusal.invalid("list", "请选择名单");
        ReviewDesk.Review r = desk.get(reviewId);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(r.reviewingCourtId()));
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(me.courtId()));
        if (r.status() != ReviewStatus.CONCLUDED) throw ReviewRefusal.state("评查尚未评定，不能列入名单");
        list.refuses(r.result(), desk.findings(reviewId).stream().map(ReviewDesk.Finding::flaw).toList())
                .ifPresent(why -> { throw ReviewRefusal.invalid("list", why); });
        if (note == null || note.isBlank()) throw ReviewRefusal.invalid("note", "请填写列入名单的理由");
        Long id = jdbc.sql("""
                INSERT INTO review.list_entry (list, review_id, case_number, case_court_id, court_id, note, published_on, published_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list, review_id) DO NOTHING RETURNING id""")
                .params(list.name(), reviewId, r.caseNumber(), r.caseCourtId(), me.courtId(), note.strip(), LocalDate.now(clock), me.name())
                .query(Long.class).optional().orElseThrow(() -> ReviewRefusal.state("本案已列入" + list.label() + "名单"));
        events.publishEvent(Recorded.onCase("REVIEW_LISTED", r.caseNumber(), Map.of("review", reviewId, "list", list.label(),
                "note", note.strip())));
        return visible().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** The lists of the person's court and the courts above it, and of the courts his review scope covers; newest first. */
    public List<Entry> visible() {
        Actor me = current.get();
        Set<Long> courts = new HashSet<>();
        for (Long c = me.courtId(); c != null; ) {
            courts.add(c);
            c = organization.court(c).map(CourtView::parentId).orElse(null);
        }
        DataScope scope = guard.scope(Action.VIEW_REVIEW);
        courts.addAll(scope.courtIds());
        if (courts.isEmpty()) courts.add(-1L);
        return jdbc.sql("""
                SELECT * FROM review.list_entry WHERE :all OR court_id IN (:courts) ORDER BY published_on DESC, id DESC LIMIT 500""")
                .param("all", scope.all()).param("courts", courts)
                .query((rs, n) -> new Entry(rs.getLong("id"), PublishedList.valueOf(rs.getString("list")), rs.getLong("review_id"),
                        rs.getString("case_number"), courtName(rs.getLong("case_court_id")), courtName(rs.getLong("court_id")),
                        rs.getString("note"), rs.getObject("published_on", LocalDate.class), rs.getString("published_by")))
                .list();
    }

    private String courtName(long id) {
        return organization.court(id).map(CourtView::name).orElse(String.valueOf(id));
    }
}
