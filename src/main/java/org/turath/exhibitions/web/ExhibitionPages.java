package org.turath.exhibitions.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.internal.ExhibitionDesk;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.LinkedData;
import org.turath.web.MapSettings;
import org.turath.web.Slugs;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Exhibitions for the public: the list, newest first; an exhibition's page — its introduction, its sections with what
 * they show and their captions, its venues and itinerary on a map; the guided tour, one section per stop with the next
 * and the previous a key away; and a version made for paper.
 */
@Controller
class ExhibitionPages {

    private static final int PAGE = 24;

    private final ExhibitionDesk desk;
    private final ExhibitionViews views;
    private final LinkedData linked;
    private final MapSettings mapSettings;
    private final JsonMapper json;

    ExhibitionPages(ExhibitionDesk desk, ExhibitionViews views, LinkedData linked, MapSettings mapSettings, JsonMapper json) {
        this.desk = desk;
        this.views = views;
        this.linked = linked;
        this.mapSettings = mapSettings;
        this.json = json;
    }

    @GetMapping("/" + LANG + "/exhibitions")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        Slice<Exhibition> page = desk.shown(RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "exhibitions/list";
    }

    @GetMapping("/" + LANG + "/exhibitions/{reference}")
    String exhibition(@PathVariable Language lang, @PathVariable String reference, Model model) {
        Exhibition exhibition = shown(reference);
        List<ExhibitionViews.Stop> stops = views.stops(exhibition, lang);
        List<ExhibitionViews.Venue> venues = views.venues(exhibition, lang, today(), false);
        common(model, exhibition, lang);
        model.addAttribute("stops", stops);
        model.addAttribute("venues", venues);
        model.addAttribute("mapData", mapData(stops, venues));
        // the exhibition has a manifest when an object it shows has an image: what its pieces already say
        model.addAttribute("manifest", stops.stream().flatMap(s -> s.pieces().stream()).anyMatch(p -> p.manifest() != null)
                ? "/iiif/3/manifests/exhibitions/" + exhibition.reference() : null);
        model.addAttribute("mapSettings", mapSettings);
        model.addAttribute(LinkedData.MODEL, linked.script(describe(exhibition, venues)));
        return "exhibitions/exhibition";
    }

    @GetMapping("/" + LANG + "/exhibitions/{reference}/tour/{number}")
    String tour(@PathVariable Language lang, @PathVariable String reference, @PathVariable String number, Model model) {
        Exhibition exhibition = shown(reference);
        int n = number.matches("[1-9][0-9]{0,2}") ? Integer.parseInt(number) : 0;
        ExhibitionViews.Stop stop = exhibition.section(n).map(s -> views.stop(s, lang)).orElseThrow(() -> new NotFoundException("section"));
        int count = exhibition.sections().size();
        common(model, exhibition, lang);
        model.addAttribute("stop", stop);
        model.addAttribute("count", count);
        model.addAttribute("previous", n > 1 ? n - 1 : null);
        model.addAttribute("following", n < count ? n + 1 : null);
        model.addAttribute("titles", exhibition.sections().stream().map(s -> s.title().resolve(lang).orElse(null)).toList());
        return "exhibitions/tour";
    }

    @GetMapping("/" + LANG + "/exhibitions/{reference}/print")
    String print(@PathVariable Language lang, @PathVariable String reference, Model model) {
        Exhibition exhibition = shown(reference);
        common(model, exhibition, lang);
        model.addAttribute("stops", views.stops(exhibition, lang));
        model.addAttribute("venues", views.venues(exhibition, lang, today(), false));
        model.addAttribute("address", linked.absolute("/" + lang.tag() + "/exhibitions/" + exhibition.reference()));
        model.addAttribute("printedOn", org.turath.shared.LocalizedDates.format(today(), lang));
        return "exhibitions/print";
    }

    private Exhibition shown(String reference) {
        return (Slugs.valid(reference) ? desk.shown(reference) : Optional.<Exhibition>empty())
                .orElseThrow(() -> new NotFoundException("exhibition"));
    }

    private void common(Model model, Exhibition exhibition, Language lang) {
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("card", views.card(exhibition, lang));
        model.addAttribute("organiser", views.organiser(exhibition).filter(m -> m.published()).orElse(null));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(desk.now(), ZoneOffset.UTC);
    }

    /** The venues in order (numbered, for the itinerary) and the heritage items shown, as the map reads them. */
    private String mapData(List<ExhibitionViews.Stop> stops, List<ExhibitionViews.Venue> venues) {
        List<Map<String, Object>> markers = new ArrayList<>();
        int number = 1;
        for (ExhibitionViews.Venue venue : venues) {
            if (venue.museum().located() && venue.name() != null) {
                markers.add(Map.of("lat", venue.museum().latitude(), "lon", venue.museum().longitude(), "name", venue.name().text(),
                        "kind", "venue", "number", number, "dates", venue.opens() + " – " + venue.closes()));
            }
            number++;
        }
        for (ExhibitionViews.Stop stop : stops) {
            for (ExhibitionViews.Piece piece : stop.pieces()) {
                if (piece.latitude() != null && piece.longitude() != null && piece.title() != null) {
                    markers.add(Map.of("lat", piece.latitude(), "lon", piece.longitude(), "name", piece.title().text(), "kind", "heritage"));
                }
            }
        }
        return markers.isEmpty() ? null : json.writeValueAsString(markers);
    }

    /** The exhibition as schema.org describes one: an ExhibitionEvent, one sub-event per venue. */
    private Map<String, Object> describe(Exhibition exhibition, List<ExhibitionViews.Venue> venues) {
        String path = "/exhibitions/" + exhibition.reference();
        Map<String, Object> thing = linked.thing("ExhibitionEvent", "/" + Language.DEFAULT.tag() + path);
        thing.put("name", LinkedData.texts(exhibition.title()));
        thing.put("description", exhibition.introduction().isEmpty() ? null : LinkedData.texts(exhibition.introduction()));
        thing.put("mainEntityOfPage", linked.pages(path));
        thing.put("eventAttendanceMode", exhibition.kind().hasVenues() ? "https://schema.org/OfflineEventAttendanceMode"
                : "https://schema.org/OnlineEventAttendanceMode");
        if (!exhibition.kind().hasVenues()) {
            thing.put("location", Map.of("@type", "VirtualLocation", "url", linked.absolute("/" + Language.DEFAULT.tag() + path)));
        }
        exhibition.run().ifPresent(run -> {
            thing.put("startDate", run[0].toString());
            thing.put("endDate", run[1].toString());
        });
        if (!venues.isEmpty()) {
            thing.put("subEvent", venues.stream().map(v -> {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("@type", "ExhibitionEvent");
                event.put("name", LinkedData.texts(exhibition.title()));
                event.put("startDate", v.opensOn().toString());
                event.put("endDate", v.closesOn().toString());
                event.put("location", Map.of("@type", "Museum", "@id",
                        linked.absolute("/" + Language.DEFAULT.tag() + "/museums/" + v.museum().reference()), "name",
                        LinkedData.texts(v.museum().name())));
                return event;
            }).toList());
        }
        thing.put("dateModified", exhibition.updatedAt().toString());
        thing.put("organizer", linked.publisher());
        return thing;
    }
}
