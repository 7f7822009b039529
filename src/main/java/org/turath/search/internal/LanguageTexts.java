package org.turath.search.internal;

import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What a search document takes for each language, by the language's ordinal: a name, and a text made of parts. */
final class LanguageTexts {

    private LanguageTexts() {
    }

    /** {@code text} in each language (null where it has none). */
    static String[] of(LocalizedText text) {
        String[] values = new String[Language.values().length];
        for (Language language : Language.values()) {
            values[language.ordinal()] = text.in(language).orElse(null);
        }
        return values;
    }

    /** In each language, the parts {@code parts} gives that are there, a blank line between them (null where none is). */
    static String[] joined(Function<Language, List<String>> parts) {
        String[] values = new String[Language.values().length];
        for (Language language : Language.values()) {
            List<String> present = parts.apply(language).stream().filter(Objects::nonNull).toList();
            values[language.ordinal()] = present.isEmpty() ? null : String.join("\n\n", present);
        }
        return values;
    }
}
