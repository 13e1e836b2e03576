package org.quanze.platform;

import java.util.Comparator;
import java.util.List;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.PowerGuard;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person and the menu entries the power list lets them open. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final List<MenuEntry> entries;
    private final PowerGuard guard;
    private final CurrentActor current;

    LayoutAdvice(List<MenuEntry> entries, PowerGuard guard, CurrentActor current) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
        this.guard = guard;
        this.current = current;
    }

    /** The path of the page, to mark the current menu entry and to switch language in place. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("me")
    Actor me() {
        return current.find().orElse(null);
    }

    @ModelAttribute("menu")
    List<MenuEntry> menu() {
        if (current.find().isEmpty()) return List.of();
        return entries.stream().filter(e -> e.action() == null || guard.mayEver(e.action())).toList();
    }
}
