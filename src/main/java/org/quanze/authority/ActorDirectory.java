package org.quanze.authority;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the power list learns who a staff member is. Implemented by the organisation module, so that authority
 * needs nothing from it and organisation may still ask authority for permission.
 */
public interface ActorDirectory {

    /** The staff member's role, posts, court, department, team and quota status on a date. */
    Optional<Actor> actorFor(String username, long staffId, LocalDate on);

    Optional<Long> staffIdByNumber(String staffNo);
}
