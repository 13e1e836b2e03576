package org.quanze.authority.rules;

import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.Role;

/**
 * One entry of the power list: a grant (正面清单, may) or a prohibition (负面清单, may not) of an action to a subject,
 * under a condition, with the source it comes from.
 */
public record PowerRule(
        long id,
        String code,
        Kind kind,
        SubjectKind subjectKind,
        String subjectCode,
        Action action,
        Condition condition,
        String description,
        String source,
        boolean active,
        int version) {

    /** 正面清单 / 负面清单. */
    public enum Kind {
        GRANT("可以"), PROHIBITION("不得");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    public boolean speaksOf(Actor actor) {
        return switch (subjectKind) {
            case ANYONE -> actor.role() != Role.ADMINISTRATOR;
            case ROLE -> actor.role().name().equals(subjectCode);
            case POST -> actor.posts().stream().anyMatch(p -> p.name().equals(subjectCode));
            case OFFICE -> actor.office() != null && actor.office().name().equals(subjectCode);
        };
    }

    /** The subject as a constant, for pages to label in the reader's language ({@code @labels.of}). */
    public Enum<?> subject() {
        return switch (subjectKind) {
            case ANYONE -> SubjectKind.ANYONE;
            case ROLE -> Role.valueOf(subjectCode);
            case POST -> Post.valueOf(subjectCode);
            case OFFICE -> DepartmentKind.valueOf(subjectCode);
        };
    }

    /** The subject in Chinese, e.g. "职务：庭长". */
    public String subjectLabel() {
        return switch (subjectKind) {
            case ANYONE -> SubjectKind.ANYONE.label();
            case ROLE -> Role.valueOf(subjectCode).label();
            case POST -> Post.valueOf(subjectCode).label();
            case OFFICE -> DepartmentKind.valueOf(subjectCode).label();
        };
    }
}
