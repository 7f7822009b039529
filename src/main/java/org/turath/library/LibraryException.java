package org.turath.library;

/**
 * A request the library refuses, with a code pages turn into a translated message ({@code library.problem.<code>})
 * and the values that message names (the size limit, say).
 */
public class LibraryException extends RuntimeException {

    private final String code;
    private final Object[] arguments;

    public LibraryException(String code, Object... arguments) {
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
