package org.turath.opendata.oai;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.library.PublicationChanged;
import org.turath.library.PublicationsApi;
import org.turath.opendata.OpenDataSettings;

import java.util.List;

/**
 * Keeps the harvestable copy of the library's publications in step: a published one is written in simple Dublin
 * Core (set {@code publication}) in the transaction that changed it; a withdrawn one becomes a deleted record. At start,
 * published ones the copy lacks are written.
 */
@Component
class PublicationRecords {

    static final String TYPE = "publication";

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;
    private final PublicationsApi publications;
    private final StartFill fill;

    PublicationRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings, PublicationsApi publications, StartFill fill) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
        this.publications = publications;
        this.fill = fill;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PublicationChanged event) {
        keep(event);
    }

    /** At start: published publications the harvestable copy lacks (published before publications were harvested). */
    @EventListener(ApplicationReadyEvent.class)
    void fillInAfterStart() {
        fill.fill(TYPE, publications::publishedCount, publications::published, this::keep);
    }

    private void keep(PublicationChanged event) {
        String identifier = settings.oaiIdentifier(TYPE, event.id().toString());
        if (event.published()) {
            records.put(identifier, TYPE, event.id().toString(), List.of(TYPE),
                    new OpenRecords.Forms(xml.dublinCore(event), null, null), RecordXml.FORMAT_VERSION);
        } else {
            records.delete(identifier);
        }
    }
}
