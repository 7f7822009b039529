package org.turath.fund.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RequestVersions extends JpaRepository<RequestVersion, UUID> {

    List<RequestVersion> findByRequestIdOrderByNumberDesc(UUID requestId);

    Optional<RequestVersion> findByRequestIdAndNumber(UUID requestId, int number);
}
