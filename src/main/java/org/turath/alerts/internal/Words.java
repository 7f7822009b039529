package org.turath.alerts.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words by which an alert is found, folded so that a visitor's spelling meets the curator's: lower case, no marks
 * (Arabic short vowels and shadda, French accents), the forms of alef as one, ى as ي, ة as ه, tatweel dropped, digits of
 * any script as ASCII, the Arabic article and its clitics (ال، وال، بال، كال، فال، لل) and a Latin plural s or x dropped,
 * and the commonest little words of the three languages left out.
 */
final class Words {

    static final int MAX_LENGTH = 60;
    private static final Set<String> LITTLE = Set.of("the", "and", "of", "with", "from", "for", "in", "on", "a", "an", "or", "to",
            "de", "du", "des", "la", "le", "les", "et", "en", "un", "une", "au", "aux", "avec", "par", "sur",
            "من", "في", "على", "الى", "او", "مع", "عن", "ذو", "ذات");
    private static final String[] CLITICS = {"وال", "بال", "كال", "فال", "ال", "لل"};

    private Words() {
    }

    /** The folded words of {@code text}, each once, in their order. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replace("\u0640", "");
        for (String raw : plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            String word = fold(raw);
            if (word.length() >= 2 && word.length() <= MAX_LENGTH && !LITTLE.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String fold(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                out.append(Character.getNumericValue(c));
                return;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ى' -> out.append('ي');
                case 'ة' -> out.append('ه');
                case 'ؤ' -> out.append('و');
                case 'ئ' -> out.append('ي');
                default -> out.appendCodePoint(c);
            }
        });
        String word = out.toString();
        if (word.isEmpty()) {
            return word;
        }
        if (isArabic(word.charAt(0))) {
            for (String clitic : CLITICS) {
                if (word.startsWith(clitic) && word.length() - clitic.length() >= 3) {
                    return word.substring(clitic.length());
                }
            }
            return word;
        }
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }
}
