package org.turath.risk.internal;

import org.turath.accounts.Actor;

/**
 * A desk whose records are checked before they are public (condition reports, the observatory's entries): the steps a
 * person takes on one, each with the version they saw. Who may take which step is {@link RiskAccess}'s to say.
 */
public interface CheckedWorkflow<I> {

    Object submit(Actor actor, I id, long version);

    Object verify(Actor actor, I id, long version, String comment);

    Object publish(Actor actor, I id, long version);

    Object returnToAuthor(Actor actor, I id, long version, String comment);
}
