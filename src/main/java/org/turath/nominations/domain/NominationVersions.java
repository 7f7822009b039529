package org.turath.nominations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface NominationVersions extends JpaRepository<NominationVersion, UUID> {

    Optional<NominationVersion> findByFileIdAndNumber(UUID fileId, int number);
}
