package org.turath.engagement.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Survey answers, latest first (keyset on answered_at, id). */
public interface FeedbackAnswers extends JpaRepository<FeedbackAnswer, UUID> {

    @Query("""
            select a from FeedbackAnswer a
            where a.comment is not null and (a.answeredAt < :beforeAt or (a.answeredAt = :beforeAt and a.id < :beforeId))
            order by a.answeredAt desc, a.id desc""")
    List<FeedbackAnswer> commentsBefore(@Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId, Limit limit);

    /** Per month since {@code from}: year, month, score, how many. */
    @Query("""
            select extract(year from a.answeredAt), extract(month from a.answeredAt), a.score, count(a)
            from FeedbackAnswer a where a.answeredAt >= :from
            group by extract(year from a.answeredAt), extract(month from a.answeredAt), a.score""")
    List<Object[]> monthly(@Param("from") Instant from);
}
