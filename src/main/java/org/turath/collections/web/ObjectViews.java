package org.turath.collections.web;

import org.springframework.stereotype.Component;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.ObjectImage;
import org.turath.collections.internal.ImageDesk;
import org.turath.geo.GeoApi;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.Localized;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Objects as pages show them, in the reader's language: title and type with the language they are in, the museum named, a picture. */
@Component
class ObjectViews {

    /** One object of a list or a page; {@code thumb} and {@code alt} are null when it has no ready image. */
    record Card(CollectionObject object, Localized title, Localized type, Localized museum, String museumReference, String state,
                String thumb, Localized alt, boolean generated, String href) {
    }

    private final MuseumsApi museums;
    private final ImageDesk images;
    private final GeoApi geo;

    ObjectViews(MuseumsApi museums, ImageDesk images, GeoApi geo) {
        this.museums = museums;
        this.images = images;
        this.geo = geo;
    }

    List<Card> cards(Collection<CollectionObject> objects, Language language) {
        Map<UUID, Optional<MuseumsApi.MuseumSummary>> byId = new HashMap<>();
        objects.forEach(o -> byId.computeIfAbsent(o.museumId(), id -> museums.find(new MuseumId(id))));
        Map<UUID, ObjectImage> first = images.firstOf(objects.stream().map(o -> o.id().value()).toList());
        return objects.stream().map(o -> {
            Optional<MuseumsApi.MuseumSummary> museum = byId.get(o.museumId());
            ObjectImage image = first.get(o.id().value());
            return new Card(o, o.title().resolve(language).orElse(new Localized(o.reference(), Language.EN, true)),
                    o.objectType().resolve(language).orElse(null),
                    museum.flatMap(m -> m.name().resolve(language)).orElse(null), museum.map(MuseumsApi.MuseumSummary::reference).orElse(null),
                    museum.flatMap(m -> geo.country(m.state())).map(s -> s.name(language)).orElse(null),
                    image == null ? null : "/iiif/3/" + image.id() + "/square/400,400/0/default.jpg",
                    image == null ? null : image.alt().resolve(language).orElse(null), image != null && image.generated(),
                    "/" + language.tag() + "/collections/" + o.reference());
        }).toList();
    }

    Card card(CollectionObject object, Language language) {
        return cards(List.of(object), language).get(0);
    }

    /** The direction an inscription is written in, from its language. */
    static String direction(String languageTag) {
        return ObjectForm.rightToLeft(languageTag) ? "rtl" : "ltr";
    }
}
