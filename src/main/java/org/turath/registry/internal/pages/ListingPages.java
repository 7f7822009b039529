package org.turath.registry.internal.pages;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;
import org.turath.web.HomeSection;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The List's pages that show many items — the List's first page and the member states' pages — kept for
 * visitors while the registry has not changed: its stamp counts the items and their images and takes their
 * latest change (two aggregates, read at most twice per revalidation interval per node).
 */
@Component
public class ListingPages extends PageFamily {

    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/(?:heritage|states|states/[A-Z]{2})");

    public ListingPages(JdbcTemplate jdbc, PageCache cache) {
        super(PATHS, () -> registryStamp(jdbc), cache);
    }

    private static String registryStamp(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*), max(updated_at) from heritage_item",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2))
                + "/" + jdbc.queryForObject("select count(*), max(created_at) from heritage_media",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2));
    }

    /**
     * The home page: the registry's stamp and those of the sections other modules draw on it (news, coming
     * trainings), forgotten when the registry changes or a section says it has.
     */
    @Component
    public static class HomePages extends PageFamily {

        static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/?");

        HomePages(ListingPages listings, PageCache cache, List<HomeSection> sections) {
            // the List's own stamp, read once for both families
            super(PATHS, () -> listings.current() + "|" + sections.stream().map(HomeSection::stamp).collect(Collectors.joining("|")),
                    cache);
        }

        @EventListener
        void on(HomeSection.Changed changed) {
            forget();
        }
    }
}
