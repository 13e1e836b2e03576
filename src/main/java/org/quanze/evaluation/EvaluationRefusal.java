package org.quanze.evaluation;

import java.util.List;
import org.quanze.shared.DomainException;

/**
 * Refusals of the evaluation module, as problem+json (API) and a Chinese message (UI); the messages are
 * {@code error.<code>} in {@code i18n/evaluation*.properties}. Numbers are passed as text so that a message never
 * prints an id with a thousands separator.
 */
public final class EvaluationRefusal {

    private EvaluationRefusal() {
    }

    public static DomainException noScheme(Object what) {
        return new DomainException(404, "evaluation.no-scheme", "没有适用的考核方案：" + what, String.valueOf(what));
    }

    /** A year without its own scheme of that kind; {@code newest} is the year of the newest one, to copy. */
    public static DomainException noSchemeForYear(SubjectKind kind, int year, Integer newest) {
        String copy = newest == null ? "" : "，可将最新的 " + newest + " 年度方案复制为该年度方案";
        return new DomainException(404, "evaluation.no-scheme-for-year", year + " 年度没有" + kind.label() + "考核方案" + copy,
                String.valueOf(year), kind.label(), newest == null ? "" : String.valueOf(newest));
    }

    public static DomainException noRun(long id) {
        return new DomainException(404, "evaluation.no-run", "考核不存在：" + id, String.valueOf(id));
    }

    public static DomainException noResult(long id) {
        return new DomainException(404, "evaluation.no-result", "考核结果不存在：" + id, String.valueOf(id));
    }

    public static DomainException noObjection(long id) {
        return new DomainException(404, "evaluation.no-objection", "异议不存在：" + id, String.valueOf(id));
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
        return new DomainException(409, "evaluation.open-objections", "尚有 " + count + " 件异议未答复，不能锁定",
                String.valueOf(count));
    }

    public static DomainException badInput(String field, String reason) {
        return new DomainException(400, "evaluation.bad-input", reason, List.of(DomainException.FieldError.of(field, reason)),
                reason);
    }

    public static DomainException unknownItem(String code) {
        return new DomainException(404, "evaluation.unknown-item", "考核项目不存在：" + code, code);
    }

    /** A scheme item the office entered cannot be used: the field at fault and why. */
    public static DomainException invalidItem(String field, String reason) {
        return new DomainException(422, "evaluation.invalid-item", reason, List.of(DomainException.FieldError.of(field, reason)),
                reason);
    }

    /** The run changed since the person read it (published, locked, a score entered or an objection answered). */
    public static DomainException staleRun(long id, int seen, int current) {
        return new DomainException(409, "evaluation.stale-run", "考核批次 #" + id + " 已被他人修改：您看到的是第 " + seen
                + " 版，现为第 " + current + " 版，请刷新后重试", String.valueOf(id), String.valueOf(seen), String.valueOf(current));
    }

    /** The result changed since the person read it (a score entered or an objection answered). */
    public static DomainException staleResult(long id, int seen, int current) {
        return new DomainException(409, "evaluation.stale-result", "考核结果 #" + id + " 已被他人修改：您看到的是第 " + seen
                + " 版，现为第 " + current + " 版，请刷新后重试", String.valueOf(id), String.valueOf(seen), String.valueOf(current));
    }

    /** A later version of the scheme's year exists than the one the person edited. */
    public static DomainException staleScheme(String scheme, int seen, int current) {
        return new DomainException(409, "evaluation.stale-scheme", scheme + "已被他人修改：您看到的是第 " + seen + " 版，现为第 "
                + current + " 版，请刷新后重试", scheme, String.valueOf(seen), String.valueOf(current));
    }

    /** The scheme's year has a locked (archived) evaluation: its rules may no longer change. */
    public static DomainException schemeLocked(String scheme, String lockedRun) {
        return new DomainException(409, "evaluation.scheme-locked", scheme + "已用于已锁定归档的考核（" + lockedRun
                + "），不能再修改，以免改变已归档年度的评分规则；请复制为新年度方案后修改", scheme, lockedRun);
    }

    /** A new year's scheme may not be created where one exists, nor for a year already evaluated and locked. */
    public static DomainException yearTaken(String kind, int year, String why) {
        return new DomainException(409, "evaluation.year-taken", kind + "不能建立 " + year + " 年度方案：" + why, kind,
                String.valueOf(year), why);
    }

    /** Schemes apply to every court; only the high court's 审管办 sets them. */
    public static DomainException notProvinceOffice() {
        return new DomainException(403, "evaluation.not-province-office", "考核方案由高级人民法院审判管理办公室制定和修改");
    }
}
