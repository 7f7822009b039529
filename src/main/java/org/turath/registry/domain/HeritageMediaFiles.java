package org.turath.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface HeritageMediaFiles extends JpaRepository<HeritageMedia, UUID> {

    /** An item's images in their order (an item has a handful, bounded by the upload limit per item). */
    List<HeritageMedia> findByItemIdOrderByPosition(UUID itemId);

    /** The images of the published item with this reference, in their order: one query, the item itself not loaded. */
    @Query("""
            select m from HeritageMedia m, HeritageItem i
            where m.itemId = i.id and i.reference = :reference and i.publication = org.turath.registry.PublicationState.PUBLISHED
            order by m.position""")
    List<HeritageMedia> ofPublished(String reference);

    @Query("select coalesce(max(m.position), 0) from HeritageMedia m where m.itemId = :itemId")
    int lastPosition(UUID itemId);

    long countByItemId(UUID itemId);

    /** The first image of each of these items that has one, as (reference, image id): one query for a page of cards. */
    @Query("""
            select i.reference, m.id from HeritageMedia m, HeritageItem i
            where m.itemId = i.id and i.reference in :references
              and m.position = (select min(o.position) from HeritageMedia o where o.itemId = m.itemId)""")
    List<Object[]> covers(java.util.Collection<String> references);
}
