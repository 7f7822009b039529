package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.exhibitions.ExhibitionChanged;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the search documents of exhibitions in step with them: the title as the name; the introduction, the sections'
 * titles and narratives and the captions as the text; the states of its organiser and venues for their facet.
 */
@Component
class ExhibitionDocuments {

    static final String TYPE = "EXHIBITION";

    private final SearchDocuments documents;

    ExhibitionDocuments(SearchDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void on(ExhibitionChanged event) {
        documents.keep(TYPE + ":" + event.id(), event.published(), document -> document.fill(TYPE, event.reference(),
                LanguageTexts.of(event.title()),
                LanguageTexts.joined(language -> java.util.Arrays.asList(event.introduction().in(language).orElse(null),
                        event.narrative().in(language).orElse(null))),
                null, null, false, null, List.copyOf(event.states()), List.of(), List.of(), null, null, Instant.now()));
    }
}
