package org.turath.shared;

import java.util.regex.Pattern;

/**
 * Text typed by people or read from files, made safe to keep: control characters (NUL included)
 * and bidi embedding/override/isolate characters are dropped, since pages set the direction
 * themselves ({@code dir="auto"}, {@code <bdi>}) and a stray override would reorder the text around
 * it. Rich text keeps a small set of elements ({@link Html#sanitized}); everything else is escaped
 * on output.
 */
public final class TextInput {

    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\uE000\\uE001]");
    private static final Pattern LINE_SPACES = Pattern.compile("\\s+");

    private TextInput() {
    }

    /** A one-line text (a name, a title): no controls, white space folded; null when nothing is left. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = LINE_SPACES.matcher(CONTROLS.matcher(text).replaceAll("")).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A text of several lines (a message, a comment): no controls but line breaks and tabs, ends trimmed; null when nothing is left. */
    public static String block(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = CONTROLS.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Rich text (a description): only paragraphs, emphasis, lists and safe links survive; null when no text is left. */
    public static String rich(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String sanitized = Html.sanitized(CONTROLS.matcher(html).replaceAll("")).html();
        return PlainText.of(sanitized) == null ? null : sanitized;
    }

    /** Whether {@code text} is an http(s) address with a host and no user part: what a visitor's browser may open (no javascript:, no data:). */
    public static boolean webAddress(String text) {
        if (text == null) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
