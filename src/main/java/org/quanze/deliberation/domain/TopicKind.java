package org.quanze.deliberation.domain;

/**
 * What an agenda item is: a case, or one of the committee's non-case functions — 总结审判工作经验, 类案指导,
 * 参考性案例 (人民法院组织法 第37条).
 */
public enum TopicKind {
    CASE("案件"),
    EXPERIENCE("总结审判经验"),
    CLASS_GUIDANCE("类案指导"),
    REFERENCE_CASE("参考性案例");

    private final String label;

    TopicKind(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isCase() { return this == CASE; }
}
