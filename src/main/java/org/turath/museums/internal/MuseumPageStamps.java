package org.turath.museums.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;

import java.util.regex.Pattern;

/** The directory and museums' pages are kept for visitors while no entry changed; heritage pages list the museums that present them. */
@Component
public class MuseumPageStamps extends PageFamily {

    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/museums(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?");

    private final PageCache cache;

    MuseumPageStamps(JdbcTemplate jdbc, PageCache cache,
                     org.springframework.beans.factory.ObjectProvider<org.turath.museums.MuseumPageSection> sections) {
        // a museum's page also shows what other modules' sections draw (its objects, the alerts about it)
        super(PATHS, () -> jdbc.queryForObject("select count(*), max(updated_at) from museum",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2)) + sections.orderedStream()
                .map(section -> "|" + section.stamp()).collect(java.util.stream.Collectors.joining()), cache);
        this.cache = cache;
    }

    /** The directory's pages and the kept pages of the heritage items {@code references} (which list museums), once this commits. */
    void forget(java.util.Collection<String> references) {
        forget();
        cache.evictAfterCommit(references.stream().flatMap(reference -> java.util.Arrays.stream(org.turath.shared.Language.values())
                .map(language -> "/" + language.tag() + "/heritage/" + reference)).toList());
    }
}
