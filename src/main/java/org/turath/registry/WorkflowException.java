package org.turath.registry;

/** A step of the editorial workflow that the item's state does not allow; shown as a translated 409. */
public class WorkflowException extends org.turath.shared.ConflictException {

    private final PublicationState from;
    private final PublicationState to;

    public WorkflowException(PublicationState from, PublicationState to) {
        super("workflow-step", "An item " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public PublicationState from() {
        return from;
    }

    public PublicationState to() {
        return to;
    }
}
