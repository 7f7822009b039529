package org.turath.web;

import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How the portal's forms read their common fields — a line or a block of text in three languages, a positive
 * measure — each problem put into the form's errors (field, message key) under the caller's own message.
 */
public final class FormFields {

    private FormFields() {
    }

    /** A one-line text in three languages; {@code tooLong} when a language's text is longer than {@code max}. */
    public static LocalizedText line(Map<String, String> errors, String field, Trilingual typed, int max, String tooLong) {
        Trilingual text = Trilingual.orEmpty(typed);
        if (text.longerThan(max)) {
            errors.put(field, tooLong);
        }
        return text.line();
    }

    /** A text of several lines in three languages, its line breaks kept; {@code tooLong} as for {@link #line}. */
    public static LocalizedText block(Map<String, String> errors, String field, Trilingual typed, int max, String tooLong) {
        Trilingual text = Trilingual.orEmpty(typed);
        if (text.longerThan(max)) {
            errors.put(field, tooLong);
        }
        return new LocalizedText(TextInput.block(text.ar()), TextInput.block(text.en()), TextInput.block(text.fr()));
    }

    /**
     * A positive number with at most two decimals and eight digits before them, typed with digits of any script; null
     * when nothing was typed, and {@code invalid} when what was typed is not one.
     */
    public static BigDecimal positive(Map<String, String> errors, String field, String typed, String invalid) {
        if (TextInput.line(typed) == null) {
            return null;
        }
        Optional<BigDecimal> value = Decimals.signed(typed);
        if (value.isEmpty() || value.get().signum() <= 0 || value.get().scale() > 2 || value.get().precision() - value.get().scale() > 8) {
            errors.put(field, invalid);
            return null;
        }
        return value.get();
    }
}
