package org.turath.alerts.web;

import org.springframework.stereotype.Component;
import org.turath.alerts.domain.AlertPhoto;
import org.turath.alerts.domain.AlertPhotos;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.geo.GeoApi;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.Localized;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Alerts as pages show them, in the reader's language: title and type with the language they are in, where from, a photograph. */
@Component
class AlertViews {

    /** One alert of a list or a page; {@code thumb} and {@code alt} are null when it has no photograph. */
    record Card(ObjectAlert alert, Localized title, Localized type, Localized museum, String museumReference, String state,
                Localized place, String thumb, Localized alt, String href) {
    }

    private final MuseumsApi museums;
    private final AlertPhotos photos;
    private final GeoApi geo;

    AlertViews(MuseumsApi museums, AlertPhotos photos, GeoApi geo) {
        this.museums = museums;
        this.photos = photos;
        this.geo = geo;
    }

    List<Card> cards(Collection<ObjectAlert> alerts, Language language) {
        Map<UUID, Optional<MuseumsApi.MuseumSummary>> byId = new HashMap<>();
        alerts.stream().filter(a -> a.museumId() != null).forEach(a -> byId.computeIfAbsent(a.museumId(), id -> museums.find(new MuseumId(id))));
        Map<UUID, AlertPhoto> first = new LinkedHashMap<>();
        if (!alerts.isEmpty()) {
            photos.findByAlertIdInOrderByPosition(alerts.stream().map(a -> a.id().value()).toList()).forEach(p -> first.putIfAbsent(p.alertId(), p));
        }
        return alerts.stream().map(a -> {
            Optional<MuseumsApi.MuseumSummary> museum = a.museumId() == null ? Optional.empty() : byId.get(a.museumId());
            AlertPhoto photo = first.get(a.id().value());
            return new Card(a, a.title().resolve(language).orElse(new Localized(a.reference(), Language.EN, true)),
                    a.objectType().resolve(language).orElse(null), museum.flatMap(m -> m.name().resolve(language)).orElse(null),
                    museum.map(MuseumsApi.MuseumSummary::reference).orElse(null),
                    geo.country(a.state()).map(s -> s.name(language)).orElse(a.state()), a.place().resolve(language).orElse(null),
                    photo == null ? null : "/alerts/photos/" + photo.id() + "/thumb",
                    photo == null ? null : photo.alt().resolve(language).orElse(null), "/" + language.tag() + "/alerts/" + a.reference());
        }).toList();
    }

    Card card(ObjectAlert alert, Language language) {
        return cards(List.of(alert), language).get(0);
    }
}
