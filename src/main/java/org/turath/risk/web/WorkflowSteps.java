package org.turath.risk.web;

import org.turath.accounts.Actor;
import org.turath.risk.internal.CheckedWorkflow;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;

/** A workflow button's post taken on a checked record: the step named, with the version seen and the comment given. */
final class WorkflowSteps {

    private static final int COMMENT_MAX = 4000;

    private WorkflowSteps() {
    }

    /** Takes the step {@code form} names on {@code id}; returns the step's name (to say it back), or refuses. */
    static <I> String take(CheckedWorkflow<I> desk, Actor actor, I id, ReportAdminPages.StepForm form) {
        long version = RequestParameters.version(form.version());
        String comment = TextInput.block(form.comment());
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new Refusal("risk", "comment-long");
        }
        String action = form.action() == null ? "" : form.action();
        switch (action) {
            case "submit" -> desk.submit(actor, id, version);
            case "verify" -> desk.verify(actor, id, version, comment);
            case "publish" -> desk.publish(actor, id, version);
            case "return" -> desk.returnToAuthor(actor, id, version, comment);
            default -> throw new InvalidRequestException("action");
        }
        return action;
    }
}
