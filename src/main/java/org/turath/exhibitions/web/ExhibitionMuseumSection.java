package org.turath.exhibitions.web;

import org.springframework.stereotype.Component;
import org.turath.exhibitions.internal.EventDesk;
import org.turath.exhibitions.internal.ExhibitionDesk;
import org.turath.exhibitions.internal.ProgrammeStamp;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumPageSection;
import org.turath.shared.Language;

import java.util.List;
import java.util.Optional;

/** On a museum's page: the published exhibitions it organises or hosts, newest first, and its coming events. */
@Component
class ExhibitionMuseumSection implements MuseumPageSection {

    private static final int SHOWN = 12;

    private final ExhibitionDesk desk;
    private final EventDesk events;
    private final ExhibitionViews views;
    private final ProgrammeStamp stamp;

    /** What the section shows: the museum's exhibitions and its coming events. */
    record Programme(List<ExhibitionViews.Card> exhibitions, List<ExhibitionViews.Event> events) {
    }

    ExhibitionMuseumSection(ExhibitionDesk desk, EventDesk events, ExhibitionViews views, ProgrammeStamp stamp) {
        this.desk = desk;
        this.events = events;
        this.views = views;
        this.stamp = stamp;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String template() {
        return "exhibitions/museum-section";
    }

    @Override
    public Optional<Object> content(MuseumId museum, String museumReference, Language language) {
        List<ExhibitionViews.Card> cards = views.cards(desk.ofMuseum(museum.value(), SHOWN), language);
        List<ExhibitionViews.Event> coming = events.coming(museum.value(), SHOWN).stream().map(e -> views.event(e, language)).toList();
        return cards.isEmpty() && coming.isEmpty() ? Optional.empty() : Optional.of(new Programme(cards, coming));
    }

    @Override
    public String stamp() {
        return stamp.now();
    }
}
