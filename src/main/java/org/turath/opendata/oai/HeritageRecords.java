package org.turath.opendata.oai;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.opendata.OpenDataSettings;
import org.turath.registry.HeritageDetail;
import org.turath.registry.HeritageItemChanged;
import org.turath.registry.RegistryApi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the harvestable copy of heritage items in step with the registry: a published item is written with its
 * metadata rendered, in the transaction that changed it; an item that stops being public becomes a deleted record.
 * At start, items the copy lacks (a new installation of this module, or a new rendering) are written in pages.
 */
@Component
class HeritageRecords {

    static final String TYPE = "heritage";

    private final OpenRecords records;
    private final RecordXml metadata;
    private final OpenDataSettings settings;
    private final RegistryApi registry;
    private final StartFill fill;

    HeritageRecords(OpenRecords records, RecordXml metadata, OpenDataSettings settings, RegistryApi registry, StartFill fill) {
        this.records = records;
        this.metadata = metadata;
        this.settings = settings;
        this.registry = registry;
        this.fill = fill;
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
        fill.fill(TYPE, registry::count, registry::details, this::put);
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
