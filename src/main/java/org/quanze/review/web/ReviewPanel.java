package org.quanze.review.web;

import java.util.Map;
import java.util.Optional;
import org.quanze.authority.Actor;
import org.quanze.authority.WorkbenchPanel;
import org.quanze.review.internal.ReviewDesk;
import org.springframework.stereotype.Component;

/** The workbench's review lists: reviews the person is to carry out, and review reports on his cases to answer. */
@Component
class ReviewPanel implements WorkbenchPanel {

    private final ReviewDesk desk;

    ReviewPanel(ReviewDesk desk) {
        this.desk = desk;
    }

    @Override
    public int order() { return 65; }

    @Override
    public String template() { return "review/workbench"; }

    @Override
    public Optional<Map<String, Object>> data(Actor actor) {
        ReviewDesk.Desk d = desk.desk(actor);
        if (d.toReview().isEmpty() && d.toAnswer().isEmpty()) return Optional.empty();
        return Optional.of(Map.of("toReview", d.toReview(), "toAnswer", d.toAnswer()));
    }
}
