package org.turath.museums.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.museums.MuseumWork;
import org.turath.museums.MuseumsApi;
import org.turath.museums.domain.Museum;
import org.turath.shared.NotFoundException;

/**
 * Who may do what with museums, in one place: the secretariat keeps the directory (creates entries, publishes them,
 * names their curators); a curator edits the entries they curate and nothing else — another museum's entry does not
 * exist for them (404), so the back office tells nobody which unpublished entries there are.
 */
@Component
public class MuseumAccess extends MuseumWork {

    MuseumAccess(MuseumsApi museums) {
        super(museums);
    }

    public boolean edits(Actor actor, Museum museum) {
        return keeps(actor) || actor.hasAny(Role.MUSEUM_CURATOR) && museum.curatedBy(actor.email());
    }

    /** The entry, when {@code actor} may edit it; otherwise it is not there for them. */
    Museum requireEditor(Actor actor, Museum museum) {
        requireWorker(actor);
        if (!edits(actor, museum)) {
            throw new NotFoundException("museum");
        }
        return museum;
    }
}
