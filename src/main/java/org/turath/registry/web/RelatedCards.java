package org.turath.registry.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.turath.registry.HeritageItemChanged;
import org.turath.registry.HeritageQuery;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;

import java.time.Duration;
import java.util.List;

/**
 * "More from this state" under an item's page: the first cards of the state's List. Every page of a state's items
 * shows the same few cards, so they are drawn once per state and language and kept until an item changes on this
 * node (when the change commits) or the kept pages are cleared, or for a minute when it changed on another node.
 * The cards point to other pages; the item's own facts are read fresh for its page.
 */
@Component
class RelatedCards {

    static final int SHOWN = 3;

    private final RegistryApi registry;
    private final HeritageViews views;
    private final Cache<Key, List<HeritageViews.Card>> kept = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    RelatedCards(RegistryApi registry, HeritageViews views) {
        this.registry = registry;
        this.views = views;
    }

    /** Up to three other items of {@code state}, as cards for a reader of {@code language}. */
    List<HeritageViews.Card> besides(String reference, String state, Language language) {
        List<HeritageViews.Card> first = kept.get(new Key(state, language), key -> views.cards(
                registry.list(HeritageQuery.all(language).inState(state).withLimit(SHOWN + 1)).items(), language));
        return first.stream().filter(card -> !card.reference().equals(reference)).limit(SHOWN).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HeritageItemChanged changed) {
        kept.invalidateAll();
    }

    /** Items were changed or removed behind the application's back (the kept pages were cleared for it). */
    @EventListener
    void on(org.turath.pagecache.PageCache.Cleared cleared) {
        kept.invalidateAll();
    }

    private record Key(String state, Language language) {
    }
}
