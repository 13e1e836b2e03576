package org.quanze.casefile.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 结案方式 — how a case ended, as the closing form offers it and as the case file stores it (its Chinese label, which
 * statistics and the history import read).
 */
public enum CloseMethod {
    JUDGMENT("判决"),
    MEDIATION("调解"),
    WITHDRAWAL("撤诉"),
    DISMISSAL("驳回起诉"),
    WITHDRAWAL_PERMITTED("准予撤回"),
    TRANSFER("移送"),
    TERMINATION("终结"),
    RULING("裁定"),
    NOT_ACCEPTED("不予受理"),
    AFFIRMED("维持"),
    REVERSED("改判"),
    REMANDED("发回重审"),
    RETRIAL_ORDERED("指令再审"),
    ENFORCED("执行完毕"),
    ENFORCEMENT_ENDED_THIS_ROUND("终结本次执行"),
    OTHER("其他");

    private final String label;

    CloseMethod(String label) {
        this.label = label;
    }

    /** The Chinese name, as stored and shown. */
    public String label() {
        return label;
    }

    public static Optional<CloseMethod> fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label == null ? null : label.strip())).findFirst();
    }

    /** The method a stored label names, or null (a label an old system exported that is not one of these). */
    public static CloseMethod ofLabel(String label) {
        return fromLabel(label).orElse(null);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(CloseMethod::label).toList();
    }
}
