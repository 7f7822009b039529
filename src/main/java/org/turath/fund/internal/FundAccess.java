package org.turath.fund.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.Invitations;
import org.turath.fund.domain.Reviews;
import org.turath.shared.EmailAddress;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;

/**
 * Who may do what with the Support Fund, in one place: the secretariat keeps calls and decides; a focal point writes
 * and follows the requests of their states, and may invite people of the applying institution to write one with them;
 * an expert reads the requests assigned to them. Nobody else sees a request
 * before it is funded (then its public page shows what may be shown).
 */
@Component
public class FundAccess {

    private final Reviews reviews;
    private final Invitations invitations;

    FundAccess(Reviews reviews, Invitations invitations) {
        this.reviews = reviews;
        this.invitations = invitations;
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

    /** Invited by the state's focal point to write this request with them (and the invitation not withdrawn). */
    public boolean invited(Actor actor, FundRequest request) {
        return invitations.existsByRequestIdAndEmailAndWithdrawnAtIsNull(request.id().value(), EmailAddress.normalise(actor.email()));
    }

    /** Writes this request: its state's focal points, and the people of the applying institution they invited to it. */
    public boolean writes(Actor actor, FundRequest request) {
        return writesFor(actor, request.state()) || invited(actor, request);
    }

    void requireWriterOf(Actor actor, FundRequest request) {
        if (!writes(actor, request)) {
            throw new NotAllowedException();
        }
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

    /** Whether the person may read the request: the secretariat, its writers, an expert assigned to it. */
    boolean mayRead(Actor actor, FundRequest request) {
        return keeps(actor) || writes(actor, request)
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
