package org.turath.library.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** News, latest first (keyset on publish_at, id). */
public interface NewsArticles extends JpaRepository<NewsArticle, UUID> {

    /** What readers see at {@code now}: ready and due. */
    @Query("""
            select n from NewsArticle n
            where n.ready = true and n.publishAt <= :now
              and (n.publishAt < :beforeAt or (n.publishAt = :beforeAt and n.id < :beforeId))
            order by n.publishAt desc, n.id desc""")
    List<NewsArticle> published(@Param("now") Instant now, @Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId,
                                Limit limit);

    /** Published articles about the heritage item whose reference {@code pattern} finds in their list ({@code %,REF,%}). */
    @Query("""
            select n from NewsArticle n
            where n.ready = true and n.publishAt <= :now and concat(',', n.related, ',') like :pattern
            order by n.publishAt desc, n.id desc""")
    List<NewsArticle> about(@Param("pattern") String pattern, @Param("now") Instant now, Limit limit);

    /** Everything, scheduled and drafts included, for the back office. */
    @Query("""
            select n from NewsArticle n
            where (n.publishAt < :beforeAt or (n.publishAt = :beforeAt and n.id < :beforeId))
            order by n.publishAt desc, n.id desc""")
    List<NewsArticle> all(@Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId, Limit limit);
}
