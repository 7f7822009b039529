package org.turath.search.internal;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heritage thesaurus ({@code search/thesaurus.txt}), applied to what people type: a word of a group is searched as
 * any word of its group (مسجد finds mosque and جامع; والمساجد finds مسجد). Words are compared as Arabic readers
 * and French readers expect: without diacritics, tatweel, hamza on alef, taa marbuta, accents or case, and without the
 * Arabic article or the prefixes و ب ف ك ل before it.
 */
@Component
public class Thesaurus {

    private static final String FILE = "search/thesaurus.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}\\u0640]+");
    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\u0640]");
    private static final Pattern ARABIC_PREFIX = Pattern.compile("^(?:وال|بال|فال|كال|لل|ال|و)(?=\\p{L}{3,})");
    /** Only words outside quotes, and not an operator's part, are expanded. */
    private static final Pattern SPECIAL = Pattern.compile("[\"()|+*~-]");

    private final Map<String, List<String>> groups;

    public Thesaurus() {
        this(read());
    }

    Thesaurus(List<List<String>> lines) {
        Map<String, List<String>> byWord = new HashMap<>();
        for (List<String> group : lines) {
            for (String word : group) {
                List<String> before = byWord.putIfAbsent(key(word), group);
                if (before != null && before != group) {
                    throw new IllegalStateException("The thesaurus lists \"" + word + "\" in two groups");
                }
            }
        }
        this.groups = Map.copyOf(byWord);
    }

    /** The group a typed word belongs to, or an empty list. */
    public List<String> group(String word) {
        return groups.getOrDefault(key(word), List.of());
    }

    /**
     * The text with each word of a group replaced by the group as alternatives ({@code (مسجد | mosque | …)}), for a
     * simple query string; text with quotes or operators is left as typed.
     */
    public String expand(String text) {
        if (SPECIAL.matcher(text).find()) {
            return text;
        }
        Matcher words = WORD.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (words.find()) {
            List<String> group = group(words.group());
            String replacement = group.isEmpty() ? words.group() : "(" + words.group() + " | " + String.join(" | ", group) + ")";
            words.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(expanded);
        return expanded.toString();
    }

    /** A word as compared: folded, unmarked, Arabic letters unified, Arabic prefixes removed. */
    static String key(String word) {
        String folded = MARKS.matcher(Normalizer.normalize(word.strip(), Normalizer.Form.NFD)).replaceAll("");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي');
        return ARABIC_PREFIX.matcher(folded).replaceFirst("");
    }

    private static List<List<String>> read() {
        List<List<String>> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(FILE).getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(Arrays.stream(line.split(",")).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        return lines;
    }
}
