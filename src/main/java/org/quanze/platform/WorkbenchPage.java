package org.quanze.platform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Action;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerGuard;
import org.quanze.authority.WorkbenchPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 工作台 — the signed-in person's start page: who they are, what awaits them, and the powers they hold. */
@Controller
class WorkbenchPage {

    private final List<WorkbenchPanel> panels;
    private final CurrentActor current;
    private final PowerGuard guard;

    WorkbenchPage(List<WorkbenchPanel> panels, CurrentActor current, PowerGuard guard) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(WorkbenchPanel::order)).toList();
        this.current = current;
        this.guard = guard;
    }

    @Bean
    static MenuEntry workbenchMenu() {
        return new MenuEntry(0, "nav.workbench", "/", null);
    }

    @GetMapping("/")
    String workbench(Model model) {
        Actor me = current.get();
        model.addAttribute("panels", panels.stream()
                .map(p -> p.data(me).map(data -> new Shown(p.template(), data)).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("actions", Arrays.stream(Action.values()).filter(guard::mayEver).toList());
        return "platform/workbench";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    record Shown(String template, Map<String, Object> data) {
    }
}
