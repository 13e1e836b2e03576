package org.quanze.authority.rules;

/** Whom a power-list entry speaks of: everyone, a role (人员类别), a post (职务) or the staff of an office (部门). */
public enum SubjectKind {
    ANYONE("所有人员"), ROLE("人员类别"), POST("职务"), OFFICE("部门");

    private final String label;

    SubjectKind(String label) { this.label = label; }

    public String label() { return label; }
}
