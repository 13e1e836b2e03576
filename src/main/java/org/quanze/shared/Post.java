package org.quanze.shared;

import java.util.Set;

/** 职务 — posts a staff member may hold besides the role; one person may hold several. */
public enum Post implements Labelled {
    PRESIDENT("院长"),
    VICE_PRESIDENT("副院长"),
    DIVISION_CHIEF("庭长"),
    DEPUTY_DIVISION_CHIEF("副庭长"),
    COMMITTEE_MEMBER("审判委员会委员"),
    FULL_TIME_COMMITTEE_MEMBER("专职委员"),
    PROCEDURE_DIVERTER("程序分流员"),
    REVIEW_EXPERT("评查专家");

    /** 院庭长 — court leaders: presidents, vice-presidents, division chiefs and their deputies. */
    public static final Set<Post> LEADERS = Set.of(PRESIDENT, VICE_PRESIDENT, DIVISION_CHIEF, DEPUTY_DIVISION_CHIEF);

    private final String label;

    Post(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    public static Post fromLabel(String text) {
        return Labelled.fromLabel(Post.class, text);
    }
}
