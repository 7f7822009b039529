package org.turath.risk.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface QudsEventSteps extends JpaRepository<QudsEventStep, UUID> {

    List<QudsEventStep> findByEventIdOrderByTakenAtAscIdAsc(UUID eventId, Limit limit);
}
