package org.turath.risk.web;

import org.springframework.stereotype.Component;
import org.turath.registry.HeritageSection;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.internal.RiskDesk;
import org.turath.risk.internal.RiskPageStamps;
import org.turath.shared.Language;

import java.util.List;
import java.util.Optional;

/** An item's state of conservation on its page: its published reports as a timeline, and the trend of its condition. */
@Component
class ConservationSection implements HeritageSection {

    /** The conditions from best to worst: the trend compares the first report's with the latest's. */
    private static final List<String> SCALE = List.of("good", "fair", "poor", "very-bad", "destroyed");

    private final RiskDesk desk;
    private final RiskViews views;
    private final RiskPageStamps stamps;

    ConservationSection(RiskDesk desk, RiskViews views, RiskPageStamps stamps) {
        this.desk = desk;
        this.views = views;
        this.stamps = stamps;
    }

    /** What the fragment draws: the reports, oldest first, and the trend ("worse", "better", "same", or null for one report). */
    record Content(String reference, List<RiskViews.Card> reports, String trend) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "risk/conservation";
    }

    @Override
    public Optional<Object> content(String reference, Language language) {
        List<RiskReport> reports = desk.timeline(reference);
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content(reference, views.cards(reports, language), trend(reports)));
    }

    static String trend(List<RiskReport> reports) {
        if (reports.size() < 2) {
            return null;
        }
        int first = SCALE.indexOf(reports.get(0).condition());
        int last = SCALE.indexOf(reports.get(reports.size() - 1).condition());
        if (first < 0 || last < 0) {
            return null;
        }
        return last > first ? "worse" : last < first ? "better" : "same";
    }

    @Override
    public String stamp(String reference) {
        return stamps.itemStamp(reference);
    }

    @Override
    public String anchor() {
        return "conservation-heading";
    }

    @Override
    public String linkKey() {
        return "risk.section.link";
    }
}
