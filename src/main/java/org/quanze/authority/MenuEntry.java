package org.quanze.authority;

/**
 * An entry of the main menu, declared as a bean by the module whose page it opens. It is shown only to people the
 * power list gives {@code action} (in any scope), so a menu never offers a page that would refuse.
 *
 * @param labelKey message key of the Chinese/English label
 */
public record MenuEntry(int order, String labelKey, String path, Action action) {
}
