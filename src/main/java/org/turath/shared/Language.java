package org.turath.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages, Arabic first. */
public enum Language {
    // Arabic pages write numbers with Western digits, as the centre's own publications do
    AR("ar", "ar-u-nu-latn", true),
    EN("en", "en", false),
    FR("fr", "fr", false);

    private final String tag;
    private final boolean rightToLeft;
    private final Locale locale;

    Language(String tag, String localeTag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(localeTag);
    }

    public static final Language DEFAULT = AR;

    public String tag() {
        return tag;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.getLanguage()).orElse(DEFAULT);
    }

    /**
     * The order in which content is looked for when the reader's language has none: the reader's
     * own, then English and French (which UNESCO's data always has), then Arabic.
     */
    public List<Language> fallbackOrder() {
        return switch (this) {
            case AR -> List.of(AR, EN, FR);
            case EN -> List.of(EN, FR, AR);
            case FR -> List.of(FR, EN, AR);
        };
    }
}
