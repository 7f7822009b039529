package org.turath.shared;

import java.util.Optional;

/** Reading optional query parameters as a reader types them; a value that cannot be understood is an {@link InvalidRequestException}. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** The value, stripped, unless it is missing or blank. */
    public static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int intBetween(String value, int min, int max, String parameter) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidRequestException(parameter);
    }

    /** A checkbox or flag: true/on/1 or false/0. */
    public static boolean flag(String value, String parameter) {
        return switch (value.strip()) {
            case "true", "on", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidRequestException(parameter);
        };
    }
}
