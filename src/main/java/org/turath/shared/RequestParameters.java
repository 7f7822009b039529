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

    /** The constant of {@code type} named exactly {@code value} (a form's select), if there is one. */
    public static <E extends Enum<E>> java.util.Optional<E> named(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return java.util.Optional.of(constant);
            }
        }
        return java.util.Optional.empty();
    }

    /** The id in a page's path: anything but a UUID is a page that does not exist, {@code what} naming it. */
    public static java.util.UUID pathId(String value, String what) {
        try {
            return java.util.UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what);
        }
    }

    /** The version a form was drawn from (the stale-edit check); anything but a number is an {@link InvalidRequestException}. */
    public static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("version");
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
