package org.turath.fund.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Invitations extends JpaRepository<Invitation, UUID> {

    List<Invitation> findByRequestIdOrderByInvitedAtAscIdAsc(UUID requestId);

    Optional<Invitation> findByRequestIdAndEmail(UUID requestId, String email);

    boolean existsByRequestIdAndEmailAndWithdrawnAtIsNull(UUID requestId, String email);

    /** The invitations a person holds, the latest first, after a (time, id) position. */
    @Query("""
            select i from Invitation i where i.email = :email and i.withdrawnAt is null
              and (i.invitedAt < :time or (i.invitedAt = :time and i.id < :id))
            order by i.invitedAt desc, i.id desc""")
    List<Invitation> heldBy(@Param("email") String email, @Param("time") Instant time, @Param("id") UUID id, Limit limit);
}
