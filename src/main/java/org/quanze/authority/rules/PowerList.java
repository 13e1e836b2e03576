package org.quanze.authority.rules;

import java.util.List;
import java.util.Optional;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.DataScope;
import org.quanze.authority.PowerContext;

/**
 * 权力清单 — decides. A prohibition that speaks of the person and whose condition holds refuses, whatever the
 * grants say (负面清单优先); otherwise a grant that speaks of the person and whose condition holds allows; otherwise
 * nothing grants the action and it is refused. The administrator is allowed every action.
 */
public final class PowerList {

    /** Code named when no grant covers the action. */
    public static final String NO_GRANT = "未授权";

    private final List<PowerRule> rules;

    public PowerList(List<PowerRule> rules) {
        this.rules = rules.stream().filter(PowerRule::active).toList();
    }

    public Decision decide(Actor actor, Action action, PowerContext ctx) {
        if (actor.administrator()) return Decision.allow(null);
        Optional<PowerRule> prohibition = matching(actor, action, PowerRule.Kind.PROHIBITION)
                .filter(r -> r.condition().holds(actor, ctx)).findFirst();
        if (prohibition.isPresent()) return Decision.deny(prohibition.get());
        return matching(actor, action, PowerRule.Kind.GRANT)
                .filter(r -> r.condition().holds(actor, ctx)).findFirst()
                .map(Decision::allow)
                .orElseGet(() -> Decision.deny(null));
    }

    /** The records the person may query with this action: the union of the scopes of the grants that speak of them. */
    public DataScope scope(Actor actor, Action action) {
        if (actor.administrator()) return DataScope.ALL;
        if (personallyForbidden(actor, action)) return DataScope.NOTHING;
        return matching(actor, action, PowerRule.Kind.GRANT)
                .map(r -> r.condition().scope(actor))
                .reduce(DataScope.NOTHING, DataScope::union);
    }

    /** Whether any grant speaks of the person for this action, whatever its condition (used to build the menu). */
    public boolean mayEver(Actor actor, Action action) {
        if (actor.administrator()) return true;
        return !personallyForbidden(actor, action)
                && matching(actor, action, PowerRule.Kind.GRANT)
                        .anyMatch(r -> !r.condition().personal() || r.condition().holds(actor, PowerContext.NONE));
    }

    public List<PowerRule> rules() { return rules; }

    /** Whether some active entry on this action carries this condition (so the guard asks for what it needs). */
    public boolean uses(Action action, Condition condition) {
        return rules.stream().anyMatch(r -> r.action() == action && r.condition() == condition);
    }

    private boolean personallyForbidden(Actor actor, Action action) {
        return matching(actor, action, PowerRule.Kind.PROHIBITION)
                .anyMatch(r -> r.condition().personal() && r.condition().holds(actor, PowerContext.NONE));
    }

    private java.util.stream.Stream<PowerRule> matching(Actor actor, Action action, PowerRule.Kind kind) {
        return rules.stream().filter(r -> r.kind() == kind && r.action() == action && r.speaksOf(actor));
    }

    /** The outcome with the rule behind it; {@code rule} is null for the administrator or when no grant exists. */
    public record Decision(boolean allowed, PowerRule rule) {
        static Decision allow(PowerRule rule) { return new Decision(true, rule); }

        static Decision deny(PowerRule rule) { return new Decision(false, rule); }
    }
}
