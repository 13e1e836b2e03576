package org.quanze.evaluation;

import org.quanze.shared.DomainException;

/** Refusals of the evaluation module, as problem+json (API) and a Chinese message (UI). */
public final class EvaluationRefusal {

    private EvaluationRefusal() {
    }

    public static DomainException noScheme(Object what) {
        return new DomainException(404, "evaluation.no-scheme", "没有适用的考核方案：" + what, what);
    }

    public static DomainException noRun(long id) {
        return new DomainException(404, "evaluation.no-run", "考核不存在：" + id, id);
    }

    public static DomainException noResult(long id) {
        return new DomainException(404, "evaluation.no-result", "考核结果不存在：" + id, id);
    }

    public static DomainException noObjection(long id) {
        return new DomainException(404, "evaluation.no-objection", "异议不存在：" + id, id);
    }

    public static DomainException unknownCourt(String code) {
        return new DomainException(404, "evaluation.unknown-court", "法院不存在：" + code, code);
    }

    public static DomainException wrongStage(String status, String step) {
        return new DomainException(409, "evaluation.wrong-stage", "考核处于「" + status + "」阶段，不能" + step, status, step);
    }

    public static DomainException notYours() {
        return new DomainException(403, "evaluation.not-yours", "只能对本人的考核结果提出异议");
    }

    public static DomainException openObjections(long count) {
        return new DomainException(409, "evaluation.open-objections", "尚有 " + count + " 件异议未答复，不能锁定", count);
    }

    public static DomainException badInput(String field, String reason) {
        return new DomainException(400, "evaluation.bad-input", reason,
                java.util.List.of(DomainException.FieldError.of(field, reason)), field);
    }

    public static DomainException unknownItem(String code) {
        return new DomainException(404, "evaluation.unknown-item", "考核项目不存在：" + code, code);
    }
}
