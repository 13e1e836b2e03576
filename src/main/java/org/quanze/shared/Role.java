package org.quanze.shared;

/**
 * 人员类别 — the role a staff member holds. Only 员额法官 hear cases (法官法 第25条, 员额制).
 * {@code ADMINISTRATIVE} is 司法行政人员 (审管办, 监察室 staff who are not judges).
 */
public enum Role implements Labelled {
    QUOTA_JUDGE("员额法官"),
    JUDICIAL_ASSISTANT("法官助理"),
    CLERK("书记员"),
    PEOPLE_ASSESSOR("人民陪审员"),
    ADMINISTRATIVE("司法行政人员"),
    ADMINISTRATOR("系统管理员");

    private final String label;

    Role(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static Role fromLabel(String text) {
        return Labelled.fromLabel(Role.class, text);
    }
}
