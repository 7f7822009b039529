package org.turath.opendata.oai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.opendata.OpenDataSettings;
import org.turath.registry.HeritageDetail;
import org.turath.registry.HeritageItemChanged;
import org.turath.registry.RegistryApi;
import org.turath.shared.Slice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the harvestable copy of heritage items in step with the registry: a published item is written with its
 * metadata rendered, in the transaction that changed it; an item that stops being public becomes a deleted record.
 * At start, items the copy lacks (a new installation of this module, or a new rendering) are written in pages.
 */
@Component
class HeritageRecords {

    static final String TYPE = "heritage";
    private static final Logger log = LoggerFactory.getLogger(HeritageRecords.class);
    private static final int PAGE = 200;

    private final OpenRecords records;
    private final RecordXml metadata;
    private final OpenDataSettings settings;
    private final RegistryApi registry;
    private final TransactionTemplate transactions;
    private final org.springframework.core.task.TaskExecutor background;

    HeritageRecords(OpenRecords records, RecordXml metadata, OpenDataSettings settings, RegistryApi registry,
                    TransactionTemplate transactions,
                    @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
                    org.springframework.core.task.TaskExecutor background) {
        this.background = background;
        this.records = records;
        this.metadata = metadata;
        this.settings = settings;
        this.registry = registry;
        this.transactions = transactions;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(HeritageItemChanged event) {
        HeritageDetail item = event.item();
        if (item.publication().isPublic()) {
            put(item);
        } else {
            records.delete(identifier(item.reference()));
        }
    }

    /** At start, in the background: the portal answers while a large List is written for harvesters. */
    @EventListener(ApplicationReadyEvent.class)
    void fillInAfterStart() {
        background.execute(() -> {
            try {
                fillIn();
            } catch (RuntimeException e) {
                log.warn("Open data: the harvestable records could not be written at start; they will be at the next", e);
            }
        });
    }

    void fillIn() {
        long published = registry.count();
        if (records.live(TYPE, RecordXml.FORMAT_VERSION) == published) {
            return;
        }
        log.info("Open data: writing the harvestable records of {} published heritage items", published);
        long started = System.nanoTime();
        Optional<String> after = Optional.empty();
        int written = 0;
        do {
            Optional<String> from = after;
            Slice<HeritageDetail> page = transactions.execute(status -> {
                Slice<HeritageDetail> details = registry.details(from, PAGE);
                details.items().forEach(this::put);
                return details;
            });
            written += page.items().size();
            after = page.nextCursor();
        } while (after.isPresent());
        log.info("Open data: {} heritage records written in {} ms", written, (System.nanoTime() - started) / 1_000_000);
    }

    String identifier(String reference) {
        return settings.oaiIdentifier(TYPE, reference);
    }

    private void put(HeritageDetail item) {
        records.put(identifier(item.reference()), TYPE, item.reference(), sets(item),
                new OpenRecords.Forms(metadata.dublinCore(item), metadata.europeana(item), metadata.turath(item)),
                RecordXml.FORMAT_VERSION);
    }

    /** The sets an item is in: its type, each of its states, its kind and its status, each under its group. */
    static List<String> sets(HeritageDetail item) {
        List<String> sets = new ArrayList<>();
        sets.add(TYPE);
        if (!item.states().isEmpty()) {
            sets.add("state");
            item.states().forEach(state -> sets.add("state:" + state.toUpperCase(Locale.ROOT)));
        }
        sets.add("kind");
        sets.add("kind:" + slug(item.kind().name()));
        sets.add("status");
        sets.add("status:" + slug(item.status().name()));
        return sets;
    }

    static String slug(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
