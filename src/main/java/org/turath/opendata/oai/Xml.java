package org.turath.opendata.oai;

/** What XML 1.0 cannot carry, taken out of a text before it is written. */
final class Xml {

    private Xml() {
    }

    /** The text without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF). */
    static String clean(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (clean != null) {
                    clean.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }
}
