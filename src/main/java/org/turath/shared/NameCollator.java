package org.turath.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Alphabetical order as a reader of each language expects it (ICU collation: Arabic letters in
 * Arabic order, French accents compared after the base letters). Sort keys let the database keep
 * that order for keyset paging without knowing anything about the language.
 */
public final class NameCollator {

    /** Keys are cut here (in hex characters); rows with equal prefixes fall back to id order. */
    public static final int MAX_SORT_KEY_LENGTH = 1000;

    private static final Map<Language, Collator> COLLATORS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Collator collator = Collator.getInstance(ULocale.forLanguageTag(language.tag()));
            collator.setStrength(Collator.TERTIARY);
            // punctuation and spaces do not decide the order: ‘Uruq Bani Ma’arid sorts under U, not before A
            ((com.ibm.icu.text.RuleBasedCollator) collator).setAlternateHandlingShifted(true);
            COLLATORS.put(language, collator.freeze());
        }
    }

    private NameCollator() {
    }

    public static Collator forLanguage(Language language) {
        return COLLATORS.get(language);
    }

    /** A key whose plain (byte-wise) order is the collation order of {@code text}. */
    public static String sortKey(String text, Language language) {
        if (text == null) {
            return "";
        }
        byte[] key = COLLATORS.get(language).getCollationKey(text).toByteArray();
        // the key ends with a zero byte; drop it so prefixes compare correctly
        int length = key.length > 0 && key[key.length - 1] == 0 ? key.length - 1 : key.length;
        String hex = HexFormat.of().formatHex(key, 0, length);
        return hex.length() > MAX_SORT_KEY_LENGTH ? hex.substring(0, MAX_SORT_KEY_LENGTH) : hex;
    }
}
