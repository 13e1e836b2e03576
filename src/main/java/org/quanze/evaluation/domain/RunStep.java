package org.quanze.evaluation.domain;

/**
 * The steps taken on a run, each allowed in one stage only, and the stage it leads to (itself when it does not move
 * the run): scores are entered into the computed draft; the draft is published (公示); the person evaluated objects
 * and the 审管办 answers while it is published (复核, 法官法 第43条); it is locked once every objection is answered.
 */
public enum RunStep {
    ENTER_SCORE("录入分值", RunStatus.COMPUTED, RunStatus.COMPUTED),
    PUBLISH("公示", RunStatus.COMPUTED, RunStatus.PUBLISHED),
    OBJECT("提出异议", RunStatus.PUBLISHED, RunStatus.PUBLISHED),
    ANSWER("答复异议", RunStatus.PUBLISHED, RunStatus.PUBLISHED),
    LOCK("锁定", RunStatus.PUBLISHED, RunStatus.LOCKED);

    private final String label;
    private final RunStatus from;
    private final RunStatus to;

    RunStep(String label, RunStatus from, RunStatus to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** The step as the refusal names it (考核处于「…」阶段，不能<label>). */
    public String label() {
        return label;
    }

    public boolean allowedIn(RunStatus status) {
        return status == from;
    }

    public RunStatus leadsTo() {
        return to;
    }
}
