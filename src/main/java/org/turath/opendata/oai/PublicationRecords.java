package org.turath.opendata.oai;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.library.PublicationChanged;
import org.turath.opendata.OpenDataSettings;

import java.util.List;

/**
 * Keeps the harvestable copy of the library's publications in step: a published one is written in simple Dublin
 * Core (set {@code publication}) in the transaction that changed it; a withdrawn one becomes a deleted record.
 */
@Component
class PublicationRecords {

    static final String TYPE = "publication";

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;

    PublicationRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PublicationChanged event) {
        String identifier = settings.oaiIdentifier(TYPE, event.id().toString());
        if (event.published()) {
            records.put(identifier, TYPE, event.id().toString(), List.of(TYPE),
                    new OpenRecords.Forms(xml.dublinCore(event), null, null), RecordXml.FORMAT_VERSION);
        } else {
            records.delete(identifier);
        }
    }
}
