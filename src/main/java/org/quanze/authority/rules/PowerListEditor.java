package org.quanze.authority.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.PowerGuard;
import org.quanze.shared.DomainException;
import org.quanze.shared.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the power list: each one checked against the list itself and written to the trail. */
@Service
public class PowerListEditor {

    private final PowerRules rules;
    private final PowerGuard guard;
    private final ApplicationEventPublisher events;

    PowerListEditor(PowerRules rules, PowerGuard guard, ApplicationEventPublisher events) {
        this.rules = rules;
        this.guard = guard;
        this.events = events;
    }

    /** A new entry: the code must be new, the subject must name a known role, post or office. */
    @Transactional
    public PowerRule add(RuleForm form) {
        guard.require(Action.EDIT_POWER_LIST);
        PowerRule rule = form.toRule(0);
        if (rules.byCode(rule.code()).isPresent()) {
            throw new DomainException(409, "power.duplicate", "权力清单条目编号「" + rule.code() + "」已存在", rule.code());
        }
        rules.insert(rule);
        events.publishEvent(Recorded.of("POWER_RULE_ADDED", "POWER_RULE", rule.code(), describe(rule)));
        return rules.byCode(rule.code()).orElseThrow();
    }

    /** Changes an entry; a change made by someone else since {@code expectedVersion} was read is refused with 409. */
    @Transactional
    public PowerRule change(String code, int expectedVersion, RuleForm form) {
        guard.require(Action.EDIT_POWER_LIST);
        PowerRule before = rules.byCode(code).orElseThrow(() ->
                new DomainException(404, "power.not-found", "权力清单条目「" + code + "」不存在", code));
        PowerRule after = form.toRule(before.version());
        if (!after.code().equals(code)) {
            throw new DomainException(422, "power.code-change", "不能修改条目编号", code);
        }
        if (!rules.update(after, expectedVersion)) {
            throw new DomainException(409, "stale", "该条目已被他人修改，请刷新后重试");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        Map<String, Object> old = describe(before);
        describe(after).forEach((k, v) -> {
            if (!v.equals(old.get(k))) changes.put(k, old.get(k) + " → " + v);
        });
        events.publishEvent(Recorded.of("POWER_RULE_CHANGED", "POWER_RULE", code, changes));
        return rules.byCode(code).orElseThrow();
    }

    private static Map<String, Object> describe(PowerRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name());
        m.put("subject", r.subjectKind().name() + ":" + r.subjectCode());
        m.put("action", r.action().name());
        m.put("condition", r.condition().name());
        m.put("description", r.description());
        m.put("source", r.source());
        m.put("active", r.active());
        return m;
    }
}
