package org.turath.risk;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.RiskReports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may know of condition reports: the facts of a report that has left its author's hands (submitted,
 * verified or published), such as an emergency request to the Support Fund names. Drafts stay with their author.
 */
@Service
@Transactional(readOnly = true)
public class RiskApi {

    private static final Set<ReportStatus> SENT = Set.of(ReportStatus.SUBMITTED, ReportStatus.VERIFIED, ReportStatus.PUBLISHED);

    /** A report's facts: the item and state it is on, when it was assessed, what it found and how urgent it is. */
    public record ReportFacts(RiskReportId id, String itemReference, String state, LocalDate assessedOn, String condition,
                              String priority, ReportStatus status) {
    }

    private final RiskReports reports;
    private final org.turath.risk.internal.ReportAnnouncements announcements;

    RiskApi(RiskReports reports, org.turath.risk.internal.ReportAnnouncements announcements) {
        this.reports = reports;
        this.announcements = announcements;
    }

    /** How many reports are published now. */
    public long publishedCount() {
        return reports.countByStatus(ReportStatus.PUBLISHED);
    }

    /** The published reports as the public reads them, in the order of their ids after {@code cursor} (an export's keyset). */
    public org.turath.shared.Slice<ReportChanged> published(java.util.Optional<String> cursor, int limit) {
        java.util.UUID after = cursor.map(java.util.UUID::fromString).orElse(new java.util.UUID(0, 0));
        return org.turath.shared.Slice.of(reports.findByStatusAndIdGreaterThanOrderById(ReportStatus.PUBLISHED, after, Limit.of(limit + 1)),
                limit, r -> r.id().value().toString()).map(announcements::view);
    }

    /** The report, if it exists and was sent. */
    public Optional<ReportFacts> report(RiskReportId id) {
        return reports.findById(id.value()).filter(r -> SENT.contains(r.status())).map(RiskApi::facts);
    }

    /** The sent reports on items of {@code states}, the latest assessment first. */
    public List<ReportFacts> reportsIn(Collection<String> states, int limit) {
        if (states.isEmpty()) {
            return List.of();
        }
        return reports.findByStateInAndStatusInOrderByAssessedOnDescIdDesc(states, SENT, Limit.of(limit)).stream()
                .map(RiskApi::facts).toList();
    }

    private static ReportFacts facts(RiskReport r) {
        return new ReportFacts(r.id(), r.itemReference(), r.state(), r.assessedOn(), r.condition(), r.priority(), r.status());
    }
}
