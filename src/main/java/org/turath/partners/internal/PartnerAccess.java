package org.turath.partners.internal;

import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.shared.NotAllowedException;

/**
 * Who may do what with partners and agreements, in one place: the secretariat keeps them (amounts, contacts and signed
 * documents are confidential), and nobody else sees the back office.
 */
@Component
public class PartnerAccess {

    public boolean keeps(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.SECRETARIAT);
    }

    void requireKeeper(Actor actor) {
        if (!keeps(actor)) {
            throw new NotAllowedException();
        }
    }
}
