package org.turath.shared.web;

import org.springframework.util.MultiValueMap;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;

import java.util.Map;

/** A form's three-language field, typed side by side as {@code <name>.ar}, {@code <name>.en}, {@code <name>.fr}. */
public final class LocalizedFields {

    private LocalizedFields() {
    }

    /**
     * The field's text in each language, cleaned as one line or as rich text; a text longer than
     * {@code max} puts {@code tooLong} (a message key) into {@code errors} under {@code name}.
     */
    public static LocalizedText read(MultiValueMap<String, String> form, String name, int max, boolean rich, String tooLong,
                                     Map<String, String> errors) {
        String[] values = new String[3];
        for (Language l : Language.values()) {
            String raw = form.getFirst(name + "." + l.tag());
            String value = rich ? TextInput.rich(raw) : TextInput.line(raw);
            if (value != null && value.length() > max) {
                errors.put(name, tooLong);
            }
            values[l.ordinal()] = value;
        }
        return new LocalizedText(values[0], values[1], values[2]);
    }
}
