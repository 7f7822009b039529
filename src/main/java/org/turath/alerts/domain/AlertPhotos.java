package org.turath.alerts.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface AlertPhotos extends JpaRepository<AlertPhoto, UUID> {

    List<AlertPhoto> findByAlertIdOrderByPosition(UUID alertId);

    List<AlertPhoto> findByAlertIdInOrderByPosition(Collection<UUID> alertIds);

    long countByAlertId(UUID alertId);

    @Query("select coalesce(max(p.position), 0) from AlertPhoto p where p.alertId = :alertId")
    int lastPosition(UUID alertId);
}
