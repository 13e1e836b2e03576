package org.quanze.authority;

import org.quanze.authority.rules.PowerList;
import org.quanze.authority.rules.PowerRules;
import org.springframework.stereotype.Service;

/**
 * Asks the power list. Every module calls it before a command or query: {@code require} refuses with 403 naming the
 * rule; {@code scope} gives the records a query may return.
 */
@Service
public class PowerGuard {

    private final PowerRules rules;
    private final CurrentActor current;
    private final java.util.List<DutySuspensions> suspensions;

    PowerGuard(PowerRules rules, CurrentActor current, java.util.List<DutySuspensions> suspensions) {
        this.rules = rules;
        this.current = current;
        this.suspensions = suspensions;
    }

    /** The person as the entries on this action need them: suspended from duty, asked only when an entry says so. */
    private Actor asOfToday(Actor actor, Action action) {
        if (actor.staffId() == null || actor.suspendedFromDuty()
                || !rules.current().uses(action, org.quanze.authority.rules.Condition.SUSPENDED_FROM_DUTY)) {
            return actor;
        }
        long id = actor.staffId();
        return suspensions.stream().anyMatch(s -> s.suspended(id)) ? actor.suspended() : actor;
    }

    /** The signed-in person may do this to this object, or a {@link PowerDenied} names the rule that refuses. */
    public Actor require(Action action, PowerContext ctx) {
        Actor actor = current.get();
        require(actor, action, ctx);
        return actor;
    }

    public Actor require(Action action) {
        return require(action, PowerContext.NONE);
    }

    /** As {@link #require(Action, PowerContext)}, for a person other than the signed-in one (e.g. a judge being assigned). */
    public void require(Actor actor, Action action, PowerContext ctx) {
        PowerList.Decision decision = rules.current().decide(asOfToday(actor, action), action, ctx);
        if (decision.allowed()) return;
        if (decision.rule() == null) {
            throw new PowerDenied(action, PowerList.NO_GRANT, "权力清单中没有授予「" + actor.postLabels() + "」此项权力的条目");
        }
        throw new PowerDenied(action, decision.rule().code(), decision.rule().description());
    }

    public boolean allows(Actor actor, Action action, PowerContext ctx) {
        return rules.current().decide(asOfToday(actor, action), action, ctx).allowed();
    }

    /** Records the signed-in person may query with this action; an empty scope when none. */
    public DataScope scope(Action action) {
        return rules.current().scope(current.get(), action);
    }

    /** Whether the signed-in person holds this power for some object at all (menus show only such entries). */
    public boolean mayEver(Action action) {
        return current.find().map(a -> rules.current().mayEver(asOfToday(a, action), action)).orElse(false);
    }
}
