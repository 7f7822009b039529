package org.turath.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page shows, read once per page and stamp: an item's page, the home page, the List take from six to a dozen
 * queries, and the same page is drawn again for every reader the page cache does not answer (a signed-in reader, a
 * query string, a first visit on another node). The page's stamp — the one its kept page and ETag use, which every
 * part of the page is part of — is read for each drawing anyway, so an entry whose stamp no longer matches is read
 * again: a change shows as soon as the stamp does (at once on the node that made it, within the page cache's
 * revalidation interval on the others). Entries also expire after {@code turath.kept-models.refresh-after}
 * (10 minutes), for what no stamp covers (another item of the same state among an item's related ones), and are all
 * forgotten with the kept pages when the database changed behind the application's back ({@link PageCache.Cleared}).
 * Bounded by count ({@code turath.kept-models.max-entries}).
 * <p>
 * A key names the page: a record of its language and what the address chooses (a reference, the List's filters),
 * compared by value. The model must be the same for every reader: what is one reader's own (their account, their
 * choices) is added by the controller after it.
 */
@Component
public class KeptModels {

    private record Entry(String stamp, Map<String, Object> attributes) {
    }

    private final Cache<Object, Entry> entries;

    KeptModels(@Value("${turath.kept-models.max-entries:2000}") long maxEntries,
               @Value("${turath.kept-models.refresh-after:10m}") Duration refreshAfter) {
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(refreshAfter).build();
    }

    @EventListener
    void on(PageCache.Cleared cleared) {
        entries.invalidateAll();
    }

    /** The page's model for {@code stamp}: kept if read for the same stamp, else read by {@code read} and kept. */
    public Map<String, Object> get(Object page, String stamp, Supplier<Map<String, Object>> read) {
        Entry entry = entries.getIfPresent(page);
        if (entry != null && entry.stamp().equals(stamp)) {
            return entry.attributes();
        }
        Map<String, Object> attributes = Collections.unmodifiableMap(new LinkedHashMap<>(read.get()));
        entries.put(page, new Entry(stamp, attributes));
        return attributes;
    }
}
