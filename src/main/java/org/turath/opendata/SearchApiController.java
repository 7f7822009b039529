package org.turath.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.turath.registry.RegistryApi;
import org.turath.search.MapMarker;
import org.turath.search.SearchApi;
import org.turath.search.SearchParameters;
import org.turath.search.SearchResult;
import org.turath.search.Suggestion;
import org.turath.shared.RequestParameters;
import org.turath.shared.Language;

import java.util.List;
import java.util.Map;

/** Search as JSON, with the pages' parameters: hits, total and facets counted by the index, cursor-paged. */
@RestController
@RequestMapping(path = "/api/v1/search", produces = "application/json")
@Tag(name = "Search", description = "Full-text, faceted and geographic search over all public content")
class SearchApiController {

    private static final int MAX_MARKERS = 20_000;

    private final SearchApi search;
    private final RegistryApi registry;
    private final OpenDataSettings settings;
    private final tools.jackson.databind.json.JsonMapper json;

    SearchApiController(SearchApi search, RegistryApi registry, OpenDataSettings settings, tools.jackson.databind.json.JsonMapper json) {
        this.search = search;
        this.registry = registry;
        this.settings = settings;
        this.json = json;
    }

    record Hit(String type, String reference, HeritageResource.Text name, String nameHighlight, String snippet, String kind,
               String status, List<String> states, Integer inscriptionYear, HeritageResource.Location location, String href) {
    }

    record Page(long total, List<Hit> items, Map<String, List<SearchResult.FacetCount>> facets, String next) {
    }

    record Marker(String reference, String name, double latitude, double longitude, String kind, String status, String href) {
    }

    record Markers(List<Marker> markers, boolean truncated) {
    }

    @GetMapping
    @Operation(summary = "Search", description = "Text in Arabic, English or French (optional); facets repeat or take "
            + "comma-separated values; box=south,west,north,east; near=lat,lon or nearRef=IWH-0042 with km; "
            + "sort=RELEVANCE|NAME|YEAR|DISTANCE; follow `next` for the next page.")
    Page search(@ParameterObject @ModelAttribute SearchParameters parameters,
                @Parameter(description = "ar, en or fr: language of highlights and of NAME order (default ar)")
                @RequestParam(required = false) String lang) {
        Language language = RequestParameters.language(lang);
        SearchResult result = search.search(parameters.toQuery(language, registry::coordinates));
        return new Page(result.total(), result.hits().stream().map(hit -> new Hit(hit.type(), hit.reference(),
                HeritageResource.Text.of(hit.name()), html(hit.nameHighlight()), html(hit.snippet()), hit.kind(), hit.status(), hit.states(),
                hit.year(), HeritageResource.Location.of(hit.latitude(), hit.longitude()),
                // publications, objects and exhibitions have no API of their own (yet): their public page (an object's IIIF manifest is linked there)
                "PUBLICATION".equals(hit.type()) ? "/" + language.tag() + "/publications/" + hit.reference()
                        : "OBJECT".equals(hit.type()) ? "/" + language.tag() + "/collections/" + hit.reference()
                        : "EXHIBITION".equals(hit.type()) ? "/" + language.tag() + "/exhibitions/" + hit.reference()
                        : "MUSEUM".equals(hit.type()) ? "/api/v1/museums/" + hit.reference()
                        : "/api/v1/heritage/" + hit.reference())).toList(), result.facets(), result.nextCursor().orElse(null));
    }

    @GetMapping("/markers")
    @Operation(summary = "Every located result of a search (up to 20,000), for maps; sort, cursor and limit are ignored")
    Markers markers(@ParameterObject @ModelAttribute SearchParameters parameters, @RequestParam(required = false) String lang) {
        Language language = RequestParameters.language(lang);
        List<MapMarker> markers = search.markers(parameters.toQuery(language, registry::coordinates), MAX_MARKERS + 1);
        return new Markers(markers.stream().limit(MAX_MARKERS).map(marker -> new Marker(marker.reference(), marker.name(),
                marker.latitude(), marker.longitude(), marker.kind(), marker.status(), "/" + language.tag() + "/heritage/" + marker.reference())).toList(),
                markers.size() > MAX_MARKERS);
    }

