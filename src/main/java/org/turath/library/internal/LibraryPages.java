package org.turath.library.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;
import org.turath.web.HomeSection;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The news and the publications, lists and single pages, kept for visitors while the library has not
 * changed: its stamp counts the articles, those due by now (an article scheduled for later appears when
 * its time comes, with no job), the publications and their downloads, with the latest change of each.
 */
@Component
public class LibraryPages extends PageFamily {

    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/(?:news|publications)(?:/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?");

    private final ApplicationEventPublisher events;

    LibraryPages(JdbcTemplate jdbc, PageCache cache, Optional<Clock> clock, ApplicationEventPublisher events) {
        super(PATHS, () -> stamp(jdbc, clock.orElse(Clock.systemUTC())), cache);
        this.events = events;
    }

    private static String stamp(JdbcTemplate jdbc, Clock clock) {
        String news = jdbc.queryForObject("select count(*), max(updated_at), sum(case when ready and publish_at <= ? then 1 else 0 end)"
                        + " from news_article", (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3),
                Timestamp.from(clock.instant()));
        String publications = jdbc.queryForObject("select count(*), max(updated_at), coalesce(sum(download_count), 0) from publication",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3));
        return news + "|" + publications;
    }

    @org.springframework.context.event.EventListener
    void on(org.turath.library.PublicationChanged changed) {
        changed();
    }

    /** The library changed: its pages and the home page (its latest news) are drawn again once the change commits. */
    public void changed() {
        forget();
        events.publishEvent(new HomeSection.Changed());
    }

    /**
     * The library changed, and with it what it shows about the heritage items {@code related} (named by the record
     * before and after the change): their pages, and the pages showing their sections elsewhere, are drawn again too.
     */
    public void changed(java.util.Collection<String> related) {
        changed();
        aboutItems(related);
    }

    /** What the library shows on the pages of the heritage items {@code related} changed: those pages are drawn again. */
    public void aboutItems(java.util.Collection<String> related) {
        new java.util.LinkedHashSet<>(related).forEach(reference ->
                events.publishEvent(new org.turath.registry.HeritageSection.Changed(reference)));
    }
}
