package org.quanze.authority.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quanze.authority.Action;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerGuard;
import org.quanze.authority.rules.Condition;
import org.quanze.authority.rules.PowerListEditor;
import org.quanze.authority.rules.PowerRule;
import org.quanze.authority.rules.PowerRules;
import org.quanze.authority.rules.RuleForm;
import org.quanze.authority.rules.SubjectKind;
import org.quanze.shared.DepartmentKind;
import org.quanze.shared.Post;
import org.quanze.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 权力清单 page: the whole list as a printable table by action, and (for those allowed) the editor. */
@Controller
class PowerListPages {

    private final PowerRules rules;
    private final PowerListEditor editor;
    private final PowerGuard guard;

    PowerListPages(PowerRules rules, PowerListEditor editor, PowerGuard guard) {
        this.rules = rules;
        this.editor = editor;
        this.guard = guard;
    }

    @Bean
    static MenuEntry powerListMenu() {
        return new MenuEntry(70, "nav.powers", "/powers", Action.VIEW_POWER_LIST);
    }

    @GetMapping("/powers")
    String list(Model model) {
        guard.require(Action.VIEW_POWER_LIST);
        Map<Action, List<PowerRule>> byAction = rules.all().stream()
                .collect(Collectors.groupingBy(PowerRule::action, () -> new TreeMap<>(), Collectors.toList()));
        model.addAttribute("byAction", byAction);
        model.addAttribute("mayEdit", guard.mayEver(Action.EDIT_POWER_LIST));
        return "authority/powers";
    }

    @GetMapping("/powers/edit")
    String editor(@RequestParam(required = false) String code, Model model) {
        guard.require(Action.EDIT_POWER_LIST);
        model.addAttribute("rule", code == null ? null : rules.byCode(code).orElse(null));
        model.addAttribute("actions", Action.values());
        model.addAttribute("conditions", Condition.values());
        model.addAttribute("subjectKinds", SubjectKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("posts", Post.values());
        model.addAttribute("offices", DepartmentKind.values());
        return "authority/edit";
    }

    @PostMapping("/powers")
    String add(@Valid RuleForm form) {
        editor.add(form);
        return "redirect:/powers#" + form.code();
    }

    @PostMapping("/powers/{code}")
    String change(@PathVariable String code, @RequestParam int version, @Valid RuleForm form) {
        editor.change(code, version, form);
        return "redirect:/powers#" + code;
    }
}
