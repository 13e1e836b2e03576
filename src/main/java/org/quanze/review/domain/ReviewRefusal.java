package org.quanze.review.domain;

import java.util.List;
import org.quanze.shared.DomainException;

/** The refusals of the review module, each with its message key (i18n/review*.properties, {@code error.<code>}). */
public final class ReviewRefusal extends DomainException {

    private ReviewRefusal(int status, String code, String message, List<FieldError> errors, Object... args) {
        super(status, code, message, errors, args);
    }

    public static ReviewRefusal notFound(String what) {
        return new ReviewRefusal(404, "review.not-found", "「" + what + "」不存在", List.of(), what);
    }

    /** A conflict rule refused the reviewer; the rule's code and text are the message. */
    public static ReviewRefusal conflict(ConflictRule rule) {
        String text = rule.code() + " " + rule.description();
        return new ReviewRefusal(409, "review.conflict", text, List.of(FieldError.of("reviewer", text)), text);
    }

    /** The balanced choice found nobody: every reviewer of the pool is named with the rule that excluded him. */
    public static ReviewRefusal noReviewer(List<ReviewerChoice.Excluded> excluded) {
        String why = excluded.isEmpty() ? "评查人才库中没有本院及下级法院推荐的评查人"
                : "评查人才库中没有可分派的评查人：" + String.join("；", excluded.stream()
                        .map(e -> e.candidate().name() + "（" + e.rule() + "）").toList());
        return new ReviewRefusal(409, "review.no-reviewer", why, List.of(FieldError.of("reviewer", why)), why);
    }

    public static ReviewRefusal state(String reason) {
        return new ReviewRefusal(409, "review.state", reason, List.of(), reason);
    }

    public static ReviewRefusal notYours(String reason) {
        return new ReviewRefusal(403, "review.not-yours", reason, List.of(), reason);
    }

    public static ReviewRefusal invalid(String field, String reason) {
        return new ReviewRefusal(422, "review.invalid", reason, List.of(FieldError.of(field, reason)), reason);
    }

    /** Several wrong fields at once, so a form marks each of them; the message is the first reason. */
    public static ReviewRefusal invalid(List<FieldError> errors) {
        return new ReviewRefusal(422, "review.invalid", errors.get(0).reason(), errors, errors.get(0).reason());
    }

    /** Every bad row of an import at once. */
    public static ReviewRefusal badRows(List<FieldError> errors) {
        String message = "台账有 " + errors.size() + " 处错误，未导入任何记录";
        return new ReviewRefusal(422, "review.import.rows", message, errors, errors.size());
    }
}
