package org.turath.museums.web;

import org.turath.museums.MuseumPageSection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.geo.LocatorMaps;
import org.turath.geo.OverviewMap;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.domain.MuseumListing;
import org.turath.museums.internal.MuseumDesk;
import org.turath.registry.RegistryApi;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.LinkedData;
import org.turath.web.MapSettings;
import org.turath.web.Slugs;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The museums of the Islamic world, for the public: the directory filtered by state, kind and city (alphabetical in the
 * reader's language, a page at a time, on a map) and each museum's page.
 */
@Controller
class MuseumPages {

    private static final int PAGE = 24;

    private final MuseumDesk desk;
    private final MuseumViews views;
    private final GeoApi geo;
    private final RegistryApi registry;
    private final LinkedData linked;
    private final MapSettings mapSettings;
    private final JsonMapper json;
    private final LocatorMaps maps;

    private final List<MuseumPageSection> sections;

    MuseumPages(MuseumDesk desk, MuseumViews views, GeoApi geo, RegistryApi registry, LinkedData linked, MapSettings mapSettings,
                JsonMapper json, List<MuseumPageSection> sections, LocatorMaps maps) {
        this.sections = sections;
        this.maps = maps;
        this.desk = desk;
        this.views = views;
        this.geo = geo;
        this.registry = registry;
        this.linked = linked;
        this.mapSettings = mapSettings;
        this.json = json;
    }

    /** The directory's filters as the query string gives them, checked. */
    record Filters(Optional<String> state, Optional<MuseumKind> kind, Optional<String> city) {

        static Filters read(String state, String kind, String city, java.util.Set<String> memberStates) {
            Optional<String> stateCode = RequestParameters.present(state).map(s -> s.strip().toUpperCase(Locale.ROOT));
            if (stateCode.isPresent() && !memberStates.contains(stateCode.get())) {
                throw new InvalidRequestException("state");
            }
            Optional<MuseumKind> kindValue = RequestParameters.present(kind)
                    .map(k -> RequestParameters.enumValue(MuseumKind.class, k.strip().toUpperCase(Locale.ROOT), "kind"));
            Optional<String> cityKey = RequestParameters.present(city).map(c -> c.strip().toLowerCase(Locale.ROOT));
            // a city is a name: no control characters (a NUL byte is refused by the database, not only by us)
            if (cityKey.isPresent() && (cityKey.get().length() > 120 || !cityKey.get().matches("[^\\p{Cc}\\p{Cs}]+"))) {
                throw new InvalidRequestException("city");
            }
            return new Filters(stateCode, kindValue, cityKey);
        }

        MuseumListing.Filter listing() {
            return new MuseumListing.Filter(state, kind, city, true, Optional.empty());
        }

        /** The filters as a query string ("&state=MA&kind=NATIONAL"), for the pager and the map. */
        String query() {
            StringBuilder query = new StringBuilder();
            state.ifPresent(s -> query.append("&state=").append(s));
            kind.ifPresent(k -> query.append("&kind=").append(k.name()));
            city.ifPresent(c -> query.append("&city=").append(java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8)));
            return query.toString();
        }
    }

    @GetMapping("/" + LANG + "/museums")
    String directory(@PathVariable Language lang, @RequestParam(name = "state", required = false) String state,
                     @RequestParam(name = "kind", required = false) String kind,
                     @RequestParam(name = "city", required = false) String city,
                     @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        Filters filters = Filters.read(state, kind, city, geo.memberStateCodes());
        Slice<Museum> page = desk.directory(filters.listing(), lang, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("kinds", MuseumKind.values());
        model.addAttribute("states", geo.memberStates(lang));
        model.addAttribute("state", filters.state().orElse(null));
        model.addAttribute("kind", filters.kind().map(Enum::name).orElse(null));
        model.addAttribute("city", filters.city().orElse(null));
        model.addAttribute("cities", filters.state().map(desk::cities).orElse(List.of()).stream()
                .map(c -> Map.of("key", c.key(), "name", c.name().resolve(lang).map(l -> l.text()).orElse(c.key()))).toList());
        model.addAttribute("filtered", filters.state().isPresent() || filters.kind().isPresent() || filters.city().isPresent());
        model.addAttribute("markersUrl", "/api/v1/museums/markers?lang=" + lang.tag() + filters.query());
        model.addAttribute("mapSettings", mapSettings);
        // the map's first view, drawn here: every museum of the filter, as the interactive map shows them
        List<OverviewMap.Place> located = desk.located(filters.listing()).stream()
                .map(m -> new OverviewMap.Place(m.position().get()[0], m.position().get()[1], "kind-museum")).toList();
        model.addAttribute("overview", maps.overview(located, null));
        model.addAttribute("located", located.size());
        return "museums/directory";
    }

    @GetMapping("/" + LANG + "/museums/{reference}")
    String museum(@PathVariable Language lang, @PathVariable String reference, Model model) {
        Museum museum = (Slugs.valid(reference) ? desk.shown(reference) : Optional.<Museum>empty())
                .orElseThrow(() -> new NotFoundException("museum"));
        MuseumViews.Card card = views.card(museum, lang);
        model.addAttribute("card", card);
        model.addAttribute("museum", museum);
        model.addAttribute("heritage", registry.summaries(List.copyOf(new java.util.TreeSet<>(museum.heritage()))));
        model.addAttribute("sections", sections.stream().sorted(java.util.Comparator.comparingInt(MuseumPageSection::order))
                .flatMap(section -> section.content(museum.id(), museum.reference(), lang)
                        .map(content -> new MuseumPageSection.Drawn(section.template(), content)).stream()).toList());
        model.addAttribute("mapSettings", mapSettings);
        model.addAttribute("mapData", museum.position().map(p -> json.writeValueAsString(List.of(Map.of("lat", p[0], "lon", p[1],
                "name", card.name().text())))).orElse(null));
        model.addAttribute(LinkedData.MODEL, linked.script(describe(museum)));
        return "museums/museum";
    }

    /** The museum as schema.org describes one, names tagged with their languages. */
    private Map<String, Object> describe(Museum museum) {
        String path = "/museums/" + museum.reference();
        Map<String, Object> thing = linked.thing("Museum", "/" + Language.DEFAULT.tag() + path);
        thing.put("name", LinkedData.texts(museum.name()));
        thing.put("description", museum.description().isEmpty() ? null : LinkedData.texts(museum.description()));
        thing.put("url", museum.website());
        thing.put("mainEntityOfPage", linked.pages(path));
        thing.put("foundingDate", museum.founded() == null ? null : String.valueOf(museum.founded()));
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressLocality", LinkedData.texts(museum.city()));
        address.put("addressCountry", museum.state());
        thing.put("address", address);
        museum.position().ifPresent(p -> thing.put("geo", Map.of("@type", "GeoCoordinates", "latitude", p[0], "longitude", p[1])));
        CountryInfo state = geo.country(museum.state()).orElse(null);
        if (state != null) {
            thing.put("containedInPlace", Map.of("@type", "Country", "identifier", state.iso2(), "name", LinkedData.texts(state.names())));
        }
        thing.put("subjectOf", museum.heritage().isEmpty() ? null : museum.heritage().stream().sorted()
                .map(reference -> linked.absolute("/" + Language.DEFAULT.tag() + "/heritage/" + reference)).toList());
        thing.put("dateModified", museum.updatedAt().toString());
        thing.put("publisher", linked.publisher());
        return thing;
    }
}
