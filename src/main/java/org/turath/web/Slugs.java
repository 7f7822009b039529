package org.turath.web;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/** The address of a record on the portal made from its name: plain lower-case Latin letters and digits joined by hyphens. */
public final class Slugs {

    /** The longest address made. */
    public static final int MAX = 80;
    private static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private Slugs() {
    }

    /** {@code text} in plain lower-case Latin letters and digits, words joined by hyphens; null when nothing is left. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String slug = LATIN.transliterate(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? null : slug.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code slug} is a well-formed address. */
    public static boolean valid(String slug) {
        return slug != null && slug.length() <= MAX && slug.matches(PATTERN);
    }
}
