package org.turath.pagecache;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Public pages that show a module's content as a whole (a list, the home page, a state's heritage) and are
 * kept for visitors as long as that content has not changed: one stamp for the whole family, read from the
 * database by {@code stamp} (a count and a latest change time, say) at most twice per
 * {@code turath.page-cache.revalidate-after} on each node, however many pages of the family are kept. The
 * module calls {@link #forget()} when it changes what the family shows, so the node that made the change
 * shows it at once; other nodes see it when they next read the stamp.
 */
public class PageFamily implements CacheablePages {

    private final Pattern paths;
    private final Supplier<String> stamp;
    private final PageCache cache;
    private volatile Reading last;

    /**
     * @param paths the family's pages (a whole-path pattern on the request URI)
     * @param stamp what the pages show now, as a short text that changes when they would
     */
    public PageFamily(Pattern paths, Supplier<String> stamp, PageCache cache) {
        this.paths = paths;
        this.stamp = stamp;
        this.cache = cache;
    }

    @Override
    public Optional<String> stamp(String path) {
        return paths.matcher(path).matches() ? Optional.of(current()) : Optional.empty();
    }

    /**
     * The family's stamp now, read again once it is older than half the cache's revalidation interval (a kept page
     * checked at the end of its interval then sees a stamp at most half an interval old: another node's change shows
     * within one and a half intervals).
     */
    public String current() {
        Reading reading = last;
        long now = System.nanoTime();
        if (reading == null || now - reading.at > cache.revalidateAfterNanos() / 2) {
            reading = new Reading(stamp.get(), now);
            last = reading;
        }
        return reading.stamp;
    }

    /** Forgets the family's kept pages and its stamp once the current transaction commits (at once when there is none). */
    public void forget() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetNow();
                }
            });
        } else {
            forgetNow();
        }
    }

    private void forgetNow() {
        last = null;
        cache.evictWhere(path -> paths.matcher(path).matches());
    }

    private record Reading(String stamp, long at) {
    }
}
