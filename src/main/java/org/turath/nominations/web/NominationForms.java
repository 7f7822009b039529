package org.turath.nominations.web;

import org.turath.shared.LocalizedText;
import org.turath.web.Trilingual;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** How the nomination pages read what people type. */
final class NominationForms {

    private NominationForms() {
    }

    /** Text as typed, minus what no one types: control characters (but line breaks) and bidi overrides kept balanced by the browser. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** A name in three languages, each cleaned; longer than 500 characters puts an error under {@code field}. */
    static LocalizedText names(Trilingual typed, String field, Map<String, String> errors) {
        Trilingual text = Trilingual.orEmpty(typed);
        String ar = clean(text.ar());
        String en = clean(text.en());
        String fr = clean(text.fr());
        for (String value : List.of(ar, en, fr)) {
            if (value.length() > 500) {
                errors.put(field, "nominations.error.too-long");
            }
        }
        return new LocalizedText(ar.isEmpty() ? null : ar, en.isEmpty() ? null : en, fr.isEmpty() ? null : fr);
    }

    /** The name typed in the fields {@code prefix.ar/.en/.fr} of a form read field by field. */
    static LocalizedText names(Function<String, String> posted, String prefix, Map<String, String> errors) {
        return names(new Trilingual(posted.apply(prefix + ".ar"), posted.apply(prefix + ".en"), posted.apply(prefix + ".fr")),
                prefix, errors);
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
