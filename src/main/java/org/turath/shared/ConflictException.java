package org.turath.shared;

/**
 * The request is well-formed but the thing's current state refuses it (a stale edit, a workflow
 * step its state does not allow); answered with a translated 409 whose problem type is {@link #type()}.
 */
public class ConflictException extends RuntimeException {

    private final String type;

    public ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** The stable problem type, also the message key suffix: {@code problem.<type>.title/detail}. */
    public String type() {
        return type;
    }
}
