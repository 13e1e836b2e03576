package org.quanze.platform;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quanze.authority.Actor;
import org.quanze.authority.CurrentActor;
import org.quanze.authority.MenuEntry;
import org.quanze.authority.MenuGroup;
import org.quanze.authority.PowerGuard;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person, the side menu the power list lets them open (by heading), and the menu
 * entry the page belongs to (the start of its breadcrumbs).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    /** A heading of the side menu with its entries; the heading {@link MenuGroup#START} has no title. */
    record MenuSection(MenuGroup group, List<MenuEntry> entries) {
    }

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
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    Actor me() {
        return current.find().orElse(null);
    }

    @ModelAttribute("menu")
    List<MenuEntry> menu() {
        Actor me = current.find().orElse(null);
        if (me == null) return List.of();
        return entries.stream().filter(e -> e.opensFor(me, guard)).toList();
    }

    @ModelAttribute("menuSections")
    List<MenuSection> menuSections(@ModelAttribute("menu") List<MenuEntry> menu) {
        Map<MenuGroup, List<MenuEntry>> byGroup = new EnumMap<>(MenuGroup.class);
        menu.forEach(e -> byGroup.computeIfAbsent(e.group(), g -> new java.util.ArrayList<>()).add(e));
        return byGroup.entrySet().stream().map(g -> new MenuSection(g.getKey(), List.copyOf(g.getValue()))).toList();
    }

    /**
     * The same for a page that an exception handler renders (a refusal), whose model the advice does not fill:
     * the refused person keeps the menu and the breadcrumbs to go on from.
     */
    void addTo(org.springframework.web.servlet.ModelAndView view, jakarta.servlet.http.HttpServletRequest request) {
        String path = currentPath(request);
        List<MenuEntry> menu = menu();
        view.addObject("currentPath", path);
        view.addObject("me", me());
        view.addObject("menu", menu);
        view.addObject("menuSections", menuSections(menu));
        view.addObject("menuHere", menuHere(menu, path));
    }

    /** The entry whose path is the longest start of the page's path: marked in the menu, first of the breadcrumbs. */
    @ModelAttribute("menuHere")
    MenuEntry menuHere(@ModelAttribute("menu") List<MenuEntry> menu, @ModelAttribute("currentPath") String path) {
        return menu.stream()
                .filter(e -> path.equals(e.path()) || !"/".equals(e.path()) && path.startsWith(e.path() + "/"))
                .max(Comparator.comparingInt(e -> e.path().length())).orElse(null);
    }
}
