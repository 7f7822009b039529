package org.turath.opendata.oai;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.alerts.AlertChanged;
import org.turath.collections.ObjectChanged;
import org.turath.exhibitions.ExhibitionChanged;
import org.turath.museums.MuseumChanged;
import org.turath.opendata.OpenDataSettings;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps the harvestable copy of the records offered in simple Dublin Core only — museums (set {@code museum}), objects
 * of their collections ({@code object}), alerts on stolen and missing objects ({@code alert}) and exhibitions
 * ({@code exhibition}) — in step with their modules: a public record is written in the transaction that changed it, one
 * that leaves the public portal becomes a deleted record. Each is named by its id, which stays when the secretariat
 * changes its address.
 */
@Component
class DublinCoreRecords {

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;

    DublinCoreRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MuseumChanged event) {
        keep("museum", event.id(), event.published(), () -> xml.dublinCore(event));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ObjectChanged event) {
        keep("object", event.id(), event.published(), () -> xml.dublinCore(event));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AlertChanged event) {
        keep("alert", event.id(), event.shown(), () -> xml.dublinCore(event));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ExhibitionChanged event) {
        keep("exhibition", event.id(), event.published(), () -> xml.dublinCore(event));
    }

    private void keep(String type, UUID id, boolean shown, Supplier<String> dublinCore) {
        String identifier = settings.oaiIdentifier(type, id.toString());
        if (shown) {
            records.put(identifier, type, id.toString(), List.of(type), new OpenRecords.Forms(dublinCore.get(), null, null),
                    RecordXml.FORMAT_VERSION);
        } else {
            records.delete(identifier);
        }
    }
}
