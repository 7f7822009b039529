package org.turath.risk;

import org.springframework.boot.test.context.TestComponent;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.RiskReports;
import org.turath.risk.internal.RiskDesk;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Condition reports for tests: written, checked by someone else and published through the desk, as people do it. */
@TestComponent
public class RiskFixture {

    public static final Actor SECRETARIAT = new Actor("risk.secretariat@example.org", Set.of(Role.SECRETARIAT), Set.of());
    public static final Actor EXPERT = new Actor("risk.expert@example.org", Set.of(Role.EVALUATOR), Set.of());

    public final RiskDesk desk;
    private final RiskReports reports;

    RiskFixture(RiskDesk desk, RiskReports reports) {
        this.desk = desk;
        this.reports = reports;
    }

    /** A complete report on {@code item}: assessed last month, its causes as given, one source. */
    public static ReportContent content(String item, String condition, List<ReportContent.Cause> causes, boolean sensitive) {
        return new ReportContent(item, null, LocalDate.now().minusMonths(1), null, "field-visit", "Test assessor", condition, "11-30",
                new LocalizedText("ملخص", "Cracks in the north wall", "Fissures du mur nord"), LocalizedText.empty(), null, causes,
                Set.of("cracking"), List.of(), "Mission report, " + LocalDate.now().minusMonths(1), sensitive);
    }

    /** The report written by the secretariat, checked by an expert and published. */
    public RiskReport published(ReportContent content) {
        RiskReport report = desk.create(SECRETARIAT, Optional.empty(), content);
        desk.submit(SECRETARIAT, report.id(), version(report.id()));
        desk.verify(EXPERT, report.id(), version(report.id()), null);
        return desk.publish(SECRETARIAT, report.id(), version(report.id()));
    }

    public long version(RiskReportId id) {
        return reports.findById(id.value()).orElseThrow().version();
    }
}
