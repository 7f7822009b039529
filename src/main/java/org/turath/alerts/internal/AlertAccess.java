package org.turath.alerts.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.alerts.AlertStage;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;

import java.util.List;
import java.util.UUID;

/**
 * Who may do what with alerts, in one place. The secretariat sees every alert, verifies and publishes them and says
 * when an object is recovered or an alert withdrawn. A curator reports for the museums they curate, a focal point for
 * their member states; each sees the alerts they wrote and those of their museums or states (others are 404 to them),
 * and changes an alert only while it is a draft — once sent, it is the secretariat's to verify.
 */
@Component
public class AlertAccess {

    static final int MAX_CURATED = 200;

    private final MuseumsApi museums;

    AlertAccess(MuseumsApi museums) {
        this.museums = museums;
    }

    public boolean keeps(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    public boolean reports(Actor actor) {
        return keeps(actor) || actor.hasAny(Role.MUSEUM_CURATOR, Role.FOCAL_POINT);
    }

    /** The museums {@code actor} curates (none unless a curator). */
    List<MuseumsApi.MuseumSummary> curated(Actor actor) {
        return actor.hasAny(Role.MUSEUM_CURATOR) ? museums.curatedBy(actor.email(), MAX_CURATED) : List.of();
    }

    /** Whether {@code actor} may report an object of {@code state}, held by {@code museumId} (may be null). */
    boolean mayReportFor(Actor actor, String state, UUID museumId) {
        if (keeps(actor)) {
            return true;
        }
        if (actor.hasAny(Role.FOCAL_POINT) && actor.states().contains(state)) {
            return true;
        }
        return museumId != null && actor.hasAny(Role.MUSEUM_CURATOR)
                && museums.find(new MuseumId(museumId)).filter(m -> m.curatedBy(actor.email()) && m.state().equals(state)).isPresent();
    }

    boolean maySee(Actor actor, ObjectAlert alert) {
        return keeps(actor) || reports(actor) && (alert.createdBy().equals(actor.email())
                || actor.hasAny(Role.FOCAL_POINT) && actor.states().contains(alert.state())
                || alert.museumId() != null && actor.hasAny(Role.MUSEUM_CURATOR)
                && museums.find(new MuseumId(alert.museumId())).map(m -> m.curatedBy(actor.email())).orElse(false));
    }

    public boolean mayEdit(Actor actor, ObjectAlert alert) {
        return keeps(actor) || maySee(actor, alert) && alert.stage() == AlertStage.DRAFT;
    }

    void requireReporter(Actor actor) {
        if (!reports(actor)) {
            throw new NotAllowedException();
        }
    }

    void requireKeeper(Actor actor) {
        if (!keeps(actor)) {
            throw new NotAllowedException();
        }
    }

    ObjectAlert requireSeen(Actor actor, ObjectAlert alert) {
        requireReporter(actor);
        if (!maySee(actor, alert)) {
            throw new NotFoundException("alert");
        }
        return alert;
    }
}
