package org.turath.learning;

/**
 * A request the rules refuse, with a code that pages turn into a translated message
 * ({@code learning.problem.<code>}) and optional arguments for it.
 */
public class LearningException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public LearningException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
