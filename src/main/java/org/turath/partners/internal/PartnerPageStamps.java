package org.turath.partners.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public pages of partnerships (the list, each partner) are kept for visitors while no partner or agreement
 * changed, and for one day at most: an agreement's standing (in force, expiring, expired) is read from the date.
 */
@Component
public class PartnerPageStamps extends PageFamily {

    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/partners(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?");

    PartnerPageStamps(JdbcTemplate jdbc, PageCache cache, Optional<Clock> clock) {
        super(PATHS, () -> jdbc.queryForObject("""
                        select (select count(*) from partner), (select max(updated_at) from partner),
                               (select count(*) from agreement), (select max(updated_at) from agreement)""",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3) + "@" + row.getTimestamp(4)
                        + "/" + LocalDate.now(clock.orElse(Clock.systemUTC()))), cache);
    }
}
