package org.turath.nominations.internal;

import org.turath.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AccountView;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationFileId;
import org.turath.nominations.Outcome;
import org.turath.nominations.domain.Evaluation;
import org.turath.nominations.domain.NominationFile;
import org.turath.shared.NotAllowedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secretariat's and the experts' work on a submitted file: a later deadline, the completeness
 * check (back to the state with comments, or accepted), the experts' assignment, their declarations
 * of interest and their evaluations.
 */
@Service
@Transactional
public class NominationReview {

    private final NominationAccess access;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final NominationMail mail;
    private final NominationClock clock;

    NominationReview(NominationAccess access, AccountsApi accounts, AuditLog audit, NominationMail mail,
                     NominationClock clock) {
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    public void extend(Actor actor, NominationFileId id, LocalDate until) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.EXTEND);
        if (until.isBefore(clock.today())) {
            throw new Refusal("nominations", "extension-past", until);
        }
        file.extend(until, actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.label(), "EXTEND " + until);
    }

    /** Back to the state with comments per section; at least one comment says what to fix. */
    public void returnToState(Actor actor, NominationFileId id, Map<String, String> sectionComments, String summary) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.RETURN);
        if (sectionComments.isEmpty() && (summary == null || summary.isBlank())) {
            throw new Refusal("nominations", "return-needs-comment");
        }
        file.returnToState(sectionComments, summary, actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.reference(), "RETURN v" + file.versions());
        mail.tellState(file, "returned", summary == null ? "" : summary);
    }

    public void accept(Actor actor, NominationFileId id, String comment) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.ACCEPT);
        file.accept(comment, actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.reference(), "ACCEPT v" + file.versions());
        mail.tellState(file, "complete", "");
    }

    /**
     * Assigns experts of the scientific committee. An expert who is not an evaluator, or who comes
     * from one of the file's states, is refused by name.
     */
    public void assign(Actor actor, NominationFileId id, List<String> evaluators, LocalDate dueOn) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.ASSIGN);
        if (evaluators.isEmpty()) {
            throw new Refusal("nominations", "no-evaluator");
        }
        if (dueOn.isBefore(clock.today())) {
            throw new Refusal("nominations", "due-past", dueOn);
        }
        List<String> normalised = new ArrayList<>();
        for (String email : evaluators) {
            AccountView person = accounts.find(email.trim())
                    .filter(p -> p.roles().contains(Role.EVALUATOR))
                    .orElseThrow(() -> new Refusal("nominations", "not-evaluator", email));
            Optional<String> shared = person.states().stream().filter(file.allStates()::contains).findFirst();
            if (shared.isPresent()) {
                throw new Refusal("nominations", "evaluator-from-state", person.email(), shared.get());
            }
            normalised.add(person.email());
        }
        List<Evaluation> added = file.assign(normalised, dueOn, actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.reference(), "ASSIGN " + String.join(", ", normalised));
        for (Evaluation evaluation : added) {
            mail.tell(evaluation.evaluator(), "assigned", file, mail.displayName(file, evaluation.evaluator()), dueOn.toString());
        }
    }

    public void declare(Actor actor, NominationFileId id, boolean conflicted, String declaration) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.EVALUATE);
        file.declare(actor.email(), conflicted, declaration, clock.now());
        audit.record(AuditType.NOMINATION, file.reference(), conflicted ? "CONFLICT declared" : "NO CONFLICT declared");
        if (conflicted) {
            file.evaluation(actor.email()).ifPresent(e -> mail.tell(e.assignedBy(), "conflict", file,
                    mail.displayName(file, e.assignedBy()), actor.email()));
        }
    }

    public void evaluate(Actor actor, NominationFileId id, List<String> criteria, String assessment, Outcome recommendation) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.EVALUATE);
        Evaluation evaluation = file.evaluation(actor.email()).orElseThrow(NotAllowedException::new);
        if (!evaluation.declared()) {
            throw new Refusal("nominations", "declare-first");
        }
        if (evaluation.done()) {
            throw new Refusal("nominations", "already-evaluated");
        }
        if (assessment == null || assessment.isBlank()) {
            throw new Refusal("nominations", "assessment-missing");
        }
        file.evaluate(actor.email(), criteria, assessment, recommendation, clock.now());
        audit.record(AuditType.NOMINATION, file.reference(), "EVALUATE " + recommendation);
    }
}
