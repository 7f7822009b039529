package org.turath.collections.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Objects' images, in their order. */
public interface ObjectImages extends JpaRepository<ObjectImage, UUID> {

    List<ObjectImage> findByObjectIdOrderByPosition(UUID objectId);

    long countByObjectId(UUID objectId);

    @Query("select coalesce(max(i.position), 0) from ObjectImage i where i.objectId = :objectId")
    int lastPosition(@Param("objectId") UUID objectId);

    /** The first ready image of each of {@code objects}, for their cards. */
    @Query("""
            select i from ObjectImage i where i.objectId in :objects and i.status = org.turath.collections.domain.ObjectImage.Status.READY
            and i.position = (select min(j.position) from ObjectImage j where j.objectId = i.objectId
                              and j.status = org.turath.collections.domain.ObjectImage.Status.READY)""")
    List<ObjectImage> firstReadyOf(@Param("objects") Collection<UUID> objects);

    /** Images whose tiles are still to be made (after a restart), oldest first. */
    @Query("select i from ObjectImage i where i.status = org.turath.collections.domain.ObjectImage.Status.PROCESSING order by i.createdAt")
    List<ObjectImage> waiting(Limit limit);
}
