package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.collections.ObjectChanged;
import org.turath.shared.Language;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the search documents of museums' objects in step with the collections: the title as the name; the type,
 * materials, museum, description and the inscription as written (an Arabic inscription is found by Arabic words) as
 * the text; the museum's state for its facet; the first year for the decade.
 */
@Component
class ObjectDocuments {

    static final String TYPE = "OBJECT";

    private final SearchDocuments documents;

    ObjectDocuments(SearchDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void on(ObjectChanged event) {
        documents.keep(TYPE + ":" + event.id(), event.published(), document -> {
            String[] names = new String[3];
            String[] texts = new String[3];
            for (Language language : Language.values()) {
                names[language.ordinal()] = event.title().in(language).orElse(null);
                List<String> parts = new ArrayList<>();
                event.objectType().in(language).ifPresent(parts::add);
                event.materials().in(language).ifPresent(parts::add);
                event.museum().in(language).ifPresent(parts::add);
                event.description().in(language).ifPresent(parts::add);
                if (event.inscription() != null) {
                    parts.add(event.inscription());
                }
                texts[language.ordinal()] = parts.isEmpty() ? null : String.join("\n\n", parts);
            }
            document.fill(TYPE, event.reference(), names, texts, null, null, false, null,
                    event.state() == null ? List.of() : List.of(event.state()), List.of(), List.of(), null, null, Instant.now());
        });
    }
}
