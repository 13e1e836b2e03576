package org.quanze.casefile.domain;

import java.util.Arrays;

/**
 * 审理程序 — the procedure a case is tried under; it selects the 审限 rule.
 * The first eight values are the litigation procedures of the three procedure laws; the last four exist
 * because 民督, 民破, 法赔/委赔 and 司救 cases run under none of those and must not be mislabelled.
 */
public enum Procedure {
    /** 普通程序 — 民事诉讼法 第十二章; 刑事诉讼法 第三编第二章; 行政诉讼法 第七章第二节. */
    ORDINARY("普通程序"),
    /** 简易程序 — 民事诉讼法 第160条起; 刑事诉讼法 第214条起; 行政诉讼法 第82条起. */
    SIMPLE("简易程序"),
    /** 小额诉讼程序 — 民事诉讼法 第165条. */
    SMALL_CLAIMS("小额诉讼程序"),
    /** 速裁程序 — 刑事诉讼法 第222条. */
    FAST_TRACK("速裁程序"),
    /** 特别程序 — 民事诉讼法 第十五章. */
    SPECIAL("特别程序"),
    /** 第二审程序. */
    SECOND_INSTANCE("第二审程序"),
    /** 审判监督程序 (再审审查与再审). */
    TRIAL_SUPERVISION("审判监督程序"),
    /** 执行程序. */
    ENFORCEMENT("执行程序"),
    /** 督促程序 — 民事诉讼法 第十七章. */
    PAYMENT_ORDER("督促程序"),
    /** 破产程序 — 企业破产法. */
    BANKRUPTCY("破产程序"),
    /** 国家赔偿程序 — 国家赔偿法 (法院赔偿义务机关、赔偿委员会). */
    STATE_COMPENSATION("国家赔偿程序"),
    /** 司法救助程序. */
    JUDICIAL_AID("司法救助程序");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    /** The Chinese name, as written in judgments and on the case cover. */
    public String label() {
        return label;
    }

    /** Reads a procedure from its Chinese name; refuses anything else rather than guessing. */
    public static Procedure fromLabel(String label) {
        return Arrays.stream(values())
                .filter(p -> p.label.equals(label == null ? null : label.strip()))
                .findFirst()
                .orElseThrow(() -> Refusals.invalid("procedure.unknown", "procedure",
                        "未知的审理程序：" + label, label));
    }

    /** 一审终审 — a small-claims judgment cannot be appealed (民事诉讼法 第165条). */
    public boolean finalAtFirstInstance() {
        return this == SMALL_CLAIMS;
    }

    /**
     * The procedures a first-instance case may be converted between (程序转换): civil 普通、简易、小额诉讼 (民诉解释 第258条、
     * 第280条), criminal 普通、简易、速裁 (刑诉解释 第368条、第375条), administrative 普通、简易 (行诉解释 第105条). Other
     * cases have one procedure and none to change to.
     */
    public static java.util.List<Procedure> conversionsFor(CaseType type) {
        if (type.instance() != Instance.FIRST) return java.util.List.of();
        return switch (type.category()) {
            case CIVIL -> java.util.List.of(ORDINARY, SIMPLE, SMALL_CLAIMS);
            case CRIMINAL -> java.util.List.of(ORDINARY, SIMPLE, FAST_TRACK);
            case ADMINISTRATIVE -> java.util.List.of(ORDINARY, SIMPLE);
            default -> java.util.List.of();
        };
    }
}
