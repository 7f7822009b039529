package org.turath.pagecache;

import java.util.Optional;

/**
 * A kind of public page that {@link PageCache} may keep for visitors who are not signed in — a heritage
 * item's page, say. The module that draws the page says which paths are its own and what the page
 * shows now, as a short stamp that changes whenever the page would (a version, a count of images…);
 * it also calls {@link PageCache#evictAfterCommit} when it changes what such a page shows.
 */
public interface CacheablePages {

    /**
     * The stamp of what the page at {@code path} shows a visitor now; empty when the path is not one of
     * this kind's or shows nothing public (not found, withdrawn). Asked before the page is drawn and,
     * for a kept page, again once it has been kept for {@code turath.page-cache.revalidate-after}.
     */
    Optional<String> stamp(String path);
}
