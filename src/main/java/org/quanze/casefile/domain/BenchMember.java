package org.quanze.casefile.domain;

import java.util.Set;
import org.quanze.shared.Post;

/**
 * A member of the trial organisation (审判组织): 审判长 (PRESIDING), 承办法官 (HANDLING), 合议庭成员 (MEMBER) or 人民陪审员
 * (ASSESSOR); {@code presiding} also for a handling judge who presides (承办法官兼任审判长). {@code posts} are the
 * person's posts (院长, 庭长 …), which decide who must preside (人民法院组织法 第30条).
 */
public record BenchMember(long staffId, String staffNo, String name, Role role, boolean presiding, Set<Post> posts) {

    public enum Role { PRESIDING, HANDLING, MEMBER, ASSESSOR }

    public BenchMember {
        posts = posts == null ? Set.of() : Set.copyOf(posts);
    }

    /** As the trail has always written a member: 张三(MEMBER), a presiding handling judge 张三(HANDLING)(PRESIDING). */
    public String trailLabel() {
        return name + "(" + role + ")" + (presiding && role != Role.PRESIDING ? "(PRESIDING)" : "");
    }
}
