package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.museums.MuseumChanged;

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
        documents.keep(TYPE + ":" + event.id(), event.published(), document -> document.fill(TYPE, event.reference(),
                LanguageTexts.of(event.name()),
                LanguageTexts.joined(language -> java.util.Arrays.asList(event.city().in(language).orElse(null),
                        event.description().in(language).orElse(null))),
                null, null, false, null, List.of(event.state()), List.of(), List.of(), null, null, Instant.now()));
    }
}
