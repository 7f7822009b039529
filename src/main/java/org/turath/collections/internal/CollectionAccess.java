package org.turath.collections.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.collections.domain.CollectionObject;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;

import java.util.List;
import java.util.UUID;

/**
 * Who may do what with the collections, in one place: the secretariat keeps every museum's objects and publishes them;
 * a curator adds and edits the objects of the museums they curate — another museum's objects do not exist for them
 * (404), and nobody but the secretariat publishes.
 */
@Component
public class CollectionAccess {

    /** The most museums one curator curates that the back office lists. */
    static final int MAX_CURATED = 200;

    private final MuseumsApi museums;

    CollectionAccess(MuseumsApi museums) {
        this.museums = museums;
    }

    public boolean keeps(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    public boolean works(Actor actor) {
        return keeps(actor) || actor.hasAny(Role.MUSEUM_CURATOR);
    }

    /** Whether {@code actor} may add to and edit the collection of the museum {@code museumId}. */
    public boolean curates(Actor actor, UUID museumId) {
        return keeps(actor) || actor.hasAny(Role.MUSEUM_CURATOR)
                && museums.find(new MuseumId(museumId)).map(m -> m.curatedBy(actor.email())).orElse(false);
    }

    public boolean edits(Actor actor, CollectionObject object) {
        return curates(actor, object.museumId());
    }

    /** The museums whose collections {@code actor} curates (not asked of the secretariat, who keep them all). */
    List<MuseumsApi.MuseumSummary> curated(Actor actor) {
        return museums.curatedBy(actor.email(), MAX_CURATED);
    }

    void requireKeeper(Actor actor) {
        if (!keeps(actor)) {
            throw new NotAllowedException();
        }
    }

    void requireWorker(Actor actor) {
        if (!works(actor)) {
            throw new NotAllowedException();
        }
    }

    CollectionObject requireEditor(Actor actor, CollectionObject object) {
        requireWorker(actor);
        if (!edits(actor, object)) {
            throw new NotFoundException("object");
        }
        return object;
    }
}
