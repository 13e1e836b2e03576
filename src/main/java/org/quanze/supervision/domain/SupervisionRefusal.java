package org.quanze.supervision.domain;

import org.quanze.shared.DomainException;

/** The refusals of this module, each with its message key (i18n/supervision*.properties) and Chinese text. */
public final class SupervisionRefusal extends DomainException {

    private SupervisionRefusal(int status, String code, String message, Object... args) {
        super(status, code, message, args);
    }

    private SupervisionRefusal(int status, String code, String message, java.util.List<FieldError> errors, Object... args) {
        super(status, code, message, errors, args);
    }

    public static SupervisionRefusal notFlagged() {
        return new SupervisionRefusal(409, "supervision.not-four-kinds", "该案未被标记为「四类案件」，院庭长不得对其发表意见或要求报告");
    }

    public static SupervisionRefusal notOnPanel() {
        return new SupervisionRefusal(403, "supervision.not-on-panel", "只有本案审判组织成员可以报告");
    }

    public static SupervisionRefusal leaderOnPanel() {
        return new SupervisionRefusal(409, "supervision.leader-on-panel", "您是本案审判组织成员，应在合议庭评议中发表意见");
    }

    public static SupervisionRefusal mayNotFlag() {
        return new SupervisionRefusal(403, "supervision.may-not-flag", "只有承办法官、审判长或本庭庭长可以标记四类案件");
    }

    public static SupervisionRefusal notFound(String what) {
        return new SupervisionRefusal(404, "supervision.not-found", "「" + what + "」不存在", what);
    }

    /** A record is made in the court of the case or by a court above it, never about another court's case. */
    public static SupervisionRefusal otherCourt() {
        return new SupervisionRefusal(403, "supervision.other-court", "只能记录本院或下级法院案件的干预情况");
    }

    /** A read refused is 403, like every refusal of a power: the quarterly report is for the offices and the president. */
    public static SupervisionRefusal notReporter() {
        return new SupervisionRefusal(403, "supervision.not-reporter", "季度报告由审判管理办公室、监察室或院长查看");
    }

    public static SupervisionRefusal invalid(String field, String reason) {
        return new SupervisionRefusal(422, "supervision.invalid", reason, java.util.List.of(FieldError.of(field, reason)),
                field, reason);
    }

    /** Several wrong fields at once, so a form marks each of them; the message is the first reason. */
    public static SupervisionRefusal invalid(java.util.List<FieldError> errors) {
        FieldError first = errors.get(0);
        return new SupervisionRefusal(422, "supervision.invalid", first.reason(), errors, first.field(), first.reason());
    }

    public static SupervisionRefusal permanent() {
        return new SupervisionRefusal(409, "supervision.permanent", "干预司法记录永久保存，不能修改或删除；如需更正，请新增一条更正记录");
    }

    public static SupervisionRefusal closed() {
        return new SupervisionRefusal(409, "supervision.closed", "该申请已办结");
    }
}
