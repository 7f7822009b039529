package org.turath.exhibitions.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.museums.MuseumWork;
import org.turath.museums.MuseumsApi;
import org.turath.shared.NotFoundException;

/**
 * Who may do what with exhibitions, in one place: the secretariat keeps every exhibition and publishes; a curator makes
 * and edits the exhibitions the museums they curate organise — another museum's exhibitions do not exist for them
 * (404), and nobody but the secretariat publishes or makes the centre's own (with no organising museum).
 */
@Component
class ExhibitionAccess extends MuseumWork {

    ExhibitionAccess(MuseumsApi museums) {
        super(museums);
    }

    boolean edits(Actor actor, Exhibition exhibition) {
        return curates(actor, exhibition.museumId());
    }

    Exhibition requireEditor(Actor actor, Exhibition exhibition) {
        requireWorker(actor);
        if (!edits(actor, exhibition)) {
            throw new NotFoundException("exhibition");
        }
        return exhibition;
    }
}
