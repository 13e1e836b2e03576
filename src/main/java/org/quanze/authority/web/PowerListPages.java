package org.quanze.authority.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
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
import org.quanze.shared.DomainException;
import org.quanze.shared.web.Crumb;
import org.quanze.shared.web.Flash;
import org.quanze.shared.web.FormErrors;
import org.quanze.shared.Post;
import org.quanze.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
    private final MessageSource messages;

    PowerListPages(PowerRules rules, PowerListEditor editor, PowerGuard guard, MessageSource messages) {
        this.messages = messages;
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
        PowerRule rule = code == null ? null : rules.byCode(code).orElse(null);
        return editor(rule == null ? null : rule.code(), rule == null ? null : rule.version(),
                rule == null ? null : RuleForm.of(rule), model);
    }

    /** The editor with {@code form} in it: an entry as it is, a new one (null), or what was typed when refused. */
    private String editor(String editing, Integer version, RuleForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("actions", Action.values());
        model.addAttribute("conditions", Condition.values());
        model.addAttribute("subjectKinds", SubjectKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("posts", Post.values());
        model.addAttribute("offices", DepartmentKind.values());
        model.addAttribute(Crumb.ATTRIBUTE, Crumb.trail(editing == null ? Crumb.of("powers.add") : Crumb.text(editing)));
        return "authority/edit";
    }

    @PostMapping("/powers")
    String add(@Valid @ModelAttribute("form") RuleForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return save(null, null, form, binding, model, locale, redirect, response);
    }

    @PostMapping("/powers/{code}")
    String change(@PathVariable String code, @RequestParam int version, @Valid @ModelAttribute("form") RuleForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return save(code, version, form, binding, model, locale, redirect, response);
    }

    /** Saved: the list at the entry, saying what was done; refused: the editor again, as typed, each wrong field marked. */
    private String save(String code, Integer version, RuleForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        guard.require(Action.EDIT_POWER_LIST);
        FormErrors errors = FormErrors.of(binding, "powers", messages, locale);
        if (!errors.any()) {
            try {
                PowerRule saved = code == null ? editor.add(form) : editor.change(code, version, form);
                Flash.done(redirect, code == null ? "powers.added" : "powers.changed", saved.code(), saved.description());
                return "redirect:/powers#" + saved.code();
            } catch (DomainException refused) {
                if (refused.status() != 422 && refused.status() != 409) throw refused;
                errors.add(refused);
            }
        }
        response.setStatus(422);
        model.addAttribute(FormErrors.ATTRIBUTE, errors);
        return editor(code, version, form, model);
    }
}
