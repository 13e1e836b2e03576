package org.quanze.evaluation.domain;

import org.quanze.evaluation.EvaluationRefusal;

/**
 * 考核批次 — one evaluation of a court's year under one scheme version, as an aggregate guarding its own life
 * ({@link RunStep}): every step is refused outside its stage, and the steps that move the run (publish, lock) are taken
 * on the version the person saw, so that of two offices acting on the same run the second is told (409) instead of
 * acting on a run changed meanwhile. The results and their items are saved with it when computed and changed by the
 * steps; a moved run is saved with the version check ({@code row_version}).
 */
public record EvaluationRun(long id, long courtId, String courtCode, int year, long schemeId, RunStatus status, int version) {

    /** Refuses a step outside its stage (409 {@code evaluation.wrong-stage}). */
    public void check(RunStep step) {
        if (!step.allowedIn(status)) throw EvaluationRefusal.wrongStage(status.name(), step.label());
    }

    /** Refuses acting on a run someone changed since the person read it (409 {@code evaluation.stale-run}). */
    public void seen(int seenVersion) {
        if (version != seenVersion) throw EvaluationRefusal.staleRun(id, seenVersion, version);
    }

    /** 公示 the computed draft, as the person saw it: the run with its new stage and version. */
    public EvaluationRun publish(int seenVersion) {
        return move(RunStep.PUBLISH, seenVersion);
    }

    /** Locks the published run, as the person saw it, once no objection is left unanswered. */
    public EvaluationRun lock(int seenVersion, long openObjections) {
        EvaluationRun locked = move(RunStep.LOCK, seenVersion);
        if (openObjections > 0) throw EvaluationRefusal.openObjections(openObjections);
        return locked;
    }

    private EvaluationRun move(RunStep step, int seenVersion) {
        seen(seenVersion);
        check(step);
        return new EvaluationRun(id, courtId, courtCode, year, schemeId, step.leadsTo(), version + 1);
    }
}
