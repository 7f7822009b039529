package org.turath.opendata.oai;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DublinCoreRecords.class);

    private final OpenRecords records;
    private final RecordXml xml;
    private final OpenDataSettings settings;
    private final RiskApi risk;
    private final TransactionTemplate transactions;
    private final TaskExecutor background;

    DublinCoreRecords(OpenRecords records, RecordXml xml, OpenDataSettings settings, RiskApi risk, TransactionTemplate transactions,
                      @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.records = records;
        this.xml = xml;
        this.settings = settings;
        this.risk = risk;
        this.transactions = transactions;
        this.background = background;
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

    /**
     * At start, in the background: published condition reports the harvestable copy does not hold yet (reports published
     * before reports were harvested, a new rendering) are written, a page at a time.
     */
    @EventListener(ApplicationReadyEvent.class)
    void fillInAfterStart() {
        background.execute(() -> {
            try {
                if (records.live(REPORT, RecordXml.FORMAT_VERSION) == risk.publishedCount()) {
                    return;
                }
                java.util.Optional<String> after = java.util.Optional.empty();
                do {
                    java.util.Optional<String> from = after;
                    after = transactions.execute(status -> {
                        org.turath.shared.Slice<ReportChanged> page = risk.published(from, 200);
                        page.items().forEach(report -> keep(REPORT, report.id(), true, () -> xml.dublinCore(report)));
                        return page.nextCursor();
                    });
                } while (after.isPresent());
            } catch (RuntimeException e) {
                log.warn("Open data: the harvestable condition reports could not be written at start; they will be at the next", e);
            }
        });
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
