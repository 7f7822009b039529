package org.turath.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as the portal keeps them: trimmed, lower-cased, within 320 characters. */
public final class EmailAddress {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");

    private EmailAddress() {
    }

    /** Whether {@code email} (normalised or not) looks like an address mail can reach, within the column's 320 characters. */
    public static boolean wellFormed(String email) {
        String normalised = normalise(email);
        return normalised != null && normalised.length() <= 320 && ADDRESS.matcher(normalised).matches();
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
