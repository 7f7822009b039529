package org.turath.registry.internal.pages;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.turath.registry.HeritageItemChanged;
import org.turath.shared.Language;
import org.turath.pagecache.CacheablePages;
import org.turath.pagecache.PageCache;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heritage item's public page in each language is kept for visitors ({@link PageCache}): its stamp is the
 * item's version with its images, and a change to the item or its images forgets its three pages (and the
 * List's pages and the home page, {@link ListingPages}) when the change commits.
 */
@Component
public class HeritagePageStamps implements CacheablePages {

    private static final Pattern ITEM_PAGE = Pattern.compile("/(?:ar|en|fr)/heritage/([A-Z]{2,5}-\\d{1,9})");

    private final org.turath.registry.RegistryApi registry;
    private final PageCache pages;
    private final ListingPages listings;
    private final ListingPages.HomePages home;

    HeritagePageStamps(org.turath.registry.RegistryApi registry, PageCache pages, ListingPages listings, ListingPages.HomePages home) {
        this.registry = registry;
        this.pages = pages;
        this.listings = listings;
        this.home = home;
    }

    @Override
    public Optional<String> stamp(String path) {
        Matcher page = ITEM_PAGE.matcher(path);
        return page.matches() ? registry.publicStamp(page.group(1)) : Optional.empty();
    }

    @EventListener
    void on(HeritageItemChanged event) {
        forget(event.item().reference());
    }

    /** What another module shows on the item's page changed: its three pages are drawn again once the change commits. */
    @EventListener
    void on(org.turath.registry.HeritageSection.Changed changed) {
        pages.evictAfterCommit(paths(changed.reference()));
    }

    /** Forgets the item's kept pages, and the kept pages that list it, once the current transaction commits. */
    public void forget(String reference) {
        pages.evictAfterCommit(paths(reference));
        listings.forget();
        home.forget();
    }

    static List<String> paths(String reference) {
        return Arrays.stream(Language.values()).map(language -> "/" + language.tag() + "/heritage/" + reference).toList();
    }
}
