package org.turath.accounts.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.UUID;

public interface AccountTokens extends JpaRepository<AccountToken, String> {

    /** A new link of a purpose voids the person's earlier unused ones of that purpose. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
    int voidEarlier(UUID userId, AccountToken.Purpose purpose, Instant now);
}
