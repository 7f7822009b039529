package org.turath.shared;

/**
 * A text as shown to a reader: the words, the language they are in, and whether that language is a
 * fallback because the reader's own was missing (pages then mark it).
 */
public record Localized(String text, Language language, boolean fallback) {

    public String lang() {
        return language.tag();
    }

    public String dir() {
        return language.dir();
    }
}
