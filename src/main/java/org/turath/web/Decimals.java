package org.turath.web;

import java.math.BigDecimal;

/**
 * A number as people type it in the portal's three languages: Arabic-Indic or Persian digits, the Arabic decimal
 * separator, spaces or commas between thousands ("250 000", "250,000", "٢٥٠٬٠٠٠"), a decimal comma ("12,5") or point.
 */
public final class Decimals {

    private Decimals() {
    }

    /** The number typed, with at most two decimals; null for nothing typed; an exception for anything else. */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        typed.strip().codePoints().forEach(c -> {
            if (c >= 0x0660 && c <= 0x0669) {
                plain.append((char) ('0' + c - 0x0660));
            } else if (c >= 0x06F0 && c <= 0x06F9) {
                plain.append((char) ('0' + c - 0x06F0));
            } else if (c == 0x066B) {
                plain.append('.');
            } else if (c == 0x066C || Character.isSpaceChar(c) || c == '\'' || c == 0x2019) {
                // a thousands separator: dropped
            } else {
                plain.appendCodePoint(c);
            }
        });
        String text = plain.toString();
        if (text.contains(",") && text.contains(".")) {
            // the separator written first separates thousands
            text = text.indexOf(',') < text.indexOf('.') ? text.replace(",", "") : text.replace(".", "").replace(',', '.');
        } else if (text.matches("\\d{1,3}(,\\d{3})+")) {
            text = text.replace(",", "");
        } else {
            text = text.replace(',', '.');
        }
        if (!text.matches("\\d{1,14}(\\.\\d{1,2})?")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(text);
    }

    /**
     * A signed decimal as typed in a field such as a latitude: digits of any script, a point, a comma or the Arabic
     * decimal separator, a hyphen or a minus sign; empty when nothing is typed or it is not a number.
     */
    public static java.util.Optional<BigDecimal> signed(String typed) {
        String text = org.turath.shared.TextInput.line(typed);
        if (text == null) {
            return java.util.Optional.empty();
        }
        StringBuilder normalised = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c)) {
                normalised.append(Character.forDigit(Character.digit(c, 10), 10));
            } else if (c == ',' || c == '\u066B') {
                normalised.append('.');
            } else if (c == '\u2212') {
                normalised.append('-');
            } else {
                normalised.append(c);
            }
        }
        try {
            return java.util.Optional.of(new BigDecimal(normalised.toString()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** An amount in its currency as the reader's language writes it ("250 000,00 $US", "US$250,000.00"); null for none. */
    public static String money(BigDecimal amount, String currency, org.turath.shared.Language language) {
        if (amount == null || currency == null) {
            return null;
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(java.util.Currency.getInstance(currency));
        return format.format(amount);
    }
}
