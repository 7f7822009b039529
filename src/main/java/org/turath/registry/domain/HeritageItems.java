package org.turath.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface HeritageItems extends JpaRepository<HeritageItem, UUID>, HeritageListing {

    Optional<HeritageItem> findByReference(String reference);

    List<HeritageItem> findByReferenceGreaterThanOrderByReference(String reference, org.springframework.data.domain.Limit limit);

    /** The items cross-referenced to UNESCO's list: the real ones, as opposed to synthetic ones. */
    List<HeritageItem> findByUnescoIdNoIsNotNull();

    List<HeritageItem> findByUnescoIdNoIn(Collection<Integer> unescoIdNos);

    @Query(value = "select nextval('heritage_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();

    @Query("select i.status as status, count(i) as items from HeritageItem i group by i.status")
    List<StatusCount> countByStatus();

    @Query("select i.kind as kind, count(i) as items from HeritageItem i group by i.kind")
    List<KindCount> countByKind();

    @Query("select count(distinct s) from HeritageItem i join i.states s")
    long countStatesWithItems();

    interface StatusCount {
        HeritageStatus getStatus();

        long getItems();
    }

    interface KindCount {
        HeritageKind getKind();

        long getItems();
    }
}
