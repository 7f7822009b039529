package org.turath.search.internal;

import org.springframework.stereotype.Component;
import org.turath.registry.HeritageDetail;

import java.util.Set;

/** The search documents as the module's public services see them. */
@Component
public class IndexDocuments {

    private final SearchDocuments documents;
    private final HeritageDocuments heritage;

    IndexDocuments(SearchDocuments documents, HeritageDocuments heritage) {
        this.documents = documents;
        this.heritage = heritage;
    }

    public static String heritageId(String reference) {
        return HeritageDocuments.idOf(reference);
    }

    public void upsertHeritage(java.util.List<HeritageDetail> items) {
        heritage.upsertAll(items);
    }

    /** Deletes the heritage documents not in {@code keep}; returns how many. */
    public long removeHeritageExcept(Set<String> keep) {
        long removed = 0;
        for (String id : documents.findIdsByType(HeritageDocuments.TYPE)) {
            if (!keep.contains(id)) {
                documents.deleteById(id);
                removed++;
            }
        }
        return removed;
    }

    /** Documents of heritage items, to compare with the registry's count. */
    public long heritageCount() {
        return documents.countByType(HeritageDocuments.TYPE);
    }

    public long count() {
        return documents.count();
    }
}
