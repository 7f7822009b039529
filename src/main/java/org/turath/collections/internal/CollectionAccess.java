package org.turath.collections.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.collections.domain.CollectionObject;
import org.turath.museums.MuseumWork;
import org.turath.museums.MuseumsApi;
import org.turath.shared.NotFoundException;

/**
 * Who may do what with the collections, in one place: the secretariat keeps every museum's objects and publishes them;
 * a curator adds and edits the objects of the museums they curate — another museum's objects do not exist for them
 * (404), and nobody but the secretariat publishes.
 */
@Component
public class CollectionAccess extends MuseumWork {

    CollectionAccess(MuseumsApi museums) {
        super(museums);
    }

    public boolean edits(Actor actor, CollectionObject object) {
        return curates(actor, object.museumId());
    }

    CollectionObject requireEditor(Actor actor, CollectionObject object) {
        requireWorker(actor);
        if (!edits(actor, object)) {
            throw new NotFoundException("object");
        }
        return object;
    }
}
