package org.quanze.shared.web;

import java.util.List;

/**
 * One step of the breadcrumbs below the top bar. The layout starts them itself (工作台 › the menu group › the menu
 * entry the page belongs to); a page deeper than its menu entry adds its own steps as the model attribute
 * {@value #ATTRIBUTE}, e.g. {@code model.addAttribute(Crumb.ATTRIBUTE, Crumb.trail(Crumb.text(caseNumber)))}.
 *
 * @param labelKey message key of the label, or null when {@code text} is the label (a case number, a name)
 * @param path     link of the step, or null for the page itself (the last step)
 */
public record Crumb(String labelKey, String text, String path) {

    public static final String ATTRIBUTE = "crumbs";

    public static Crumb of(String labelKey, String path) {
        return new Crumb(labelKey, null, path);
    }

    public static Crumb of(String labelKey) {
        return new Crumb(labelKey, null, null);
    }

    public static Crumb text(String text) {
        return new Crumb(null, text, null);
    }

    public static Crumb text(String text, String path) {
        return new Crumb(null, text, path);
    }

    public static List<Crumb> trail(Crumb... steps) {
        return List.of(steps);
    }
}
