package org.turath.risk.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;

import java.util.regex.Pattern;

/**
 * The observatory's public page is kept for visitors while no entry was published or taken back and no report was
 * published (it shows the Old City's condition reports too).
 */
@Component
public class QudsPageStamps extends PageFamily {

    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/al-quds");

    QudsPageStamps(JdbcTemplate jdbc, PageCache cache) {
        super(PATHS, () -> jdbc.queryForObject("""
                        select (select count(*) from quds_event where status = 'PUBLISHED'), (select max(updated_at) from quds_event),
                               (select count(*) from risk_report where status = 'PUBLISHED'), (select max(updated_at) from risk_report)""",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2) + "/" + row.getLong(3) + "@" + row.getTimestamp(4)), cache);
    }
}
