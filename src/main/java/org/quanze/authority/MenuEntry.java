package org.quanze.authority;

/**
 * An entry of the side menu, declared as a bean by the module whose page it opens. It is shown only to people the
 * power list lets open the page — never an entry that would answer 403 — under the heading {@code group}:
 * <pre>{@code
 * new MenuEntry(61, "nav.interference", "/interference", Action.RECORD_INTERFERENCE)   // the power in any scope
 * new MenuEntry(11, "nav.filing", "/cases/new", Action.FILE_CASE).forCourtStaff()    // and the person has a court
 * new MenuEntry(54, "nav.committee", "/committee", Action.VIEW_CASE).inOwnCourt()    // the power over their own court
 * }</pre>
 *
 * @param labelKey message key of the Chinese/English label
 * @param action   the power the page requires; null for a page everyone signed in may open
 * @param reach    what of {@code action} the page requires
 */
public record MenuEntry(int order, String labelKey, String path, Action action, MenuGroup group, Reach reach) {

    /** How much of its power a page requires, so the menu asks the same question as the page. */
    public enum Reach {
        /** the power for some object (the page lists what the person's scope holds) */
        ANY,
        /** the power for some object, and the person belongs to a court (the page works on that court) */
        COURT_STAFF,
        /** the power over the person's own court as a whole (e.g. the court's committee) */
        OWN_COURT
    }

    /** An entry under the heading its order names ({@link MenuGroup#forOrder}). */
    public MenuEntry(int order, String labelKey, String path, Action action) {
        this(order, labelKey, path, action, MenuGroup.forOrder(order), Reach.ANY);
    }

    public MenuEntry(int order, String labelKey, String path, Action action, MenuGroup group) {
        this(order, labelKey, path, action, group, Reach.ANY);
    }

    public MenuEntry forCourtStaff() {
        return new MenuEntry(order, labelKey, path, action, group, Reach.COURT_STAFF);
    }

    public MenuEntry inOwnCourt() {
        return new MenuEntry(order, labelKey, path, action, group, Reach.OWN_COURT);
    }

    /** Whether the page would open for this person. */
    public boolean opensFor(Actor actor, PowerGuard guard) {
        if (action == null) return true;
        return switch (reach) {
            case ANY -> guard.mayEver(action);
            case COURT_STAFF -> actor.courtId() != null && guard.mayEver(action);
            case OWN_COURT -> actor.courtId() != null && guard.allows(actor, action, PowerContext.court(actor.courtId()));
        };
    }
}
