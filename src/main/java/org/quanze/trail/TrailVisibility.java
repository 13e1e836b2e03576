package org.quanze.trail;

import org.quanze.authority.Actor;

/**
 * How a module's rules of visibility apply to its events on the trail. The trail shows an event only as its module
 * would show the thing itself: each module that writes events with something to hide contributes a bean of this type
 * for its actions (e.g. supervision hides who recorded an interference, 记录人受保护). Events of actions no bean
 * concerns are shown as they are, within the reader's court scope.
 */
public interface TrailVisibility {

    /** Whether this contributor decides for events of this action (a code such as {@code INTERFERENCE_RECORDED}). */
    boolean concerns(String action);

    /** The event as this reader may see it: as it is, {@link TrailEvent#withoutActor() without its actor}, or null. */
    TrailEvent asSeenBy(Actor reader, TrailEvent event);
}
