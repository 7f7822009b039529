package org.turath.search.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchDocuments extends JpaRepository<SearchDocument, String> {

    long countByType(String type);

    @org.springframework.data.jpa.repository.Query("select d.id from SearchDocument d where d.type = :type")
    java.util.List<String> findIdsByType(String type);

    /**
     * Keeps the document {@code id} of content another module owns (a publication, a museum): filled by {@code fill} while
     * the content is public, removed once it is not.
     */
    default void keep(String id, boolean shown, java.util.function.Consumer<SearchDocument> fill) {
        if (!shown) {
            findById(id).ifPresent(this::delete);
            return;
        }
        SearchDocument document = findById(id).orElse(null);
        boolean created = document == null;
        if (created) {
            document = new SearchDocument(id);
        }
        fill.accept(document);
        if (created) {
            save(document);
        }
    }
}
