package org.turath.library.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publications, latest first (keyset on created_at, id). */
public interface Publications extends JpaRepository<Publication, UUID> {

    @Query("""
            select p from Publication p
            where (p.published = true or :all = true)
              and (p.createdAt < :beforeAt or (p.createdAt = :beforeAt and p.id < :beforeId))
            order by p.createdAt desc, p.id desc""")
    List<Publication> latestFirst(@Param("all") boolean all, @Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId,
                                  Limit limit);

    /** Published publications about the heritage item whose reference {@code pattern} finds in their list ({@code %,REF,%}), the latest first. */
    @Query("""
            select p from Publication p
            where p.published = true and concat(',', p.related, ',') like :pattern
            order by p.createdAt desc, p.id desc""")
    List<Publication> about(@Param("pattern") String pattern, Limit limit);

    /** One more download, counted in the database (no read, no lost update under concurrent downloads). */
    @Modifying
    @Query(value = "update publication set download_count = download_count + 1 where id = :id", nativeQuery = true)
    int countDownload(@Param("id") UUID id);

    long countByPublishedTrue();

    List<Publication> findByPublishedTrueAndIdGreaterThanOrderById(UUID after, Limit limit);
}
