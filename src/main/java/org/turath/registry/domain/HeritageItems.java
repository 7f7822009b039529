package org.turath.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageStatus;
import org.turath.registry.PublicationState;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface HeritageItems extends JpaRepository<HeritageItem, UUID>, HeritageListing {

    Optional<HeritageItem> findByReference(String reference);

    default Optional<HeritageItem> findPublished(String reference) {
        return findByReference(reference).filter(item -> item.publication().isPublic());
    }

    List<HeritageItem> findByPublicationAndReferenceGreaterThanOrderByReference(PublicationState publication, String reference,
                                                                                org.springframework.data.domain.Limit limit);

    long countByPublication(PublicationState publication);

    /** What changes whenever a published item's public page does: its version and its images. */
    @Query("select concat(i.version, '-', count(m), '-', coalesce(max(m.createdAt), i.updatedAt)) from HeritageItem i"
            + " left join HeritageMedia m on m.itemId = i.id"
            + " where i.reference = :reference and i.publication = org.turath.registry.PublicationState.PUBLISHED"
            + " group by i.id, i.version, i.updatedAt")
    Optional<String> publicStamp(String reference);

    /** The items cross-referenced to UNESCO's list: the real ones, as opposed to synthetic ones. */
    List<HeritageItem> findByUnescoIdNoIsNotNull();

    List<HeritageItem> findByUnescoIdNoIn(Collection<Integer> unescoIdNos);

    @Query(value = "select nextval('heritage_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();

    @Query("select i.status as status, count(i) as items from HeritageItem i where i.publication = org.turath.registry.PublicationState.PUBLISHED group by i.status")
    List<StatusCount> countByStatus();

    @Query("select i.kind as kind, count(i) as items from HeritageItem i where i.publication = org.turath.registry.PublicationState.PUBLISHED group by i.kind")
    List<KindCount> countByKind();

    @Query("select count(distinct s) from HeritageItem i join i.states s where i.publication = org.turath.registry.PublicationState.PUBLISHED")
    long countStatesWithItems();

    /** Published items per state and status (a transnational item counts for each of its states). */
    @Query("""
            select s as state, i.status as status, count(i) as items from HeritageItem i join i.states s
            where i.publication = org.turath.registry.PublicationState.PUBLISHED group by s, i.status""")
    List<StateStatusCount> countByStateAndStatus();

    /** Published items per year of inscription and kind (items without a year are left out). */
    @Query("""
            select i.inscriptionYear as year, i.kind as kind, count(i) as items from HeritageItem i
            where i.publication = org.turath.registry.PublicationState.PUBLISHED and i.inscriptionYear is not null
            group by i.inscriptionYear, i.kind""")
    List<YearKindCount> countByYearAndKind();

    interface StateStatusCount {
        String getState();

        HeritageStatus getStatus();

        long getItems();
    }

    interface YearKindCount {
        Integer getYear();

        HeritageKind getKind();

        long getItems();
    }

    interface StatusCount {
        HeritageStatus getStatus();

        long getItems();
    }

    interface KindCount {
        HeritageKind getKind();

        long getItems();
    }
}
