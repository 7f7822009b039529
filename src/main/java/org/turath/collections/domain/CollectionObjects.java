package org.turath.collections.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** Objects of the collections: by reference, by inventory number, in alphabetical pages ({@link CollectionListing}). */
public interface CollectionObjects extends JpaRepository<CollectionObject, UUID>, CollectionListing {

    Optional<CollectionObject> findByReference(String reference);

    Optional<CollectionObject> findByMuseumIdAndInventoryNumber(UUID museumId, String inventoryNumber);
}
