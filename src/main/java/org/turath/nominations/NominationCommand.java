package org.turath.nominations;

import org.turath.accounts.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.turath.nominations.NominationStatus.COMPLETE;
import static org.turath.nominations.NominationStatus.DRAFT;
import static org.turath.nominations.NominationStatus.EVALUATED;
import static org.turath.nominations.NominationStatus.RETURNED;
import static org.turath.nominations.NominationStatus.SCHEDULED;
import static org.turath.nominations.NominationStatus.SUBMITTED;
import static org.turath.nominations.NominationStatus.UNDER_EVALUATION;

/**
 * The one table of what may happen to a file: each named command, the states it starts from and
 * the roles that may give it. Who exactly among a role (the focal points of the file's states, the
 * evaluators assigned to it, the members of its session) is checked by the desk on top of this.
 */
public enum NominationCommand {
    /** Focal point: the dossier goes to the secretariat (validated, frozen as a numbered version). */
    SUBMIT(EnumSet.of(DRAFT, RETURNED), Set.of(Role.FOCAL_POINT)),
    /** Focal point: the file moves to the next yearly cycle. */
    ROLL_OVER(EnumSet.of(DRAFT, RETURNED), Set.of(Role.FOCAL_POINT)),
    /** Secretariat: back to the state with comments per section. */
    RETURN(EnumSet.of(SUBMITTED), Set.of(Role.SECRETARIAT)),
    /** Secretariat: the file is complete. */
    ACCEPT(EnumSet.of(SUBMITTED), Set.of(Role.SECRETARIAT)),
    /** Secretariat: a later deadline for this file's submission. */
    EXTEND(EnumSet.of(DRAFT, RETURNED), Set.of(Role.SECRETARIAT)),
    /** Secretariat: experts of the scientific committee are assigned (again, while under evaluation). */
    ASSIGN(EnumSet.of(COMPLETE, UNDER_EVALUATION), Set.of(Role.SECRETARIAT)),
    /** Evaluator: declares conflicts of interest, then records an evaluation. */
    EVALUATE(EnumSet.of(UNDER_EVALUATION), Set.of(Role.EVALUATOR)),
    /** Secretariat: on the agenda of a Committee session. */
    SCHEDULE(EnumSet.of(EVALUATED), Set.of(Role.SECRETARIAT)),
    /** Secretariat or a member of the session: the Committee's decision. */
    DECIDE(EnumSet.of(SCHEDULED), Set.of(Role.SECRETARIAT, Role.COMMITTEE_MEMBER)),
    /** The state (through its focal point) or the secretariat on its behalf. */
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, RETURNED, COMPLETE, UNDER_EVALUATION, EVALUATED, SCHEDULED),
            Set.of(Role.FOCAL_POINT, Role.SECRETARIAT));

    private final Set<NominationStatus> from;
    private final Set<Role> roles;

    NominationCommand(Set<NominationStatus> from, Set<Role> roles) {
        this.from = from;
        this.roles = roles;
    }

    /** How the command is named in addresses and forms: {@code roll-over} for {@link #ROLL_OVER}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The command named {@code path} in an address, if there is one. */
    public static java.util.Optional<NominationCommand> ofPath(String path) {
        for (NominationCommand command : values()) {
            if (command.path().equals(path)) {
                return java.util.Optional.of(command);
            }
        }
        return java.util.Optional.empty();
    }

    public boolean startsFrom(NominationStatus status) {
        return from.contains(status);
    }

    public Set<Role> roles() {
        return roles;
    }
}
