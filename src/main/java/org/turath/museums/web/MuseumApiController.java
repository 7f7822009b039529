package org.turath.museums.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.turath.geo.GeoApi;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.Slugs;

import java.util.List;
import java.util.Optional;

/** The directory of museums as JSON: a page at a time, one museum, and every located museum for a map. */
@RestController
@RequestMapping(path = "/api/v1/museums", produces = "application/json")
@Tag(name = "Museums", description = "The directory of museums of the Islamic world")
class MuseumApiController {

    private static final int PAGE = 100;

    private final MuseumDesk desk;
    private final GeoApi geo;

    MuseumApiController(MuseumDesk desk, GeoApi geo) {
        this.desk = desk;
        this.geo = geo;
    }

    record Text(String ar, String en, String fr) {
        static Text of(LocalizedText text) {
            return new Text(text.in(Language.AR).orElse(null), text.in(Language.EN).orElse(null), text.in(Language.FR).orElse(null));
        }
    }

    record Resource(String reference, Text name, String kind, String state, Text city, Double latitude, Double longitude,
                    Integer founded, String website, Text openingHours, Text accessibility, Text description,
                    List<String> heritage, String sources, String updated, String page) {

        static Resource of(Museum m) {
            return new Resource(m.reference(), Text.of(m.name()), m.kind().name(), m.state(), Text.of(m.city()),
                    m.position().map(p -> p[0]).orElse(null), m.position().map(p -> p[1]).orElse(null), m.founded(), m.website(),
                    Text.of(m.hours()), Text.of(m.accessibility()), Text.of(m.description()), m.heritage().stream().sorted().toList(),
                    m.sources(), m.updatedAt().toString(), "/" + Language.DEFAULT.tag() + "/museums/" + m.reference());
        }
    }

    record Page(List<Resource> items, String next) {
    }

    record Marker(String reference, String name, double latitude, double longitude, String kind, String museumKind, String href) {
    }

    record Markers(List<Marker> markers, boolean truncated) {
    }

    @GetMapping
    @Operation(summary = "Published museums, alphabetical in the language asked; filters state (ISO 3166 alpha-2), kind, city; follow `next`")
    Page list(@RequestParam(required = false) String lang, @RequestParam(required = false) String state,
              @RequestParam(required = false) String kind, @RequestParam(required = false) String city,
              @RequestParam(required = false) String cursor) {
        Language language = RequestParameters.language(lang);
        MuseumPages.Filters filters = MuseumPages.Filters.read(state, kind, city, geo.memberStateCodes());
        Slice<Museum> page = desk.directory(filters.listing(), language, RequestParameters.present(cursor), PAGE);
        return new Page(page.items().stream().map(Resource::of).toList(), page.nextCursor().orElse(null));
    }

    @GetMapping("/markers")
    @Operation(summary = "Every published museum with a position (up to 5,000), for maps; same filters as the list")
    Markers markers(@RequestParam(required = false) String lang, @RequestParam(required = false) String state,
                    @RequestParam(required = false) String kind, @RequestParam(required = false) String city) {
        Language language = RequestParameters.language(lang);
        MuseumPages.Filters filters = MuseumPages.Filters.read(state, kind, city, geo.memberStateCodes());
        List<Museum> located = desk.located(filters.listing());
        return new Markers(located.stream().map(m -> new Marker(m.reference(),
                m.name().resolve(language).map(l -> l.text()).orElse(m.reference()), m.position().get()[0], m.position().get()[1],
                "MUSEUM", m.kind().name(), "/" + language.tag() + "/museums/" + m.reference())).toList(),
                located.size() >= MuseumDesk.MAX_MARKERS);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One published museum")
    Resource museum(@PathVariable String reference) {
        return (Slugs.valid(reference) ? desk.shown(reference) : Optional.<Museum>empty()).map(Resource::of)
                .orElseThrow(() -> new NotFoundException("museum"));
    }
}
