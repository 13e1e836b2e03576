package org.quanze.organization;

import java.util.Set;

/** 审判团队 — a trial team as other modules see it: its court, division and members (staff ids). */
public record TeamView(long id, long courtId, Long departmentId, String name, Set<Long> members) {
}
