package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.collections.ObjectChanged;

import java.time.Instant;
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
        documents.keep(TYPE + ":" + event.id(), event.published(), document -> document.fill(TYPE, event.reference(),
                LanguageTexts.of(event.title()),
                LanguageTexts.joined(language -> java.util.Arrays.asList(event.objectType().in(language).orElse(null),
                        event.materials().in(language).orElse(null), event.museum().in(language).orElse(null),
                        event.description().in(language).orElse(null), event.inscription())),
                null, null, false, null, event.state() == null ? List.of() : List.of(event.state()), List.of(), List.of(), null, null,
                Instant.now()));
    }
}
