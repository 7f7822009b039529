package org.turath.shared;

import jakarta.persistence.Embeddable;

import java.util.Optional;

/**
 * A text kept in the portal's three languages; any of them may be missing. Entities embed it with
 * their own column names.
 */
@Embeddable
public class LocalizedText {

    private String ar;
    private String en;
    private String fr;

    protected LocalizedText() {
    }

    public LocalizedText(String ar, String en, String fr) {
        this.ar = blankToNull(ar);
        this.en = blankToNull(en);
        this.fr = blankToNull(fr);
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, null, null);
    }

    /** JPA gives null for an embedded text whose columns are all null; entities hand out this instead. */
    public static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? empty() : text;
    }

    public Optional<String> in(Language language) {
        return Optional.ofNullable(switch (language) {
            case AR -> ar;
            case EN -> en;
            case FR -> fr;
        });
    }

    /** The text for a reader of {@code language}, or the first fallback that has one. */
    public Optional<Localized> resolve(Language language) {
        for (Language candidate : language.fallbackOrder()) {
            Optional<String> text = in(candidate);
            if (text.isPresent()) {
                return Optional.of(new Localized(text.get(), candidate, candidate != language));
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return ar == null && en == null && fr == null;
    }

    public String getAr() {
        return ar;
    }

    public String getEn() {
        return en;
    }

    public String getFr() {
        return fr;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && java.util.Objects.equals(ar, that.ar)
                && java.util.Objects.equals(en, that.en)
                && java.util.Objects.equals(fr, that.fr);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(ar, en, fr);
    }
}
