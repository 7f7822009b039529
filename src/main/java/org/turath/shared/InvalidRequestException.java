package org.turath.shared;

/**
 * A request whose parameter cannot be understood (a malformed cursor, an unknown filter value).
 * Pages answer with a translated 400 page, the API with a problem document; never a 500.
 */
public class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String parameter) {
        super("Invalid value for parameter '" + parameter + "'");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
