package org.turath.search.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchDocuments extends JpaRepository<SearchDocument, String> {

    long countByType(String type);

    @org.springframework.data.jpa.repository.Query("select d.id from SearchDocument d where d.type = :type")
    java.util.List<String> findIdsByType(String type);
}
