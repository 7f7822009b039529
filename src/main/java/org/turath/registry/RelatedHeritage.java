package org.turath.registry;

import org.turath.shared.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The heritage items a record of another module is about (a publication, a news article, a training), as its form types
 * them — references of the List separated by spaces or commas (Latin or Arabic) — and as its pages name them.
 */
public final class RelatedHeritage {

    /** The most items one record may name. */
    public static final int MAX = 30;

    private RelatedHeritage() {
    }

    /**
     * The references typed in {@code typed}, upper case, each once, in their order; a reference not of the List's shape
     * or not on it ({@code onTheList}), or more than {@link #MAX}, puts {@code errorKey} under {@code field} in
     * {@code errors}.
     */
    public static List<String> read(String typed, Predicate<String> onTheList, String field, String errorKey, Map<String, String> errors) {
        List<String> references = new ArrayList<>();
        for (String reference : Optional.ofNullable(typed).orElse("").split("[\\s,،]+")) {
            if (reference.isBlank()) {
                continue;
            }
            String upper = reference.strip().toUpperCase(Locale.ROOT);
            if (!upper.matches("[A-Z]{2,5}-\\d{1,7}") || !onTheList.test(upper)) {
                errors.put(field, errorKey);
            } else if (!references.contains(upper)) {
                references.add(upper);
            }
        }
        if (references.size() > MAX) {
            errors.put(field, errorKey);
        }
        return references;
    }

    /** The items' names for pages: reference → name in the reader's language (items no longer on the List left out). */
    public static Map<String, String> names(List<String> references, RegistryApi registry, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String reference : references) {
            registry.find(reference).ifPresent(item -> names.put(reference,
                    item.name().resolve(language).map(l -> l.text()).orElse(reference)));
        }
        return names;
    }
}
