package org.turath.exhibitions.web;

import org.springframework.stereotype.Component;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.domain.ExhibitionVenue;
import org.turath.exhibitions.domain.MuseumEvent;
import org.turath.exhibitions.internal.EventDesk;
import org.turath.exhibitions.internal.ExhibitionDesk;
import org.turath.exhibitions.internal.ProgrammeStamp;
import org.turath.learning.CalendarSource;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The museums in the centre's calendar: a published exhibition's venues, one entry for the days it is shown at each,
 * and the museums' published workshops, talks and guided visits at their hours.
 */
@Component
class ExhibitionCalendar implements CalendarSource {

    private final ExhibitionDesk desk;
    private final EventDesk events;
    private final MuseumsApi museums;
    private final ProgrammeStamp stamp;

    ExhibitionCalendar(ExhibitionDesk desk, EventDesk events, MuseumsApi museums, ProgrammeStamp stamp) {
        this.desk = desk;
        this.events = events;
        this.museums = museums;
        this.stamp = stamp;
    }

    @Override
    public String stamp() {
        return stamp.now();
    }

    @Override
    public List<Entry> between(LocalDate from, LocalDate to, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (Exhibition exhibition : desk.showingBetween(from, to, limit)) {
            for (ExhibitionVenue venue : exhibition.venues()) {
                if (!venue.overlaps(from, to) || entries.size() >= limit) {
                    continue;
                }
                Optional<MuseumsApi.MuseumSummary> museum = museums.find(new MuseumId(venue.museumId())).filter(MuseumsApi.MuseumSummary::published);
                if (museum.isEmpty()) {
                    continue;
                }
                MuseumsApi.MuseumSummary m = museum.get();
                entries.add(new Entry("exhibition-" + exhibition.id() + "-" + venue.id(), "exhibitions.kind." + exhibition.kind().name(),
                        exhibition.title(), place(m), venue.opensOn(), venue.closesOn(), "/exhibitions/" + exhibition.reference(),
                        m.latitude(), m.longitude(), null, null, null));
            }
        }
        for (MuseumEvent event : events.between(from.atStartOfDay(java.time.ZoneOffset.UTC).minusDays(1).toInstant(),
                to.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), limit)) {
            Optional<MuseumsApi.MuseumSummary> museum = museums.find(new MuseumId(event.museumId())).filter(MuseumsApi.MuseumSummary::published);
            if (museum.isEmpty() || entries.size() >= limit) {
                continue;
            }
            MuseumsApi.MuseumSummary m = museum.get();
            LocalDate first = event.startsAt().atZone(event.zone()).toLocalDate();
            LocalDate last = event.endsAt().atZone(event.zone()).toLocalDate();
            if (last.isBefore(from) || first.isAfter(to)) {
                continue;
            }
            entries.add(new Entry("museum-event-" + event.id(), "exhibitions.event.kind." + event.kind().name(), event.title(), place(m),
                    first, last, "/museums/" + m.reference() + "#museum-events", m.latitude(), m.longitude(), event.startsAt(),
                    event.endsAt(), event.zone()));
        }
        return entries;
    }

    /** The museum and its city, in each language. */
    private static LocalizedText place(MuseumsApi.MuseumSummary museum) {
        return new LocalizedText(place(museum, Language.AR), place(museum, Language.EN), place(museum, Language.FR));
    }

    private static String place(MuseumsApi.MuseumSummary museum, Language language) {
        String name = museum.name().in(language).orElse(null);
        String city = museum.city().in(language).orElse(null);
        return name == null ? null : city == null ? name : name + ", " + city;
    }
}
