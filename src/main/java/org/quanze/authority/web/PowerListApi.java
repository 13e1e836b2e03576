package org.quanze.authority.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.PowerGuard;
import org.quanze.authority.rules.PowerListEditor;
import org.quanze.authority.rules.PowerRule;
import org.quanze.authority.rules.PowerRules;
import org.quanze.authority.rules.RuleForm;
import org.quanze.shared.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The power list over JSON; a change sends the version it read in {@code If-Match}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "权力清单 Power list")
class PowerListApi {

    private final PowerRules rules;
    private final PowerListEditor editor;
    private final PowerGuard guard;
    private final CurrentActor current;

    PowerListApi(PowerRules rules, PowerListEditor editor, PowerGuard guard, CurrentActor current) {
        this.rules = rules;
        this.editor = editor;
        this.guard = guard;
        this.current = current;
    }

    @GetMapping("/power-list")
    List<PowerRule> list() {
        guard.require(Action.VIEW_POWER_LIST);
        return rules.all();
    }

    @PostMapping("/power-list")
    @ResponseStatus(HttpStatus.CREATED)
    PowerRule add(@Valid @RequestBody RuleForm form) {
        return editor.add(form);
    }

    @PutMapping("/power-list/{code}")
    PowerRule change(@PathVariable String code, @RequestHeader(value = "If-Match", required = false) String version,
            @Valid @RequestBody RuleForm form) {
        return editor.change(code, IfMatch.version(version), form);
    }

    /** Who am I to the power list: role, posts, court, quota, and which actions I hold at all. */
    @GetMapping("/me")
    Map<String, Object> me() {
        Actor actor = current.get();
        return Map.of("actor", actor, "actions", java.util.Arrays.stream(Action.values())
                .filter(guard::mayEver).map(Action::name).toList());
    }
}
