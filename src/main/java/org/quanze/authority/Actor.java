package org.quanze.authority;

import java.util.Set;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.Role;

/**
 * The signed-in person as the power list sees them: role, posts, office, court and team, on today's date.
 *
 * @param staffId        null only for the built-in administrator
 * @param teamMateIds    staff in the same trial team(s) (审判团队), the person included
 * @param courtSubtreeIds the person's court and every court below it (an upper court sees its lower courts' figures)
 * @param inQuota        holds a quota (员额) term covering today
 * @param suspendedFromDuty 暂停履行职务 or 停职 today (法官法 第47条), as a {@link DutySuspensions} module records it
 */
public record Actor(
        String username,
        Long staffId,
        String staffNo,
        String name,
        Role role,
        Set<Post> posts,
        DepartmentKind office,
        Long courtId,
        String courtCode,
        String courtName,
        Long departmentId,
        String departmentName,
        Set<Long> teamMateIds,
        Set<Long> courtSubtreeIds,
        boolean inQuota,
        boolean suspendedFromDuty) {

    /** A person not suspended from duty (the suspension is added by the power guard when an entry asks for it). */
    public Actor(String username, Long staffId, String staffNo, String name, Role role, Set<Post> posts, DepartmentKind office,
            Long courtId, String courtCode, String courtName, Long departmentId, String departmentName, Set<Long> teamMateIds,
            Set<Long> courtSubtreeIds, boolean inQuota) {
        this(username, staffId, staffNo, name, role, posts, office, courtId, courtCode, courtName, departmentId, departmentName,
                teamMateIds, courtSubtreeIds, inQuota, false);
    }

    public Actor {
        // in the posts' rank order (院长 before 审判委员会委员), wherever they are listed
        posts = posts.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(posts));
        teamMateIds = Set.copyOf(teamMateIds);
        courtSubtreeIds = Set.copyOf(courtSubtreeIds);
    }

    public static Actor administrator(String username) {
        return new Actor(username, null, null, "系统管理员", Role.ADMINISTRATOR, Set.of(), null, null, null, null,
                null, null, Set.of(), Set.of(), false);
    }

    public Actor suspended() {
        return new Actor(username, staffId, staffNo, name, role, posts, office, courtId, courtCode, courtName, departmentId,
                departmentName, teamMateIds, courtSubtreeIds, inQuota, true);
    }

    public boolean holds(Post post) { return posts.contains(post); }

    public boolean administrator() { return role == Role.ADMINISTRATOR; }

    /** Posts as the trail records them, e.g. "庭长;审判委员会委员". */
    public String postLabels() {
        return posts.stream().map(Post::label).sorted().reduce((a, b) -> a + ";" + b).orElse(role.label());
    }
}
