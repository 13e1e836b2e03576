package org.quanze.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.shared.DomainException;

/**
 * The life of an evaluation run (法官法 第43条: the person evaluated may ask for review of the result, so objections are
 * taken and answered while the draft is published, before it is locked into the 考核档案): each step in each stage.
 */
class EvaluationRunTests {

    private static EvaluationRun run(RunStatus status, int version) {
        return new EvaluationRun(7, 1, "吉01", 2017, 1, status, version);
    }

    /** step, stage, allowed. */
    private static final Object[][] STEPS = {
            {RunStep.ENTER_SCORE, RunStatus.COMPUTED, true},
            {RunStep.ENTER_SCORE, RunStatus.PUBLISHED, false},
            {RunStep.ENTER_SCORE, RunStatus.LOCKED, false},
            {RunStep.PUBLISH, RunStatus.COMPUTED, true},
            {RunStep.PUBLISH, RunStatus.PUBLISHED, false},
            {RunStep.PUBLISH, RunStatus.LOCKED, false},
            // 复核 (第43条): objections and answers only while the draft is published
            {RunStep.OBJECT, RunStatus.COMPUTED, false},
            {RunStep.OBJECT, RunStatus.PUBLISHED, true},
            {RunStep.OBJECT, RunStatus.LOCKED, false},
            {RunStep.ANSWER, RunStatus.COMPUTED, false},
            {RunStep.ANSWER, RunStatus.PUBLISHED, true},
            {RunStep.ANSWER, RunStatus.LOCKED, false},
            {RunStep.LOCK, RunStatus.COMPUTED, false},
            {RunStep.LOCK, RunStatus.PUBLISHED, true},
            {RunStep.LOCK, RunStatus.LOCKED, false},
    };

    @Test
    void eachStepIsAllowedInItsStageOnly() {
        assertThat(STEPS.length).isEqualTo(RunStep.values().length * RunStatus.values().length);
        for (Object[] row : STEPS) {
            RunStep step = (RunStep) row[0];
            EvaluationRun run = run((RunStatus) row[1], 0);
            if ((Boolean) row[2]) {
                run.check(step);
            } else {
                assertThatThrownBy(() -> run.check(step)).as(step + " in " + row[1]).isInstanceOf(DomainException.class)
                        .hasMessageContaining("不能" + step.label());
            }
        }
    }

    @Test
    void publishingMovesTheDraftToPublishedWithTheNextVersion() {
        EvaluationRun published = run(RunStatus.COMPUTED, 3).publish(3);
        assertThat(published.status()).isEqualTo(RunStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(4);
    }

    @Test
    void aRunChangedSinceThePersonReadItIsRefusedBeforeItsStage() {
        // seen version 2, now 3 (a score was entered): stale, whatever the stage
        for (EvaluationRun run : List.of(run(RunStatus.COMPUTED, 3), run(RunStatus.LOCKED, 3))) {
            assertThatThrownBy(() -> run.publish(2)).isInstanceOf(DomainException.class).hasMessageContaining("第 2 版");
        }
    }

    @Test
    void lockingWaitsForEveryObjectionToBeAnswered() {
        assertThatThrownBy(() -> run(RunStatus.PUBLISHED, 5).lock(5, 2)).isInstanceOf(DomainException.class)
                .hasMessageContaining("2 件异议未答复");
        EvaluationRun locked = run(RunStatus.PUBLISHED, 5).lock(5, 0);
        assertThat(locked.status()).isEqualTo(RunStatus.LOCKED);
        assertThat(locked.version()).isEqualTo(6);
        assertThatThrownBy(() -> run(RunStatus.COMPUTED, 5).lock(5, 0)).hasMessageContaining("不能锁定");
    }
}
