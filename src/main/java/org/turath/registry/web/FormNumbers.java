package org.turath.registry.web;

import org.springframework.validation.BindingResult;
import org.turath.shared.TextInput;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers typed into the back office's forms: parsed here rather than by the binder, so that a
 * wrong value stays in its field as typed and gets its own translated message.
 */
final class FormNumbers {

    private FormNumbers() {
    }

    /** The number typed, when there is one and it is a number (Western or Arabic-Indic digits, point or comma). */
    static Optional<BigDecimal> decimal(String typed) {
        return org.turath.web.Decimals.signed(typed);
    }

    /** Checks a typed number: a number at all, within [min, max], with at most {@code scale} decimals. */
    static void check(BindingResult errors, String field, String typed, BigDecimal min, BigDecimal max, int scale) {
        if (TextInput.line(typed) == null || errors.hasFieldErrors(field)) {
            return;
        }
        Optional<BigDecimal> value = decimal(typed);
        if (value.isEmpty()) {
            errors.rejectValue(field, "typeMismatch");
        } else if (value.get().compareTo(min) < 0 || value.get().compareTo(max) > 0) {
            errors.rejectValue(field, "admin.error.between", new Object[]{min.toPlainString(), max.toPlainString()}, null);
        } else if (value.get().stripTrailingZeros().scale() > scale) {
            errors.rejectValue(field, "admin.error.decimals", new Object[]{scale}, null);
        }
    }

    static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
