package org.quanze.review.web;

import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Actor;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.review.internal.ReviewDesk;
import org.quanze.review.internal.RoutineChecks;
import org.springframework.stereotype.Component;

/**
 * The workbench's review lists: reviews the person is to carry out, review reports on his cases to answer, and
 * routine-check findings on his cases to fix or answer.
 */
@Component
class ReviewPanel implements WorkbenchPanel {

    private final ReviewDesk desk;
    private final RoutineChecks routine;

    ReviewPanel(ReviewDesk desk, RoutineChecks routine) {
        this.desk = desk;
        this.routine = routine;
    }

    @Override
    public int order() { return 65; }

    @Override
    public String template() { return "review/workbench"; }

    @Override
    public Optional<Map<String, Object>> data(Actor actor) {
        ReviewDesk.Desk d = desk.desk(actor);
        var findings = routine.openFor(actor);
        if (d.toReview().isEmpty() && d.toAnswer().isEmpty() && findings.isEmpty()) return Optional.empty();
        return Optional.of(Map.of("toReview", d.toReview(), "toAnswer", d.toAnswer(), "findings", findings));
    }
}
