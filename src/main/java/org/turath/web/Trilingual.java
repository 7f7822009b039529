package org.turath.web;

import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.shared.TextInput;

/**
 * A form's three-language field, typed side by side as {@code <name>.ar}, {@code <name>.en},
 * {@code <name>.fr} and bound to a form record's component {@code name} of this type.
 */
public record Trilingual(String ar, String en, String fr) {

    public static final Trilingual EMPTY = new Trilingual(null, null, null);

    /** What a form posted for the field, empty when it posted none of its languages. */
    public static Trilingual orEmpty(Trilingual typed) {
        return typed == null ? EMPTY : typed;
    }

    /** A kept text, to fill a form with (absent languages empty). */
    public static Trilingual of(LocalizedText text) {
        return new Trilingual(text.in(Language.AR).orElse(""), text.in(Language.EN).orElse(""), text.in(Language.FR).orElse(""));
    }

    /** What was typed in {@code language}, as typed (for showing a refused form again). */
    public String in(Language language) {
        return switch (language) {
            case AR -> ar;
            case EN -> en;
            case FR -> fr;
        };
    }

    /** The texts cleaned as one line each (a name, a title). */
    public LocalizedText line() {
        return new LocalizedText(TextInput.line(ar), TextInput.line(en), TextInput.line(fr));
    }

    /** The texts as rich text, sanitised. */
    public RichText rich() {
        return new RichText(ar, en, fr);
    }

    /** Whether any language's text is longer than {@code max} characters. */
    public boolean longerThan(int max) {
        for (Language language : Language.values()) {
            String text = in(language);
            if (text != null && text.codePointCount(0, text.length()) > max) {
                return true;
            }
        }
        return false;
    }
}
