package org.turath.web;

import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * What a form field's {@code aria-describedby} names, for the field fragments ({@code fragments/forms}): its error
 * ({@code e-<field>}) when the form was refused on it, then its help line ({@code h-<field>}) when it has one — so a
 * screen reader reads the error first. Null when there is neither, and the attribute is left out.
 */
@Component("fieldAria")
public class FieldAria {

    public String describedBy(String field, Map<String, ?> errors, Object help) {
        boolean refused = errors != null && errors.containsKey(field);
        if (refused && help != null) {
            return "e-" + field + " h-" + field;
        }
        if (refused) {
            return "e-" + field;
        }
        return help != null ? "h-" + field : null;
    }
}
