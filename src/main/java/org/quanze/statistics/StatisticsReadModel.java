package org.quanze.statistics;

import java.util.ArrayList;
import java.util.List;
import org.quanze.organization.Organization;
import org.quanze.shared.Post;
import org.quanze.statistics.internal.ColumnarFacts;
import org.quanze.statistics.internal.IndicatorEngine;
import org.quanze.statistics.internal.IndicatorEngine.Period;
import org.springframework.stereotype.Service;

/**
 * The statistics read model for operations: its state, and a check that its figures equal PostgreSQL's — the whole
 * catalogue with 同比 for a scope, by court and by judge, computed both ways and compared figure by figure.
 */
@Service
public class StatisticsReadModel {

    /** The model's state. */
    public record State(boolean ready, int cases, long bytes, long rebuildMillis, java.time.Instant builtAt) {
    }

    /** A comparison: whether the model could answer, how many groupings were compared, and the differences. */
    public record Check(boolean modelReady, int groupings, List<String> differences, boolean agrees) {
        Check(boolean modelReady, int groupings, List<String> differences) {
            this(modelReady, groupings, List.copyOf(differences), modelReady && differences.isEmpty());
        }
    }

    private final IndicatorEngine engine;
    private final Organization organization;

    StatisticsReadModel(IndicatorEngine engine, Organization organization) {
        this.engine = engine;
        this.organization = organization;
    }

    public State state() {
        ColumnarFacts.Status s = engine.readModel();
        return new State(s.ready(), s.cases(), s.bytes(), s.rebuildMillis(), s.builtAt());
    }

    /** Compares the model with the database for an allowed scope (see {@link Statistics#scope}), by court and by judge. */
    public Check check(Statistics.Scope scope) {
        List<Period> periods = List.of(new Period(scope.court().code(), scope.from(), scope.to()));
        var leaders = organization.holdersOf(scope.courtIds(), Post.LEADERS);
        List<String> differences = new ArrayList<>();
        int groupings = 0;
        for (GroupBy g : List.of(GroupBy.COURT, GroupBy.JUDGE, GroupBy.DEPARTMENT, GroupBy.CASE_TYPE, GroupBy.PROCEDURE)) {
            var d = engine.compare(scope.courtIds(), leaders, periods, g, Indicators.CASE_FACTS);
            if (d.isEmpty()) return new Check(false, groupings, differences);
            groupings++;
            for (String line : d.get()) if (differences.size() < 100) differences.add(g.spelling() + " " + line);
        }
        return new Check(true, groupings, differences);
    }
}
