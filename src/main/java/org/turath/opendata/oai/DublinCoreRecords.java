package org.turath.opendata.oai;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.alerts.AlertChanged;
import org.turath.collections.ObjectChanged;
import org.turath.exhibitions.ExhibitionChanged;
import org.turath.museums.MuseumChanged;
import org.turath.opendata.OpenDataSettings;
import org.turath.risk.ReportChanged;
import org.turath.risk.RiskApi;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps the harvestable copy of the records offered in simple Dublin Core only — museums (set {@code museum}), objects
 * of their collections ({@code object}), alerts on stolen and missing objects ({@code alert}), exhibitions
 * ({@code exhibition}) and published condition reports ({@code report}) — in step with their modules: a public record is written in the transaction that changed it, one
 * that leaves the public portal becomes a deleted record. Each is named by its id, which stays when the secretariat
 * changes its address.
 */
@Component
class DublinCoreRecords {

    static final String REPORT = "report";

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;
    private final RiskApi risk;
    private final StartFill fill;

    DublinCoreRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings, RiskApi risk, StartFill fill) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
        this.risk = risk;
        this.fill = fill;
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

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReportChanged event) {
        keep(REPORT, event.id(), event.published(), () -> xml.dublinCore(event));
    }

    /** At start: published condition reports the harvestable copy lacks (published before reports were harvested). */
    @EventListener(ApplicationReadyEvent.class)
    void fillInAfterStart() {
        fill.fill(REPORT, risk::publishedCount, risk::published, report -> keep(REPORT, report.id(), true, () -> xml.dublinCore(report)));
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
