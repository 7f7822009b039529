package org.turath.web;

import org.springframework.util.MultiValueMap;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.shared.TextInput;

import java.util.Map;

/** A form's three-language field, typed side by side as {@code <name>.ar}, {@code <name>.en}, {@code <name>.fr}. */
public final class LocalizedFields {

    private LocalizedFields() {
    }

    /**
     * The field's text in each language, cleaned as one line; a text longer than {@code max} puts {@code tooLong}
     * (a message key) into {@code errors} under {@code name}.
     */
    public static LocalizedText read(MultiValueMap<String, String> form, String name, int max, String tooLong,
                                     Map<String, String> errors) {
        String[] values = new String[3];
        for (Language l : Language.values()) {
            values[l.ordinal()] = TextInput.line(form.getFirst(name + "." + l.tag()));
        }
        LocalizedText text = new LocalizedText(values[0], values[1], values[2]);
        checkLength(text, name, max, tooLong, errors);
        return text;
    }

    /** The field as rich text (sanitised once, by {@link RichText}), its length checked like {@link #read}'s. */
    public static RichText readRich(MultiValueMap<String, String> form, String name, int max, String tooLong,
                                    Map<String, String> errors) {
        RichText text = new RichText(form.getFirst(name + ".ar"), form.getFirst(name + ".en"), form.getFirst(name + ".fr"));
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
