package org.turath.registry.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.pagecache.PageCache;
import org.turath.shared.Language;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What visitors' item pages show, read once per item, language and stamp: the item, its images, related items and
 * every module's section take a dozen queries, and the same page is drawn again for every visitor the page cache
 * does not answer (a query string, a first visit on another node, a page evicted). The item's public stamp — which
 * every module's section is part of — is read for each visit anyway (for the ETag), so an entry whose stamp no
 * longer matches is read again: a change shows on the next visit, on every node. Entries also expire after
 * {@code turath.item-pages.refresh-after} (10 minutes), for what no stamp covers (another item of the same state
 * shown among the related ones), and are all forgotten with the kept pages when the database changed behind the
 * application's back ({@link PageCache.Cleared}). Bounded by count ({@code turath.item-pages.max-entries}).
 */
@Component
class ItemPages {

    record Key(String reference, Language language) {
    }

    private record Entry(String stamp, Map<String, Object> attributes) {
    }

    private final Cache<Key, Entry> entries;

    ItemPages(@Value("${turath.item-pages.max-entries:2000}") long maxEntries,
              @Value("${turath.item-pages.refresh-after:10m}") Duration refreshAfter) {
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(refreshAfter).build();
    }

    @EventListener
    void on(PageCache.Cleared cleared) {
        entries.invalidateAll();
    }

    /** The page's model for {@code stamp}: kept if read for the same stamp, else read by {@code read} and kept. */
    Map<String, Object> get(Key key, String stamp, Supplier<Map<String, Object>> read) {
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.stamp().equals(stamp)) {
            return entry.attributes();
        }
        Map<String, Object> attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(read.get()));
        entries.put(key, new Entry(stamp, attributes));
        return attributes;
    }
}
