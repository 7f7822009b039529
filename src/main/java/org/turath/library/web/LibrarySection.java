package org.turath.library.web;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.turath.library.domain.NewsArticle;
import org.turath.library.domain.NewsArticles;
import org.turath.library.domain.Publication;
import org.turath.library.domain.Publications;
import org.turath.registry.HeritageSection;
import org.turath.shared.Language;
import org.turath.shared.Localized;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the library holds about a heritage item, on the item's page: its publications and news that name the item,
 * the latest first. The item's kept page follows them by its stamp (their count and latest change).
 */
@Component
class LibrarySection implements HeritageSection {

    private static final int SHOWN = 8;

    /** A publication or an article, as a line of the section. */
    record Line(String href, Localized title, String detail) {
    }

    /** What the fragment draws. */
    record Content(List<Line> publications, List<Line> news) {
    }

    private final Publications publications;
    private final NewsArticles news;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LibrarySection(Publications publications, NewsArticles news, JdbcTemplate jdbc, Optional<Clock> clock) {
        this.publications = publications;
        this.news = news;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "library/item-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> content(String reference, Language language) {
        String pattern = "%," + reference + ",%";
        List<Line> about = publications.about(pattern, Limit.of(SHOWN)).stream().map(p -> line(p, language)).toList();
        List<Line> articles = news.about(pattern, Instant.now(clock), Limit.of(SHOWN)).stream().map(n -> line(n, language)).toList();
        return about.isEmpty() && articles.isEmpty() ? Optional.empty() : Optional.of(new Content(about, articles));
    }

    @Override
    public String stamp(String reference) {
        String pattern = "%," + reference + ",%";
        return jdbc.queryForObject("""
                        select (select count(*) from publication where published and concat(',', related, ',') like ?),
                               (select max(updated_at) from publication where concat(',', related, ',') like ?),
                               (select count(*) from news_article where ready and publish_at <= ? and concat(',', related, ',') like ?),
                               (select max(updated_at) from news_article where concat(',', related, ',') like ?)""",
                (row, n) -> row.getLong(1) == 0 && row.getLong(3) == 0 ? ""
                        : row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3) + "@" + row.getTimestamp(4),
                pattern, pattern, java.sql.Timestamp.from(Instant.now(clock)), pattern, pattern);
    }

    private static Line line(Publication publication, Language language) {
        return new Line("/publications/" + publication.id(), title(publication.title(), language),
                publication.year() == null ? null : String.valueOf(publication.year()));
    }

    private static Line line(NewsArticle article, Language language) {
        return new Line("/news/" + article.id(), title(article.title(), language),
                org.turath.shared.LocalizedDates.format(article.publishAt(), language));
    }

    private static Localized title(org.turath.shared.LocalizedText text, Language language) {
        return text.resolve(language).orElse(new Localized("—", language, false));
    }
}
