package org.turath.museums.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;

import java.util.regex.Pattern;

/** The directory and museums' pages are kept for visitors while no entry changed. */
@Component
public class MuseumPageStamps extends PageFamily {

    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/museums(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?");

    MuseumPageStamps(JdbcTemplate jdbc, PageCache cache) {
        super(PATHS, () -> jdbc.queryForObject("select count(*), max(updated_at) from museum",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2)), cache);
    }
}
