package org.turath.nominations.internal;

import org.turath.shared.Refusal;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationFileId;
import org.turath.nominations.domain.CommitteeSessions;
import org.turath.nominations.domain.Evaluation;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationFiles;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a nomination file, in one place: who sees it (its states' focal points, the
 * secretariat, its active experts, the members of its session), who may read its dossier, who may
 * edit it, and which of the {@link NominationCommand}s a person may give it now.
 */
@Component
public class NominationAccess {

    private final NominationFiles files;
    private final CommitteeSessions sessions;

    NominationAccess(NominationFiles files, CommitteeSessions sessions) {
        this.files = files;
        this.sessions = sessions;
    }

    /** The file, if the person may see it; a file they may not see answers as if it did not exist. */
    public NominationFile visible(Actor actor, NominationFileId id) {
        return files.findById(id.value()).filter(file -> canSee(actor, file)).orElseThrow(() -> new NotFoundException("nomination"));
    }

    /** The file, if the person may read its dossier; refused (403) to an expert who has not declared their interests. */
    public NominationFile readable(Actor actor, NominationFileId id) {
        NominationFile file = visible(actor, id);
        if (!canRead(actor, file)) {
            throw new NotAllowedException();
        }
        return file;
    }

    /**
     * Whether the person may read the dossier: whoever may see the file, except that an expert who
     * sees it only as its evaluator must first declare their interests ("before reading").
     */
    public boolean canRead(Actor actor, NominationFile file) {
        if (!canSee(actor, file)) {
            return false;
        }
        Optional<Evaluation> assignment = file.evaluation(actor.email()).filter(Evaluation::active);
        if (assignment.isEmpty() || assignment.get().declared()) {
            return true;
        }
        // an undeclared expert who also sees the file on other grounds (say, as the secretariat) reads it on those
        return actor.hasAny(Role.SECRETARIAT) || (actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(file.allStates()))
                || (actor.hasAny(Role.ADMIN) && file.versions() > 0);
    }

    /**
     * Who may read a file: its states' focal points; the secretariat (drafts too: it grants extensions
     * and advises states before they submit); its active experts; the members of its session.
     */
    public boolean canSee(Actor actor, NominationFile file) {
        if (actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(file.allStates())) {
            return true;
        }
        if (actor.hasAny(Role.SECRETARIAT)) {
            return true;
        }
        if (actor.hasAny(Role.ADMIN) && file.versions() > 0) {
            return true;
        }
        if (actor.hasAny(Role.EVALUATOR) && file.evaluation(actor.email()).filter(Evaluation::active).isPresent()) {
            return true;
        }
        return actor.hasAny(Role.COMMITTEE_MEMBER) && file.sessionId() != null
                && sessions.findById(file.sessionId()).map(s -> s.hasMember(actor.email())).orElse(false);
    }

    public boolean canEdit(Actor actor, NominationFile file) {
        return file.status().editable() && canEditAsState(actor, file);
    }

    public static boolean canEditAsState(Actor actor, NominationFile file) {
        return actor.hasAny(Role.FOCAL_POINT) && actor.actsForAny(file.allStates());
    }

    /** Refuses {@code command} unless the person may give it and the file's status allows it. */
    public void guard(Actor actor, NominationFile file, NominationCommand command) {
        if (!may(actor, file, command)) {
            throw new NotAllowedException();
        }
        if (!command.startsFrom(file.status())) {
            throw new Refusal("nominations", "state", command, file.status());
        }
    }

    /** Whether the person may give {@code command} to this file, whatever its status. */
    boolean may(Actor actor, NominationFile file, NominationCommand command) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(actor.roles());
        roles.retainAll(command.roles());
        for (Role role : roles) {
            boolean allowed = switch (role) {
                case FOCAL_POINT -> actor.actsForAny(file.allStates());
                case SECRETARIAT -> true;
                case EVALUATOR -> file.evaluation(actor.email()).filter(Evaluation::active).isPresent();
                case COMMITTEE_MEMBER -> file.sessionId() != null
                        && sessions.findById(file.sessionId()).map(s -> s.hasMember(actor.email())).orElse(false);
                default -> false;
            };
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    /** The commands the person may give to the file now. */
    public Set<NominationCommand> commands(Actor actor, NominationFile file) {
        Set<NominationCommand> allowed = EnumSet.noneOf(NominationCommand.class);
        for (NominationCommand command : NominationCommand.values()) {
            if (command.startsFrom(file.status()) && may(actor, file, command)) {
                allowed.add(command);
            }
        }
        return allowed;
    }

    /** The file, if the person may edit it now and nobody saved it since {@code expectedVersion}. */
    public NominationFile editable(Actor actor, NominationFileId id, long expectedVersion) {
        NominationFile file = visible(actor, id);
        if (!canEdit(actor, file)) {
            if (!file.status().editable()) {
                throw new Refusal("nominations", "not-editable", file.status());
            }
            throw new NotAllowedException();
        }
        if (file.version() != expectedVersion) {
            throw new StaleFileException(file.updatedBy(), file.updatedAt());
        }
        return file;
    }

    /** Refuses unless the person works on the file for its state and the file may still change. */
    public void requireEditable(Actor actor, NominationFile file) {
        if (!canEditAsState(actor, file)) {
            throw new NotAllowedException();
        }
        if (!file.status().editable()) {
            throw new Refusal("nominations", "not-editable", file.status());
        }
    }
}
