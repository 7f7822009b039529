package org.turath.opendata.oai;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.alerts.AlertChanged;
import org.turath.opendata.OpenDataSettings;

import java.util.List;

/**
 * Keeps the harvestable copy of the stolen-object alerts in step: a public alert (verified, recovered ones included) is
 * written in simple Dublin Core (set {@code alert}) in the transaction that changed it; a withdrawn one becomes a deleted
 * record.
 */
@Component
class AlertRecords {

    static final String TYPE = "alert";

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;

    AlertRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AlertChanged event) {
        String identifier = settings.oaiIdentifier(TYPE, event.id().toString());
        if (event.shown()) {
            records.put(identifier, TYPE, event.id().toString(), List.of(TYPE),
                    new OpenRecords.Forms(xml.dublinCore(event), null, null), RecordXml.FORMAT_VERSION);
        } else {
            records.delete(identifier);
        }
    }
}
