package org.quanze.shared;

/** 庭室类别 — what a department does; the power list can grant to everyone working in an office of a kind. */
public enum DepartmentKind {
    FILING("立案庭"),
    CIVIL("民事审判庭"),
    CRIMINAL("刑事审判庭"),
    ADMINISTRATIVE("行政审判庭"),
    ENFORCEMENT("执行局"),
    TRIAL_SUPERVISION("审判监督庭"),
    TRIAL_MANAGEMENT("审判管理办公室"),
    SUPERVISION("监察室"),
    OTHER("其他");

    private final String label;

    DepartmentKind(String label) { this.label = label; }

    public String label() { return label; }

    /** Guesses the kind from a department's Chinese name, as court rosters name them. */
    public static DepartmentKind fromName(String name) {
        if (name.contains("立案")) return FILING;
        if (name.contains("审判管理") || name.contains("审管")) return TRIAL_MANAGEMENT;
        if (name.contains("监察") || name.contains("督察")) return SUPERVISION;
        if (name.contains("审判监督") || name.contains("审监")) return TRIAL_SUPERVISION;
        if (name.contains("执行")) return ENFORCEMENT;
        if (name.contains("刑")) return CRIMINAL;
        if (name.contains("行政") || name.contains("赔偿")) return ADMINISTRATIVE;
        if (name.contains("民") || name.contains("商") || name.contains("知识产权") || name.contains("人民法庭")) return CIVIL;
        return OTHER;
    }
}
