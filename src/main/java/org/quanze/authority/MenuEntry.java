package org.quanze.authority;

/**
 * An entry of the side menu, declared as a bean by the module whose page it opens. It is shown only to people the
 * power list gives {@code action} (in any scope), so a menu never offers a page that would refuse; it stands under
 * the heading {@code group}.
 *
 * @param labelKey message key of the Chinese/English label
 * @param action   the power the page requires; null for a page everyone signed in may open
 */
public record MenuEntry(int order, String labelKey, String path, Action action, MenuGroup group) {

    /** An entry under the heading its order names ({@link MenuGroup#forOrder}). */
    public MenuEntry(int order, String labelKey, String path, Action action) {
        this(order, labelKey, path, action, MenuGroup.forOrder(order));
    }
}