    @GetMapping(path = "/markers.geojson", produces = "application/geo+json")
    @Operation(summary = "The located results of a search (up to 20,000) as a GeoJSON feature collection, to download")
    org.springframework.http.ResponseEntity<String> markersAsGeoJson(@ParameterObject @ModelAttribute SearchParameters parameters,
                                                                     @RequestParam(required = false) String lang) {
        Language language = RequestParameters.language(lang);
        List<MapMarker> markers = search.markers(parameters.toQuery(language, registry::coordinates), MAX_MARKERS);
        java.util.List<Map<String, Object>> features = markers.stream().map(marker -> Map.<String, Object>of(
                "type", "Feature",
                "id", marker.reference(),
                "geometry", Map.of("type", "Point", "coordinates", List.of(marker.longitude(), marker.latitude())),
                "properties", Map.of("reference", marker.reference(), "name", marker.name(), "kind", marker.kind(),
                        "status", marker.status(), "url", settings.recordUri("heritage", marker.reference()))))
                .toList();
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("turath-search.geojson").build().toString())
                .body(json.writeValueAsString(Map.of("type", "FeatureCollection", "features", features,
                        "licence", settings.licenceUrl())));
    }

    /**
     * The results of a search as a spreadsheet: every result (up to 20,000), a page of the search at a time, each with
     * its names in three columns, what it is and where; the position of a sensitive place as coarse as search shows it.
     * A filter the search refuses is a 400 problem before anything is written.
     */
    @GetMapping(path = "/results.csv", produces = "text/csv")
    @Operation(summary = "Every result of a search (up to 20,000) as CSV: UTF-8 with a BOM, names in three columns; "
            + "sort is kept, cursor and limit are ignored")
    void resultsAsCsv(@ParameterObject @ModelAttribute SearchParameters parameters, @RequestParam(required = false) String lang,
                      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Language language = RequestParameters.language(lang);
        org.turath.search.SearchQuery query = parameters.toQuery(language, registry::coordinates).withCursor(null)
                .withLimit(org.turath.search.SearchQuery.MAX_LIMIT);
        SearchResult page = search.search(query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment().filename("turath-search.csv").build().toString());
        java.io.Writer writer = new java.io.OutputStreamWriter(response.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.RFC4180
                .builder().setHeader("type", "reference", "name_ar", "name_en", "name_fr", "kind", "status", "states", "year",
                        "latitude", "longitude", "url").get());
        int written = 0;
        while (true) {
            for (SearchResult.Hit hit : page.hits()) {
                if (written++ == MAX_MARKERS) {
                    csv.close(true);
                    return;
                }
                csv.printRecord(hit.type(), hit.reference(), HeritageFiles.text(hit.name(), Language.AR),
                        HeritageFiles.text(hit.name(), Language.EN), HeritageFiles.text(hit.name(), Language.FR), hit.kind(), hit.status(),
                        String.join(";", hit.states()), hit.year(), hit.latitude(), hit.longitude(),
                        settings.publicUrl() + "/" + language.tag() + hit.page());
            }
            if (page.nextCursor().isEmpty()) {
                break;
            }
            csv.flush();
            page = search.search(query.withCursor(page.nextCursor().get()));
        }
        csv.close(true);
    }

    @GetMapping("/suggest")
    @Operation(summary = "Names that begin with what was typed, in any of the three languages")
    List<Suggestion> suggest(@RequestParam(required = false) String q, @RequestParam(required = false) String lang) {
        return search.suggest(q, RequestParameters.language(lang), 10);
    }



    private static String html(org.turath.shared.Html html) {
        return html == null ? null : html.html();
    }
}
