package org.turath.risk.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Followers of reports, read a page at a time (keyset on the id). */
public interface Followers extends JpaRepository<Follower, UUID> {

    Optional<Follower> findByTokenHash(String tokenHash);

    Optional<Follower> findByStopToken(String stopToken);

    /** A request for the same thing by the same address that has not been stopped. */
    @Query("""
            select f from Follower f where f.email = :email and f.stoppedAt is null
              and ((:item <> '' and f.itemReference = :item) or (:state <> '' and f.state = :state))""")
    Optional<Follower> active(@Param("email") String email, @Param("item") String item, @Param("state") String state);

    /** Confirmed, not stopped followers of the item {@code item} or of the state {@code state}, after {@code afterId}. */
    @Query("""
            select f from Follower f
            where f.confirmedAt is not null and f.stoppedAt is null
              and (f.itemReference = :item or f.state = :state) and f.id > :afterId
            order by f.id""")
    List<Follower> following(@Param("item") String item, @Param("state") String state, @Param("afterId") UUID afterId, Limit limit);
}
