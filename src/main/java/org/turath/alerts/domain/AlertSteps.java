package org.turath.alerts.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface AlertSteps extends JpaRepository<AlertStep, Long> {

    List<AlertStep> findByAlertIdOrderByAtAscIdAsc(UUID alertId, Limit limit);
}
