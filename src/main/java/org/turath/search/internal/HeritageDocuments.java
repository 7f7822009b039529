package org.turath.search.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.registry.CriterionInfo;
import org.turath.registry.HeritageDetail;
import org.turath.registry.HeritageItemChanged;
import org.turath.registry.HeritageStatus;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.Arrays;

/**
 * Keeps the search documents of heritage items in step with the registry. It listens inside the
 * registry's transaction, so an import that rolls back leaves the index as it was.
 */
@Component
class HeritageDocuments {

    static final String TYPE = "HERITAGE";

    private final SearchDocuments documents;

    HeritageDocuments(SearchDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void on(HeritageItemChanged event) {
        if (event.item().publication().isPublic()) {
            upsert(event.item());
        } else {
            // a draft, an item in review or an archived one is not searchable by the public
            documents.findById(idOf(event.item().reference())).ifPresent(documents::delete);
        }
    }

    /** Writes the documents of many items with one read of the existing ones. */
    void upsertAll(java.util.List<HeritageDetail> items) {
        java.util.Map<String, SearchDocument> existing = documents.findAllById(items.stream().map(i -> idOf(i.reference())).toList())
                .stream().collect(java.util.stream.Collectors.toMap(SearchDocument::id, d -> d));
        for (HeritageDetail item : items) {
            SearchDocument document = existing.get(idOf(item.reference()));
            if (document == null) {
                document = new SearchDocument(idOf(item.reference()));
                fill(document, item);
                documents.save(document);
            } else {
                fill(document, item);
            }
        }
    }

    /** Writes the item's document; says whether it was new or changed. */
    boolean upsert(HeritageDetail item) {
        String id = idOf(item.reference());
        SearchDocument document = documents.findById(id).orElse(null);
        boolean created = document == null;
        if (created) {
            document = new SearchDocument(id);
        }
        boolean changed = fill(document, item);
        if (created) {
            documents.save(document);
        }
        return created || changed;
    }

    static String idOf(String reference) {
        return TYPE + ":" + reference;
    }

    static boolean fill(SearchDocument document, HeritageDetail item) {
        return document.fill(TYPE, item.reference(), texts(item.name()), texts(item.description().plain()),
                item.kind().name(), item.status().name(), item.status() == HeritageStatus.IN_DANGER, item.inscriptionYear(),
                item.states(), item.regions().stream().sorted().toList(),
                item.criteria().stream().map(CriterionInfo::key).sorted().toList(),
                item.latitude(), item.longitude(), item.updatedAt());
    }

    private static String[] texts(LocalizedText text) {
        return Arrays.stream(Language.values())
                .map(language -> text.in(language).orElse(null))
                .toArray(String[]::new);
    }
}
