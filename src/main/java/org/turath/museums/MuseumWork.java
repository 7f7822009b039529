package org.turath.museums;

import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.shared.NotAllowedException;

import java.util.List;
import java.util.UUID;

/**
 * Who may work on what the museums hold — their entries, objects, exhibitions — by one rule: the secretariat keeps all
 * of it; a curator works on what belongs to the museums they curate, and nothing else. Each module's access class
 * builds on it with what is its own (what a record's museum is, what is not there for whom).
 */
public class MuseumWork {

    /** The most museums one curator curates that a back office lists. */
    public static final int MAX_CURATED = 200;

    private final MuseumsApi museums;

    public MuseumWork(MuseumsApi museums) {
        this.museums = museums;
    }

    public boolean keeps(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    /** Whether {@code actor} may work in this back office at all. */
    public boolean works(Actor actor) {
        return keeps(actor) || actor.hasAny(Role.MUSEUM_CURATOR);
    }

    /** Whether {@code actor} may work on what the museum {@code museumId} holds (no museum: the secretariat only). */
    public boolean curates(Actor actor, UUID museumId) {
        if (keeps(actor)) {
            return true;
        }
        return museumId != null && actor.hasAny(Role.MUSEUM_CURATOR)
                && museums.find(new MuseumId(museumId)).map(m -> m.curatedBy(actor.email())).orElse(false);
    }

    /** The museums {@code actor} curates (not asked of the secretariat, who keep them all). */
    public List<MuseumsApi.MuseumSummary> curated(Actor actor) {
        return museums.curatedBy(actor.email(), MAX_CURATED);
    }

    public void requireKeeper(Actor actor) {
        if (!keeps(actor)) {
            throw new NotAllowedException();
        }
    }

    public void requireWorker(Actor actor) {
        if (!works(actor)) {
            throw new NotAllowedException();
        }
    }
}
