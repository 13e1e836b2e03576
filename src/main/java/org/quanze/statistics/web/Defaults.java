package org.quanze.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.organization.CourtView;
import org.quanze.organization.Organization;
import org.springframework.stereotype.Component;

/** What a question leaves out: the person's own court (the top court for the administrator), this year to date. */
@Component
class Defaults {

    private final CurrentActor current;
    private final Organization organization;
    private final Clock clock;

    Defaults(CurrentActor current, Organization organization, Clock clock) {
        this.current = current;
        this.organization = organization;
        this.clock = clock;
    }

    String court(String asked) {
        if (asked != null && !asked.isBlank()) return asked.trim();
        Actor me = current.get();
        if (me.courtCode() != null) return me.courtCode();
        return organization.courts().stream().filter(c -> c.parentId() == null).map(CourtView::code).sorted()
                .findFirst().orElse("");
    }

    /** The court that issues a report: the asking person's own, or the court reported on when they have none. */
    String issuer(org.quanze.statistics.Statistics.Scope scope) {
        String own = current.get().courtCode();
        if (own == null) return scope.court().name();
        return organization.court(own).map(CourtView::name).orElse(scope.court().name());
    }

    LocalDate from(LocalDate asked) {
        return asked != null ? asked : LocalDate.now(clock).withDayOfYear(1);
    }

    LocalDate to(LocalDate asked) {
        return asked != null ? asked : LocalDate.now(clock);
    }
}
