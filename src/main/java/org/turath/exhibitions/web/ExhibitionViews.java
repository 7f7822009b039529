package org.turath.exhibitions.web;

import org.springframework.stereotype.Component;
import org.turath.collections.CollectionsApi;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.domain.ExhibitionPiece;
import org.turath.exhibitions.domain.ExhibitionSection;
import org.turath.exhibitions.domain.ExhibitionVenue;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Exhibitions as pages show them: cards for lists, and an exhibition's sections with what each shows — a published
 * object (its first image over IIIF), a heritage item of the List (its photograph or its drawn banner) — with the
 * captions in the reader's language, and its venues in the order it reaches them. What is not public (an object not
 * yet published, an item withdrawn from the List) is left out of what visitors see.
 */
@Component
class ExhibitionViews {

    private final MuseumsApi museums;
    private final CollectionsApi collections;
    private final RegistryApi registry;

    ExhibitionViews(MuseumsApi museums, CollectionsApi collections, RegistryApi registry) {
        this.museums = museums;
        this.collections = collections;
        this.registry = registry;
    }

    /** An exhibition in a list. */
    record Card(Exhibition exhibition, Localized title, Localized introduction, String kind, Localized museum, String dates,
                String href) {
    }

    /** What a section shows, ready for a page. */
    record Piece(ExhibitionPiece.Kind kind, String reference, String href, Localized title, Localized subtitle, Localized caption,
                 String image, Localized alt, boolean photograph, boolean demonstration, Double latitude, Double longitude,
                 String manifest) {
    }

    /** A section: a stop of the tour. */
    record Stop(int number, Localized title, Localized narrative, List<Piece> pieces) {
    }

    /** A venue with its museum, its days and whether it is past, on or to come. */
    record Venue(UUID id, MuseumsApi.MuseumSummary museum, Localized name, Localized city, String opens, String closes,
                 String when, LocalDate opensOn, LocalDate closesOn) {
    }

    /** A museum's event as its page and the back office show it. */
    record Event(org.turath.exhibitions.domain.MuseumEvent event, String kind, Localized title, Localized description, String when,
                 Localized museum, String museumReference) {
    }

    Event event(org.turath.exhibitions.domain.MuseumEvent event, Language language) {
        Optional<MuseumsApi.MuseumSummary> museum = museums.find(new MuseumId(event.museumId()));
        return new Event(event, "exhibitions.event.kind." + event.kind().name(), event.title().resolve(language).orElse(null),
                event.description().resolve(language).orElse(null),
                LocalizedDates.span(event.startsAt(), event.endsAt(), event.zone(), language),
                museum.flatMap(m -> m.name().resolve(language)).orElse(null), museum.map(MuseumsApi.MuseumSummary::reference).orElse(null));
    }

    List<Card> cards(List<Exhibition> exhibitions, Language language) {
        return exhibitions.stream().map(e -> card(e, language)).toList();
    }

    Card card(Exhibition exhibition, Language language) {
        // a museum that is not (or no longer) public is not named
        Localized museum = Optional.ofNullable(exhibition.museumId()).flatMap(m -> museums.find(new MuseumId(m)))
                .filter(MuseumsApi.MuseumSummary::published).flatMap(m -> m.name().resolve(language)).orElse(null);
        String dates = exhibition.run().map(run -> LocalizedDates.format(run[0], language) + " – " + LocalizedDates.format(run[1], language))
                .orElse(null);
        return new Card(exhibition, exhibition.title().resolve(language).orElse(null), excerpt(exhibition.introduction(), language),
                "exhibitions.kind." + exhibition.kind().name(), museum, dates, "/exhibitions/" + exhibition.reference());
    }

    private static Localized excerpt(LocalizedText text, Language language) {
        return text.resolve(language).map(l -> {
            String first = l.text().split("\\R", 2)[0];
            return first.length() <= 280 ? new Localized(first, l.language(), l.fallback())
                    : new Localized(first.substring(0, 279).strip() + "…", l.language(), l.fallback());
        }).orElse(null);
    }

    /** Every section as visitors see it. */
    List<Stop> stops(Exhibition exhibition, Language language) {
        Shown shown = shown(exhibition.sections());
        return exhibition.sections().stream().map(s -> stop(s, shown, language)).toList();
    }

    /** One section as visitors see it. */
    Stop stop(ExhibitionSection section, Language language) {
        return stop(section, shown(List.of(section)), language);
    }

