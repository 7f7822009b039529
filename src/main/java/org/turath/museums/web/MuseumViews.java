package org.turath.museums.web;

import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.museums.domain.Museum;
import org.turath.shared.Language;
import org.turath.shared.Localized;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Museums as pages show them, in the reader's language: names and cities with the language they are in, the state named. */
@Component
class MuseumViews {

    /** One museum of a list or a page. */
    record Card(Museum museum, Localized name, Localized city, String state, String href) {
    }

    private final GeoApi geo;

    MuseumViews(GeoApi geo) {
        this.geo = geo;
    }

    List<Card> cards(Collection<Museum> museums, Language language) {
        Map<String, CountryInfo> states = geo.countries(museums.stream().map(Museum::state).collect(Collectors.toSet()));
        return museums.stream().map(m -> new Card(m, m.name().resolve(language).orElse(new Localized(m.reference(), Language.EN, true)),
                m.city().resolve(language).orElse(null),
                Optional.ofNullable(states.get(m.state())).map(s -> s.name(language)).orElse(m.state()),
                "/" + language.tag() + "/museums/" + m.reference())).toList();
    }

    Card card(Museum museum, Language language) {
        return cards(List.of(museum), language).get(0);
    }
}
