package org.turath.nominations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationStatus;

import java.time.Instant;

/** One entry of a file's timeline: a command, who gave it, when and why. */
@Embeddable
public class Step {

    @Enumerated(EnumType.STRING)
    private NominationCommand command;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private NominationStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private NominationStatus to;
    private String actor;
    private Instant at;
    private String comment;

    protected Step() {
    }

    Step(NominationCommand command, NominationStatus from, NominationStatus to, String actor, Instant at, String comment) {
        this.command = command;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    public NominationCommand command() {
        return command;
    }

    public NominationStatus from() {
        return from;
    }

    public NominationStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String comment() {
        return comment;
    }
}
