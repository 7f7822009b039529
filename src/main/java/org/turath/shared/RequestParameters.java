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

    /** A constant of {@code type}, in any case, with - for _ ({@code in-danger} is {@code IN_DANGER}). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter);
        }
    }

    /** An id given as a UUID; anything else is an {@link InvalidRequestException} naming {@code parameter}. */
    public static java.util.UUID uuid(String value, String parameter) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(parameter);
        }
    }

    /** The {@code lang} of an API request: ar, en or fr, Arabic when absent. */
    public static Language language(String lang) {
        return present(lang).map(tag -> Language.fromTag(tag).orElseThrow(() -> new InvalidRequestException("lang")))
                .orElse(Language.DEFAULT);
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
