package org.turath.risk.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;
import org.turath.shared.Language;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The public pages of heritage at risk (the list with its map and figures, each report) are kept for visitors while no
 * report was published or taken back; an item's page shows its published reports, so its stamp includes theirs and a
 * change forgets its kept pages too.
 */
@Component
public class RiskPageStamps extends PageFamily {

    static final Pattern PATHS = Pattern.compile(
            "/(?:ar|en|fr)/heritage-at-risk(?:/reports/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?");

    private final JdbcTemplate jdbc;
    private final PageCache cache;

    RiskPageStamps(JdbcTemplate jdbc, PageCache cache) {
        super(PATHS, () -> jdbc.queryForObject("select count(*), max(updated_at) from risk_report where status = 'PUBLISHED'",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2)), cache);
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** What an item's published reports are now: empty when it has none. */
    public String itemStamp(String reference) {
        return jdbc.queryForObject("select count(*), max(updated_at) from risk_report where item_reference = ? and status = 'PUBLISHED'",
                (row, n) -> row.getLong(1) == 0 ? "" : row.getLong(1) + "@" + row.getTimestamp(2), reference);
    }

    /** The reports on {@code reference} changed in public: its page and the pages of heritage at risk, once this commits. */
    public void forget(String reference) {
        forget();
        cache.evictAfterCommit(Arrays.stream(Language.values()).map(language -> "/" + language.tag() + "/heritage/" + reference).toList());
    }
}
