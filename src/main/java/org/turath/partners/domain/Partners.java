package org.turath.partners.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** Partners; lists are read a page at a time in alphabetical order ({@link PartnerListing}). */
public interface Partners extends JpaRepository<Partner, UUID>, PartnerListing {

    Optional<Partner> findBySlug(String slug);
}
