package org.turath.registry.internal.editing;

import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.registry.PublicationState;
import org.turath.registry.domain.HeritageItem;

import java.util.Collection;

/**
 * Who may do what to which item in the back office. The route table lets the roles in; this
 * decides per item: a focal point works only on the items of the states they act for, and only
 * while the item is a draft.
 */
public final class EditingPolicy {

    private EditingPolicy() {
    }

    /** Editors of the whole List, as opposed to focal points who work on their states' items only. */
    public static boolean editsEverything(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EDITOR);
    }

    public static boolean canSee(Actor actor, HeritageItem item) {
        return editsEverything(actor) || (actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(item.states()));
    }

    public static boolean canEdit(Actor actor, HeritageItem item) {
        return editsEverything(actor)
                || (canSee(actor, item) && item.publication() == PublicationState.DRAFT);
    }

    /** A new item may be begun for {@code states} (a focal point only for their own). */
    public static boolean canCreateFor(Actor actor, Collection<String> states) {
        return editsEverything(actor) || (actor.hasAny(Role.FOCAL_POINT) && !states.isEmpty() && actor.states().containsAll(states));
    }

    /** Sending for review is open to whoever may edit; publishing, withdrawing and archiving are the secretariat's. */
    public static boolean canMove(Actor actor, HeritageItem item, PublicationState target) {
        if (!item.publication().next().contains(target)) {
            return false;
        }
        if (item.publication() == PublicationState.DRAFT && target == PublicationState.IN_REVIEW) {
            return canEdit(actor, item);
        }
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    /** Whether {@code actor} may mark a place sensitive (its public position rounded) or not. */
    public static boolean canMarkSensitive(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    public static boolean canChangeStatus(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    public static boolean canRevert(Actor actor, HeritageItem item) {
        return editsEverything(actor) && canEdit(actor, item);
    }
}
