package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.museums.MuseumChanged;
import org.turath.shared.Language;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the search documents of museums in step with the directory: the name as the name, the description and the
 * city as the text, the state for its facet. Museums carry no position here: the map of the List draws them as a layer
 * of their own, so search markers stay heritage items.
 */
@Component
class MuseumDocuments {

    static final String TYPE = "MUSEUM";

    private final SearchDocuments documents;

    MuseumDocuments(SearchDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void on(MuseumChanged event) {
        documents.keep(TYPE + ":" + event.id(), event.published(), document -> {
            String[] names = new String[3];
            String[] texts = new String[3];
            for (Language language : Language.values()) {
                names[language.ordinal()] = event.name().in(language).orElse(null);
                String city = event.city().in(language).orElse(null);
                String description = event.description().in(language).orElse(null);
                texts[language.ordinal()] = city == null ? description : description == null ? city : city + "\n\n" + description;
            }
            document.fill(TYPE, event.reference(), names, texts, null, null, false, null, List.of(event.state()), List.of(), List.of(),
                    null, null, Instant.now());
        });
    }
}
