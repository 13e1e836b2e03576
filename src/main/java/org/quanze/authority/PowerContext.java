package org.quanze.authority;

import java.util.List;
import java.util.Set;

/**
 * What the power list needs to know about the thing acted upon. For case actions: the case's court and department,
 * its handling judge, the members of its trial organisation and whether the adjudication committee decided it.
 * For court-level actions (statistics, organisation) only {@code courtId}.
 */
public record PowerContext(
        Long courtId,
        Long departmentId,
        Long handlerStaffId,
        Set<Long> trialOrganisation,
        boolean committeeDecided) {

    public static final PowerContext NONE = new PowerContext(null, null, null, Set.of(), false);

    public PowerContext {
        trialOrganisation = trialOrganisation == null ? Set.of() : Set.copyOf(trialOrganisation);
    }

    public static PowerContext court(Long courtId) {
        return new PowerContext(courtId, null, null, Set.of(), false);
    }

    public static PowerContext ofCase(Long courtId, Long departmentId, Long handlerStaffId, List<Long> trialOrganisation,
            boolean committeeDecided) {
        return new PowerContext(courtId, departmentId, handlerStaffId, Set.copyOf(trialOrganisation), committeeDecided);
    }
}
