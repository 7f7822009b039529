package org.turath.risk.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSort;
import org.turath.registry.HeritageStatus;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.RiskReports;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's condition reports (profile {@code demo}, on a first start), on three items of the List that UNESCO lists as
 * in danger. Every one is marked as demonstration data and says so on every page that shows it: none describes a real
 * assessment, and their dates, causes and assessors are examples, not facts about these places.
 */
@Component
@Profile("demo")
@Order(45)
class DemoReports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());
    private static final Actor EXPERT = new Actor("expert@demo.turath.invalid", Set.of(Role.EVALUATOR), Set.of());
    private static final LocalizedText SUMMARY = new LocalizedText(
            "سجل للعرض التوضيحي: يبيّن شكل تقرير الحالة في المنصة، ولا يصف أي تقييم حقيقي لهذا الموقع.",
            "Demonstration record: it shows what a condition report looks like in the portal and describes no real assessment of this place.",
            "Enregistrement de démonstration : il montre à quoi ressemble un rapport d’état dans le portail et ne décrit aucune évaluation réelle de ce lieu.");
    private static final LocalizedText ACTION = new LocalizedText(
            "مثال على إجراء موصى به: توثيق الحالة وتثبيت العناصر المعرضة للسقوط.",
            "Example of a recommended action: document the condition and stabilise elements at risk of falling.",
            "Exemple d’action recommandée : documenter l’état et stabiliser les éléments menacés de chute.");
    private static final String SOURCES = "Turath demonstration data — no source (example record)";

    private final RiskDesk desk;
    private final RiskReports reports;
    private final RegistryApi registry;

    DemoReports(RiskDesk desk, RiskReports reports, RegistryApi registry) {
        this.desk = desk;
        this.reports = reports;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || reports.count() > 0) {
            return;
        }
        HeritageQuery inDanger = new HeritageQuery(Optional.empty(), Optional.empty(), Optional.of(HeritageStatus.IN_DANGER),
                Optional.empty(), Optional.empty(), false, HeritageSort.NAME, Language.EN, Optional.empty(), 3);
        List<HeritageSummary> items = registry.list(inDanger).items();
        if (items.size() < 2) {
            return;
        }
        String first = items.get(0).reference();
        String second = items.get(1).reference();
        LocalDate today = desk.today();
        // two reports on one item, a year apart, so its page shows a trend; one on another item; one left for the expert
        published(content(first, today.minusYears(1), "fair", "1-10", List.of(new ReportContent.Cause("7.6", "medium")), "2-5-years", false));
        published(content(first, today.minusMonths(2), "poor", "11-30",
                List.of(new ReportContent.Cause("7.6", "high"), new ReportContent.Cause("13.4", "medium")), "6-12-months", false));
        published(content(second, today.minusMonths(5), "fair", "1-10", List.of(new ReportContent.Cause("8.6", "medium")), "1-2-years", true));
        if (items.size() > 2) {
            RiskReport waiting = demo(content(items.get(2).reference(), today.minusWeeks(3), "poor", "11-30",
                    List.of(new ReportContent.Cause("11.5", "high")), "immediate", false));
            desk.submit(SECRETARIAT, waiting.id(), reports.findById(waiting.id().value()).orElseThrow().version());
        }
        log.info("Demo condition reports created (marked as demonstration data)");
    }

    private void published(ReportContent content) {
        RiskReport report = demo(content);
        desk.submit(SECRETARIAT, report.id(), version(report));
        desk.verify(EXPERT, report.id(), version(report), null);
        desk.publish(SECRETARIAT, report.id(), version(report));
    }

    private RiskReport demo(ReportContent content) {
        RiskReport report = desk.create(SECRETARIAT, Optional.empty(), content);
        desk.markDemonstration(report.id());
        return report;
    }

    private long version(RiskReport report) {
        return reports.findById(report.id().value()).orElseThrow().version();
    }

    private static ReportContent content(String item, LocalDate on, String condition, String extent, List<ReportContent.Cause> causes,
                                         String priority, boolean sensitive) {
        return new ReportContent(item, null, on, null, "desk-based", "Turath (demonstration)", condition, extent, SUMMARY, ACTION,
                priority, causes, Set.of("surface-loss"), List.of(new ReportContent.Threat("10.2", "possible")), SOURCES, sensitive);
    }
}