    private Stop stop(ExhibitionSection section, Shown shown, Language language) {
        List<Piece> pieces = new ArrayList<>();
        for (ExhibitionPiece piece : section.pieces()) {
            Localized caption = piece.caption().resolve(language).orElse(null);
            if (piece.kind() == ExhibitionPiece.Kind.OBJECT) {
                CollectionsApi.ShownObject object = shown.objects().get(piece.reference());
                if (object == null) {
                    continue;
                }
                Optional<CollectionsApi.ShownImage> first = object.images().stream().findFirst();
                pieces.add(new Piece(piece.kind(), piece.reference(), "/collections/" + piece.reference(),
                        object.title().resolve(language).orElse(null), object.objectType().resolve(language).orElse(null), caption,
                        first.map(i -> "/iiif/3/" + i.id() + "/full/480,/0/default.jpg").orElse(null),
                        first.flatMap(i -> i.alt().resolve(language)).orElse(null), first.isPresent(), object.demonstration(), null, null,
                        object.images().isEmpty() ? null : "/iiif/3/manifests/" + piece.reference()));
            } else {
                HeritageSummary item = shown.heritage().get(piece.reference());
                if (item == null) {
                    continue;
                }
                UUID cover = shown.covers().get(piece.reference());
                pieces.add(new Piece(piece.kind(), piece.reference(), "/heritage/" + piece.reference(),
                        item.name().resolve(language).orElse(null), item.stateLabel().resolve(language).orElse(null), caption,
                        cover != null ? "/media/" + cover + "/thumb" : "/art/heritage/" + piece.reference() + ".svg", null,
                        cover != null, false, item.latitude(), item.longitude(), null));
            }
        }
        return new Stop(section.position(), section.title().resolve(language).orElse(null),
                section.narrative().resolve(language).orElse(null), pieces);
    }

    private record Shown(Map<String, CollectionsApi.ShownObject> objects, Map<String, HeritageSummary> heritage,
                         Map<String, UUID> covers) {
    }

    private Shown shown(List<ExhibitionSection> sections) {
        Set<String> objectReferences = new LinkedHashSet<>();
        Set<String> heritageReferences = new LinkedHashSet<>();
        for (ExhibitionSection section : sections) {
            for (ExhibitionPiece piece : section.pieces()) {
                (piece.kind() == ExhibitionPiece.Kind.OBJECT ? objectReferences : heritageReferences).add(piece.reference());
            }
        }
        Map<String, CollectionsApi.ShownObject> objects = new HashMap<>();
        objectReferences.forEach(r -> collections.shown(r).ifPresent(o -> objects.put(r, o)));
        Map<String, HeritageSummary> heritage = new LinkedHashMap<>();
        registry.summaries(List.copyOf(heritageReferences)).forEach(h -> heritage.put(h.reference(), h));
        return new Shown(objects, heritage, heritageReferences.isEmpty() ? Map.of() : registry.covers(heritage.keySet()));
    }

    /** The published objects an exhibition shows, in its order, each once: what its manifest holds. */
    List<CollectionsApi.ShownObject> objects(Exhibition exhibition) {
        Map<String, CollectionsApi.ShownObject> found = new LinkedHashMap<>();
        for (ExhibitionSection section : exhibition.sections()) {
            for (ExhibitionPiece piece : section.pieces()) {
                if (piece.kind() == ExhibitionPiece.Kind.OBJECT && !found.containsKey(piece.reference())) {
                    collections.shown(piece.reference()).ifPresent(o -> found.put(piece.reference(), o));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The venues, as far as their museums are public, in the order the exhibition reaches them. */
    List<Venue> venues(Exhibition exhibition, Language language, LocalDate today, boolean all) {
        List<Venue> venues = new ArrayList<>();
        for (ExhibitionVenue venue : exhibition.venues()) {
            Optional<MuseumsApi.MuseumSummary> museum = museums.find(new MuseumId(venue.museumId())).filter(m -> all || m.published());
            museum.ifPresent(m -> venues.add(new Venue(venue.id(), m, m.name().resolve(language).orElse(null),
                    m.city().resolve(language).orElse(null), LocalizedDates.format(venue.opensOn(), language),
                    LocalizedDates.format(venue.closesOn(), language),
                    today.isAfter(venue.closesOn()) ? "past" : today.isBefore(venue.opensOn()) ? "coming" : "now",
                    venue.opensOn(), venue.closesOn())));
        }
        return venues;
    }

    Optional<MuseumsApi.MuseumSummary> organiser(Exhibition exhibition) {
        return Optional.ofNullable(exhibition.museumId()).flatMap(m -> museums.find(new MuseumId(m)));
    }
}
