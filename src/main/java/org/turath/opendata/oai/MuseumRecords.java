package org.turath.opendata.oai;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.museums.MuseumChanged;
import org.turath.opendata.OpenDataSettings;

import java.util.List;

/**
 * Keeps the harvestable copy of the museums' directory in step: a published museum is written in simple Dublin Core
 * (set {@code museum}) in the transaction that changed it; a withdrawn one becomes a
 * deleted record.
 */
@Component
class MuseumRecords {

    static final String TYPE = "museum";

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;

    MuseumRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MuseumChanged event) {
        // by the entry's id, which stays when the secretariat changes a museum's address
        String identifier = settings.oaiIdentifier(TYPE, event.id().toString());
        if (event.published()) {
            records.put(identifier, TYPE, event.id().toString(), List.of(TYPE),
                    new OpenRecords.Forms(xml.dublinCore(event), null, null), RecordXml.FORMAT_VERSION);
        } else {
            records.delete(identifier);
        }
    }
}
