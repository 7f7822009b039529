package org.turath.web;

import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.util.Map;

/** A form's three-language field ({@link Trilingual}), read and checked as the portal keeps it. */
public final class LocalizedFields {

    private LocalizedFields() {
    }

    /**
     * The field's text in each language, cleaned as one line; a text longer than {@code max} puts {@code tooLong}
     * (a message key) into {@code errors} under {@code name}.
     */
    public static LocalizedText read(Trilingual typed, String name, int max, String tooLong, Map<String, String> errors) {
        LocalizedText cleaned = Trilingual.orEmpty(typed).line();
        checkLength(cleaned, name, max, tooLong, errors);
        return cleaned;
    }

    /** The field as rich text (sanitised once, by {@link RichText}), its length checked like {@link #read}'s. */
    public static RichText readRich(Trilingual typed, String name, int max, String tooLong, Map<String, String> errors) {
        RichText text = Trilingual.orEmpty(typed).rich();
        checkLength(text.markup(), name, max, tooLong, errors);
        return text;
    }

    private static void checkLength(LocalizedText text, String name, int max, String tooLong, Map<String, String> errors) {
        for (Language l : Language.values()) {
            if (text.in(l).map(String::length).orElse(0) > max) {
                errors.put(name, tooLong);
            }
        }
    }
}
