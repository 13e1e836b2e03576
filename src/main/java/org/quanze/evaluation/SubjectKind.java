package org.quanze.evaluation;

/** Who a scheme evaluates: 员额法官, 法官助理, 审判部门 or 中级法院. */
public enum SubjectKind {
    JUDGE("员额法官"), ASSISTANT("法官助理"), DEPARTMENT("审判部门"), INTERMEDIATE_COURT("中级法院");

    private final String label;

    SubjectKind(String label) { this.label = label; }

    public String label() { return label; }
}
