package org.quanze.organization.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.quanze.authority.Actor;
import org.quanze.authority.ActorDirectory;
import org.quanze.organization.StaffView;
import org.springframework.stereotype.Component;

/** Tells the power list who a staff member is today: role, posts, office, court subtree, team and quota. */
@Component
class StaffDirectory implements ActorDirectory {

    private final OrganizationStore store;

    StaffDirectory(OrganizationStore store) {
        this.store = store;
    }

    @Override
    public Optional<Actor> actorFor(String username, long staffId, LocalDate on) {
        return store.staff(staffId, on).map(s -> actor(username, s));
    }

    @Override
    public Optional<Long> staffIdByNumber(String staffNo) {
        return store.staff(staffNo, LocalDate.now()).map(StaffView::id);
    }

    private Actor actor(String username, StaffView s) {
        String courtName = store.court(s.courtId()).map(c -> c.name()).orElse(null);
        Set<Long> mates = store.teamMates(s.id());
        return new Actor(username, s.id(), s.staffNo(), s.name(), s.role(), s.posts(), s.departmentKind(), s.courtId(),
                s.courtCode(), courtName, s.departmentId(), s.departmentName(), mates, store.subtree(s.courtId()),
                s.inQuota());
    }
}
