package org.quanze.accountability.domain;

import java.util.List;
import org.quanze.shared.DomainException;

/** The refusals of this module, each with its message key (i18n/accountability*.properties) and Chinese text. */
public final class AccountabilityRefusal extends DomainException {

    private AccountabilityRefusal(int status, String code, String message, List<FieldError> errors, Object... args) {
        super(status, code, message, errors, args);
    }

    /** 409: the step would skip a right of the judge; names the right, its article and the subject. */
    public static AccountabilityRefusal rightNotRespected(Right right, String subject, String field) {
        String text = "须先保障当事人「" + subject + "」的" + right.label() + "（" + right.article() + "）";
        return new AccountabilityRefusal(409, "accountability.right", text, List.of(FieldError.of(field, text)),
                right.label(), right.article(), subject);
    }

    /** 409: a rule of the procedure refuses the step; names the rule. */
    public static AccountabilityRefusal rule(String rule, String text, String field) {
        String message = text + "（" + rule + "）";
        return new AccountabilityRefusal(409, "accountability.rule", message, List.of(FieldError.of(field, message)), text, rule);
    }

    public static AccountabilityRefusal stage(Stage now, String step) {
        return new AccountabilityRefusal(409, "accountability.stage", "程序处于「" + now.label() + "」，不能" + step,
                List.of(FieldError.of("stage", now.name())), now.label(), step);
    }

    public static AccountabilityRefusal invalid(String field, String reason) {
        return new AccountabilityRefusal(422, "accountability.invalid", reason, List.of(FieldError.of(field, reason)), field, reason);
    }

    public static AccountabilityRefusal notFound(String what) {
        return new AccountabilityRefusal(404, "accountability.not-found", "「" + what + "」不存在", List.of(), what);
    }

    /** 403: outside the circle of a confidential proceeding (supervision office, committee, president, the judge concerned). */
    public static AccountabilityRefusal outsideCircle() {
        return new AccountabilityRefusal(403, "accountability.confidential",
                "审判责任追究程序保密，仅监察室、惩戒委员会委员、院长和当事法官可以查看", List.of());
    }

    public static AccountabilityRefusal notSubject() {
        return new AccountabilityRefusal(403, "accountability.not-subject", "只有当事人本人可以行使该项权利", List.of());
    }

    public static AccountabilityRefusal stale() {
        return new AccountabilityRefusal(409, "accountability.stale", "数据已被他人修改，请刷新后重试", List.of());
    }

    static void requireText(String text, String field, String what) {
        if (text == null || text.isBlank()) throw invalid(field, "请填写" + what);
    }
}
