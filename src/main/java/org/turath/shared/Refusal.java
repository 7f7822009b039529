package org.turath.shared;

import java.util.List;

/**
 * A request the rules refuse for a reason the person can act on: the page says why, in their
 * language, from the message {@code <area>.problem.<code>} filled in with {@code arguments} (a
 * size limit, a date). Every module refuses with this one type; the area keeps its messages apart.
 */
public class Refusal extends RuntimeException {

    private final String area;
    private final String code;
    private final transient List<Object> arguments;

    public Refusal(String area, String code, Object... arguments) {
        super(area + ": " + code);
        this.area = area;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** What was refused, e.g. {@code session-number}. */
    public String code() {
        return code;
    }

    /** The key of the message that says why. */
    public String messageKey() {
        return area + ".problem." + code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
