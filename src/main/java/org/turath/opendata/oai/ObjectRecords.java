package org.turath.opendata.oai;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.collections.ObjectChanged;
import org.turath.opendata.OpenDataSettings;

import java.util.List;

/**
 * Keeps the harvestable copy of the museums' collections in step: a published object is written in simple Dublin Core
 * (set {@code object}) in the transaction that changed it; a withdrawn one becomes a deleted record.
 */
@Component
class ObjectRecords {

    static final String TYPE = "object";

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;

    ObjectRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ObjectChanged event) {
        // by the object's id, which stays when the secretariat changes its address
        String identifier = settings.oaiIdentifier(TYPE, event.id().toString());
        if (event.published()) {
            records.put(identifier, TYPE, event.id().toString(), List.of(TYPE),
                    new OpenRecords.Forms(xml.dublinCore(event), null, null), RecordXml.FORMAT_VERSION);
        } else {
            records.delete(identifier);
        }
    }
}
