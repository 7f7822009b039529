package org.turath.nominations.domain;

import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationStatus;

/** A command the file's status does not allow (or a change to a file that is not the state's to change). */
public class NominationStateException extends RuntimeException {

    private final transient NominationCommand command;
    private final NominationStatus status;

    public NominationStateException(NominationCommand command, NominationStatus status) {
        super((command == null ? "A change" : command.name()) + " is not possible while the file is " + status);
        this.command = command;
        this.status = status;
    }

    public NominationCommand command() {
        return command;
    }

    public NominationStatus status() {
        return status;
    }
}
