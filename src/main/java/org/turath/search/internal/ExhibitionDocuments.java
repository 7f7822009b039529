package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.exhibitions.ExhibitionChanged;
import org.turath.shared.Language;

import java.time.Instant;
import java.util.ArrayList;
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
        documents.keep(TYPE + ":" + event.id(), event.published(), document -> {
            String[] names = new String[3];
            String[] texts = new String[3];
            for (Language language : Language.values()) {
                names[language.ordinal()] = event.title().in(language).orElse(null);
                List<String> parts = new ArrayList<>();
                event.introduction().in(language).ifPresent(parts::add);
                event.narrative().in(language).ifPresent(parts::add);
                texts[language.ordinal()] = parts.isEmpty() ? null : String.join("\n\n", parts);
            }
            document.fill(TYPE, event.reference(), names, texts, null, null, false, null, List.copyOf(event.states()), List.of(),
                    List.of(), null, null, Instant.now());
        });
    }
}
