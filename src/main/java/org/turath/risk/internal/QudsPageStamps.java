package org.turath.risk.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.pagecache.PageFamily;
import org.turath.registry.RegistryApi;

import java.util.regex.Pattern;

/**
 * The observatory's public page is kept for visitors while its published entries are the same and the Old City's own
 * page would be (its item, its condition reports, what other modules show about it: the registry's stamp of the item).
 */
@Component
public class QudsPageStamps extends PageFamily {

    /** UNESCO's number for the Old City of Jerusalem and its Walls. */
    public static final int OLD_CITY = 148;
    static final Pattern PATHS = Pattern.compile("/(?:ar|en|fr)/al-quds");

    private final RegistryApi registry;

    QudsPageStamps(JdbcTemplate jdbc, PageCache cache, RegistryApi registry) {
        super(PATHS, () -> jdbc.queryForObject("select count(*), max(updated_at) from quds_event where status = 'PUBLISHED'",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2)) + "/" + registry.findByUnescoId(OLD_CITY)
                .flatMap(item -> registry.publicStamp(item.reference())).orElse(""), cache);
        this.registry = registry;
    }

    /** What another module shows about the Old City changed (its trainings, say): the observatory's page is drawn again. */
    @org.springframework.context.event.EventListener
    void on(org.turath.registry.HeritageSection.Changed changed) {
        registry.findByUnescoId(OLD_CITY).filter(item -> item.reference().equals(changed.reference())).ifPresent(item -> forget());
    }
}
