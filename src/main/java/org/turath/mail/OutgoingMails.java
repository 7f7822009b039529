package org.turath.mail;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

    @Query("select m.id from OutgoingMail m where m.nextAttemptAt <= :now order by m.id")
    List<Long> due(Instant now, Limit limit);

    /**
     * Takes a mail for this node: only one node's update moves its next attempt, so a mail is
     * sent once even when several nodes drain the outbox.
     */
    @Modifying
    @Query("update OutgoingMail m set m.nextAttemptAt = :lease where m.id = :id and m.nextAttemptAt <= :now")
    int claim(Long id, Instant now, Instant lease);
}
