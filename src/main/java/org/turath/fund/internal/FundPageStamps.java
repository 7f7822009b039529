package org.turath.fund.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Support Fund's public pages (the fund, a call, a funded project) are kept for visitors while no call, request or
 * project photograph changed (on any node: the stamp is read from the tables), and for one day at most: whether a call
 * is open is read from the date.
 */
@Component
public class FundPageStamps extends PageFamily {

    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/support-fund(?:/(?:calls|projects)/[A-Z0-9-]{1,20})?");

    FundPageStamps(JdbcTemplate jdbc, PageCache cache, Optional<Clock> clock) {
        super(PATHS, () -> jdbc.queryForObject("""
                        select (select count(*) from fund_call), (select max(updated_at) from fund_call),
                               (select count(*) from fund_request), (select max(updated_at) from fund_request),
                               (select count(*) from fund_photo), (select max(created_at) from fund_photo)""",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3) + "@" + row.getTimestamp(4)
                        + "/" + row.getLong(5) + "@" + row.getTimestamp(6) + "/" + LocalDate.now(clock.orElse(Clock.systemUTC()))), cache);
    }
}
