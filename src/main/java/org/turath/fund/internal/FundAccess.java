package org.turath.fund.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.Reviews;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;

/**
 * Who may do what with the Support Fund, in one place: the secretariat keeps calls and decides; a focal point writes
 * and follows the requests of their states; an expert reads the requests assigned to them. Nobody else sees a request
 * before it is funded (then its public page shows what may be shown).
 */
@Component
public class FundAccess {

    private final Reviews reviews;

    FundAccess(Reviews reviews) {
        this.reviews = reviews;
    }

    public boolean keeps(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    /** Writes requests for {@code state}: its focal points. */
    public boolean writesFor(Actor actor, String state) {
        return actor.hasAny(Role.FOCAL_POINT) && actor.states().contains(state);
    }

    public boolean reviews(Actor actor) {
        return actor.hasAny(Role.EVALUATOR);
    }

    void requireKeeper(Actor actor) {
        if (!keeps(actor)) {
            throw new NotAllowedException();
        }
    }

    void requireWriter(Actor actor, String state) {
        if (!writesFor(actor, state)) {
            throw new NotAllowedException();
        }
    }

    void requireExpert(Actor actor) {
        if (!reviews(actor)) {
            throw new NotAllowedException();
        }
    }

    /** Whether the person may read the request: the secretariat, the state's focal points, an expert assigned to it. */
    boolean mayRead(Actor actor, FundRequest request) {
        return keeps(actor) || writesFor(actor, request.state())
                || reviews(actor) && reviews.findByRequestIdAndExpert(request.id().value(), actor.email()).isPresent();
    }

    /** The request, if the person may read it; otherwise "not found", so its existence is not told. */
    FundRequest readable(Actor actor, FundRequest request) {
        if (!mayRead(actor, request)) {
            throw new NotFoundException("request");
        }
        return request;
    }
}
