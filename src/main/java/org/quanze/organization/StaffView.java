package org.quanze.organization;

import java.util.Set;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.Role;

/**
 * A staff member as other modules see them; {@code inQuota} is as of the date asked for; {@code officePhone} (办公电话)
 * is null when none is recorded.
 */
public record StaffView(long id, String staffNo, String name, long courtId, String courtCode, Long departmentId,
        String departmentName, DepartmentKind departmentKind, Role role, Set<Post> posts, boolean inQuota, String officePhone) {
}
