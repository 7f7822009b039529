package org.turath.risk.web;

import org.springframework.stereotype.Component;
import org.turath.risk.domain.EventSource;
import org.turath.risk.domain.Landmarks;
import org.turath.risk.domain.QudsEvent;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Observatory entries as pages show them: dates as precise as the sources, the place named, sources with their dates. */
@Component
class QudsViews {

    record Source(String citation, String date, String link) {
    }

    record Entry(QudsEvent event, String date, Localized place, Localized title, Localized description, List<Source> sources) {
    }

    private final Landmarks landmarks;

    QudsViews(Landmarks landmarks) {
        this.landmarks = landmarks;
    }

    List<Entry> entries(List<QudsEvent> events, Language language) {
        return events.stream().map(e -> entry(e, language)).toList();
    }

    /** The landmarks on the map. */
    List<RiskViews.Marker> markers(Language language) {
        return landmarks.all().stream().map(l -> new RiskViews.Marker(l.name().resolve(language).map(Localized::text).orElse(l.code()),
                l.latitude(), l.longitude())).toList();
    }

    private Entry entry(QudsEvent e, Language language) {
        String date = switch (e.precision()) {
            case DAY -> LocalizedDates.format(e.occurredOn(), language);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", language.locale()).format(e.occurredOn());
            case YEAR -> String.valueOf(e.occurredOn().getYear());
        };
        Localized place = e.landmark() != null
                ? landmarks.find(e.landmark()).flatMap(l -> l.name().resolve(language)).orElse(null)
                : e.place().resolve(language).orElse(null);
        return new Entry(e, date, place, e.title().resolve(language).orElse(new Localized("—", language, false)),
                e.description().resolve(language).orElse(null),
                e.sources().stream().map(s -> source(s, language)).toList());
    }

    private static Source source(EventSource source, Language language) {
        return new Source(source.citation(), LocalizedDates.format(source.sourceDate(), language), source.link());
    }
}
