package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.library.PublicationChanged;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the search documents of publications in step with the library: the title as the name, the
 * summary and the text read from the PDF as the text, the PDF's text in its own language's field so
 * that an Arabic PDF is analysed with the same Arabic rules as the rest of search.
 */
@Component
class PublicationDocuments {

    static final String TYPE = "PUBLICATION";

    private final SearchDocuments documents;

    PublicationDocuments(SearchDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void on(PublicationChanged event) {
        documents.keep(TYPE + ":" + event.id(), event.published(), document -> document.fill(TYPE, event.id().toString(),
                LanguageTexts.of(event.title()),
                LanguageTexts.joined(language -> java.util.Arrays.asList(event.summary().plain().in(language).orElse(null),
                        language == event.language() && !event.text().isBlank() ? event.text() : null)),
                null, null, false, null, List.of(), List.of(), List.of(), null, null, Instant.now()));
    }
}
