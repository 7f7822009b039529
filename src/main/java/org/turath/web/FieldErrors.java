package org.turath.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bound form's errors as pages show them: for each field, the key of its translated message. Bean
 * Validation constraints on form records name that key as their {@code message}; a value that could
 * not be converted at all (a date that is not one) gets {@code form.error.invalid}.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Map<String, String> of(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String key = error.isBindingFailure() || error.getDefaultMessage() == null || error.getDefaultMessage().contains(" ")
                    ? "form.error.invalid" : error.getDefaultMessage();
            // a three-language field's error stands beside the field, not one of its languages
            String field = error.getField().replaceFirst("\\.(ar|en|fr)$", "");
            errors.putIfAbsent(field, key);
        }
        return errors;
    }
}
