package org.quanze.supervision.domain;

/**
 * What a court leader may do with a four-kinds case — and nothing else: ask for a report of progress and deliberation,
 * give an opinion on the record, or refer the case to a professional judges' meeting or the committee. The panel's own
 * report back is also an action. Changing the panel's decision is not among them (法发〔2015〕13号 第24条; power list N-07).
 */
public enum SupervisionActionKind {
    REQUEST_REPORT("要求报告案件进展和评议结果", true),
    OPINION("提出监督管理意见", true),
    REFER_PROFESSIONAL_MEETING("提交专业法官会议讨论", true),
    REFER_COMMITTEE("按程序提请审判委员会讨论", true),
    PANEL_REPORT("审判组织报告", false);

    private final String label;
    private final boolean byLeader;

    SupervisionActionKind(String label, boolean byLeader) {
        this.label = label;
        this.byLeader = byLeader;
    }

    public String label() { return label; }

    public boolean byLeader() { return byLeader; }
}
