package org.turath.nominations;

import java.util.List;

/**
 * A command refused for a reason the person can act on; {@code code} names the translated message
 * ({@code nominations.problem.<code>}) and {@code arguments} fill it in.
 */
public class NominationException extends RuntimeException {

    private final String code;
    private final transient List<Object> arguments;

    public NominationException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
