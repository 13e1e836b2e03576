package org.quanze.review.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quanze.authority.Action;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;
import org.quanze.authority.PowerGuard;
import org.quanze.casefile.CaseFiles;
import org.quanze.casefile.CaseView;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.quanze.organization.StaffView;
import org.quanze.review.domain.ReviewRefusal;
import org.quanze.review.domain.ReviewStatus;
import org.quanze.review.domain.ReviewerChoice;
import org.quanze.review.domain.SelfOrCross;
import org.quanze.review.domain.ReviewerSpecialty;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评查人才库 — reviewers recommended by courts, with their specialties; third-party reviewers (external experts) among
 * them; the balanced choice of a reviewer for a review ({@link ReviewerChoice}): of the pool of the reviewing court and
 * the courts under it, the least-loaded qualified reviewer no conflict rule refuses. The office of a court manages the
 * reviewers it recommended ({@link Action#MANAGE_REVIEW} over that court); the pool is read in the VIEW_REVIEW scope.
 */
@Service
public class ReviewerPool {

    private final JdbcClient jdbc;
    private final ReviewDesk desk;
    private final CaseFiles cases;
    private final Organization organization;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewerPool(JdbcClient jdbc, ReviewDesk desk, CaseFiles cases, Organization organization, PowerGuard guard,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.cases = cases;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** A reviewer of the pool, with his open reviews (assigned, not concluded). */
    public record Reviewer(long id, long staffId, String staffNo, String name, long courtId, String court,
            Set<ReviewerSpecialty> specialties, boolean thirdParty, String organisation, boolean active, LocalDate recommendedOn,
            int openReviews, int version) {
    }

    /** What the office enters to recommend a reviewer or change one. */
    public record Entry(String staffNo, Set<ReviewerSpecialty> specialties, boolean thirdParty, String organisation) {
    }

    /** A balanced assignment: the review as assigned, and who was left out by which rule. */
    public record Balanced(ReviewDesk.Review review, List<ReviewerChoice.Excluded> excluded) {
    }

    /** 推荐评查人: the office of the person's court (or a court above it) enters him into the pool. */
    @Transactional
    public Reviewer recommend(Entry e) {
        List<FieldError> errors = new ArrayList<>();
        StaffView staff = null;
        if (e.staffNo() == null || e.staffNo().isBlank()) errors.add(FieldError.of("staffNo", "请填写评查人工号"));
        else {
            staff = organization.staff(e.staffNo().strip(), LocalDate.now(clock)).orElse(null);
            if (staff == null) errors.add(FieldError.of("staffNo", "工号「" + e.staffNo().strip() + "」不存在"));
        }
        checkEntry(e, errors);
        if (!errors.isEmpty()) throw ReviewRefusal.invalid(errors);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(staff.courtId()));
        boolean known = jdbc.sql("SELECT count(*) FROM review.reviewer WHERE staff_id = ?").param(staff.id()).query(Long.class).single() > 0;
        if (known) throw ReviewRefusal.state(staff.name() + "（" + staff.staffNo() + "）已在评查人才库中");
        long id = jdbc.sql("""
                INSERT INTO review.reviewer (staff_id, court_id, specialties, third_party, organisation, recommended_on)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(staff.id(), staff.courtId(), codes(e.specialties()), e.thirdParty(), organisation(e), LocalDate.now(clock))
                .query(Long.class).single();
        events.publishEvent(Recorded.of("REVIEW_POOL_RECOMMENDED", "REVIEWER", staff.staffNo(), changes(e, true)));
        return get(id);
    }

    /** The office changes a reviewer's specialties, third-party standing or withdraws him, on the version it saw. */
    @Transactional
    public Reviewer change(long id, int version, Entry e, boolean active) {
        Reviewer r = get(id);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(r.courtId()));
        List<FieldError> errors = new ArrayList<>();
        checkEntry(e, errors);
        if (!errors.isEmpty()) throw ReviewRefusal.invalid(errors);
        int n = jdbc.sql("""
                UPDATE review.reviewer SET specialties = ?, third_party = ?, organisation = ?, active = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(codes(e.specialties()), e.thirdParty(), organisation(e), active, id, version).update();
        if (n == 0) throw ReviewRefusal.state("该评查人信息已被他人修改，请刷新后重试");
        events.publishEvent(Recorded.of("REVIEW_POOL_CHANGED", "REVIEWER", r.staffNo(), changes(e, active)));
        return get(id);
    }

    /** The pool in the person's VIEW_REVIEW scope, by court and staff number. */
    public List<Reviewer> visible() {
        DataScope scope = guard.scope(Action.VIEW_REVIEW);
        return jdbc.sql(SELECT + " WHERE (:all OR p.court_id IN (:courts)) ORDER BY p.court_id, p.id")
                .param("all", scope.all()).param("courts", scope.courtIds().isEmpty() ? Set.of(-1L) : scope.courtIds())
                .query(this::map).list();
    }

    /** Whether this person is a third-party reviewer of the pool: he sees only anonymised material. */
    public boolean thirdParty(Long staffId) {
        return staffId != null && jdbc.sql("SELECT count(*) FROM review.reviewer WHERE staff_id = ? AND third_party")
                .param(staffId).query(Long.class).single() > 0;
    }

    /**
     * 均衡分派: the reviewing court's office lets the platform choose from the pool of that court and the courts under
     * it; the chosen reviewer is assigned as by hand ({@link ReviewDesk#assign}), so the conflict rules are checked again
     * and the trail records the assignment. Nobody left is a 409 naming each reviewer and the rule that excluded him.
     */
    @Transactional
    public Balanced assignBalanced(long reviewId, int version) {
        ReviewDesk.Review r = desk.get(reviewId);
        guard.require(Action.MANAGE_REVIEW, PowerContext.court(r.reviewingCourtId()));
        if (r.status() == ReviewStatus.CONCLUDED) throw ReviewRefusal.state("评查已评定，不能更换评查人");
        CaseView c = cases.find(r.caseNumber()).orElseThrow(() -> ReviewRefusal.notFound(r.caseNumber()));
        Set<Long> courts = organization.courtAndBelow(r.reviewingCourtId());
        List<Reviewer> pool = jdbc.sql(SELECT + " WHERE p.court_id IN (:courts) ORDER BY p.id").param("courts", courts)
                .query(this::map).list();
        Map<Long, StaffView> staff = organization.staff(pool.stream().map(Reviewer::staffId).toList(), LocalDate.now(clock));
        boolean cross = r.selfOrCross() == SelfOrCross.CROSS;
        List<ReviewerChoice.Candidate> candidates = new ArrayList<>();
        for (Reviewer p : pool) {
            StaffView s = staff.get(p.staffId());
            if (s == null) continue; // no longer on the staff list: not a candidate at all
            candidates.add(new ReviewerChoice.Candidate(p.id(), p.staffNo(), p.name(), p.active(), p.specialties(), p.openReviews(),
                    desk.assignment(c, s, cross)));
        }
        ReviewerChoice.Outcome outcome = ReviewerChoice.choose(ReviewerSpecialty.forCategory(c.category()), candidates);
        ReviewerChoice.Candidate chosen = outcome.chosen().orElseThrow(() -> ReviewRefusal.noReviewer(outcome.excluded()));
        return new Balanced(desk.assign(reviewId, version, chosen.staffNo()), outcome.excluded());
    }

    Reviewer get(long id) {
        Reviewer r = jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> ReviewRefusal.notFound("评查人 " + id));
        if (!guard.scope(Action.VIEW_REVIEW).coversCourt(r.courtId())) throw ReviewRefusal.notFound("评查人 " + id);
        return r;
    }

    private static void checkEntry(Entry e, List<FieldError> errors) {
        if (e.specialties() == null || e.specialties().isEmpty()) errors.add(FieldError.of("specialties", "请至少选择一项评查专长"));
        if (e.thirdParty() && (e.organisation() == null || e.organisation().isBlank())) {
            errors.add(FieldError.of("organisation", "第三方评查人须填写所在单位"));
        }
    }

    private static String organisation(Entry e) {
        return e.organisation() == null || e.organisation().isBlank() ? null : e.organisation().strip();
    }

    private static String[] codes(Set<ReviewerSpecialty> specialties) {
        return specialties.stream().map(ReviewerSpecialty::name).sorted().toArray(String[]::new);
    }

    private static Map<String, Object> changes(Entry e, boolean active) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("specialties", String.join("、", e.specialties().stream().map(ReviewerSpecialty::label).sorted().toList()));
        m.put("thirdParty", e.thirdParty());
        if (organisation(e) != null) m.put("organisation", organisation(e));
        m.put("active", active);
        return m;
    }

    private static final String SELECT = """
            SELECT p.*, (SELECT count(*) FROM review.review r WHERE r.reviewer_staff_id = p.staff_id AND r.status = 'ASSIGNED') AS open_reviews
            FROM review.reviewer p""";

    private Reviewer map(ResultSet rs, int n) throws SQLException {
        long staffId = rs.getLong("staff_id");
        StaffView s = organization.staff(staffId, LocalDate.now(clock)).orElse(null);
        long court = rs.getLong("court_id");
        Set<ReviewerSpecialty> specialties = new TreeSet<>();
        Array array = rs.getArray("specialties");
        Arrays.stream((String[]) array.getArray()).map(ReviewerSpecialty::valueOf).forEach(specialties::add);
        return new Reviewer(rs.getLong("id"), staffId, s == null ? "" : s.staffNo(), s == null ? String.valueOf(staffId) : s.name(),
                court, organization.court(court).map(CourtView::name).orElse(String.valueOf(court)), java.util.Collections.unmodifiableSet(specialties),
                rs.getBoolean("third_party"), rs.getString("organisation"), rs.getBoolean("active"),
                rs.getObject("recommended_on", LocalDate.class), rs.getInt("open_reviews"), rs.getInt("version"));
    }
}
