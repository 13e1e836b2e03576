package org.quanze.authority.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.quanze.authority.Action;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.DomainException;
import org.quanze.shared.Post;
import org.quanze.shared.Role;

/** A power-list entry as submitted by the form or the API; texts bounded so the printed list stays readable. */
public record RuleForm(
        @NotBlank @Size(max = 20) String code,
        @NotNull PowerRule.Kind kind,
        @NotNull SubjectKind subjectKind,
        String subjectCode,
        @NotNull Action action,
        Condition condition,
        @NotBlank @Size(max = 500) String description,
        @Size(max = 300) String source,
        Boolean active) {

    /** The form showing an entry as it is, to be changed. */
    public static RuleForm of(PowerRule rule) {
        return new RuleForm(rule.code(), rule.kind(), rule.subjectKind(), rule.subjectCode(), rule.action(), rule.condition(),
                rule.description(), rule.source(), rule.active());
    }

    PowerRule toRule(int version) {
        String subject = subjectCode == null ? "" : subjectCode.trim();
        try {
            switch (subjectKind) {
                case ANYONE -> subject = "";
                case ROLE -> Role.valueOf(subject);
                case POST -> Post.valueOf(subject);
                case OFFICE -> DepartmentKind.valueOf(subject);
            }
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "power.subject", "主体「" + subject + "」不是有效的" + subjectKind.label(),
                    java.util.List.of(DomainException.FieldError.of("subjectCode", "不是有效的" + subjectKind.label())),
                    subject);
        }
        return new PowerRule(0, code.trim(), kind, subjectKind, subject, action,
                condition == null ? Condition.ALWAYS : condition, description.trim(), source == null ? "" : source.trim(),
                active == null || active, version);
    }
}
