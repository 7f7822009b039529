package org.turath.opendata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.registry.RegistryApi;
import org.turath.risk.RiskFixture;
import org.turath.risk.domain.ReportContent;
import org.turath.support.IntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sensitive place is shown to the public only roughly on every surface the portal has — its page and its JSON-LD, the
 * List's downloads, the API, search and the map, OAI-PMH, the complete files, heritage at risk — while the back office
 * keeps its exact position. The place becomes sensitive when a report marked so is published.
 */
@IntegrationTest
class SensitivePlacesTests extends OverHttp {

    @Autowired
    RiskFixture risk;

    @Autowired
    RegistryApi items;

    @Autowired
    OpenDataSettings settings;

    @Autowired
    OpenDataDumps dumps;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPublicSurfaceShowsASensitivePlaceOnlyRoughlyAndTheBackOfficeKeepsItExact() throws Exception {
        // an item no other test makes sensitive (Bosra)
        String item = registry.referenceOf(22);
        var detail = items.find(item).orElseThrow();
        assertThat(detail.sensitive()).isFalse();
        String state = detail.states().get(0);
        String name = detail.name().in(org.turath.shared.Language.EN).orElseThrow();
        // the exact position's first three decimals: no rounding to a tenth of a degree writes them
        String latitude = truncated(detail.latitude());
        String longitude = truncated(detail.longitude());
        assertThat(latitude).as("an exact latitude unlike its rounding").doesNotEndWith("00");

        Map<String, String> before = surfaces(item, state, name);
        assertThat(before.get("item page")).contains(latitude);
        assertThat(before.get("API item")).contains(latitude);
        assertThat(before.get("GeoJSON download")).contains(latitude);

        risk.published(RiskFixture.content(item, "very-bad", List.of(new ReportContent.Cause("9.1", "high")), true));
        dumps.writeAll();

        Map<String, String> after = surfaces(item, state, name);
        assertThat(leaks(after, latitude, longitude)).as("surfaces that still give the exact position").isEmpty();
        assertThat(after.get("item page")).contains("Approximate position");
        // (the surfaces do show the item, roughly: the test would see a leak)
        String rough = String.format(Locale.ROOT, "%.1f", Math.round(detail.latitude() * 10) / 10.0);
        for (String surface : List.of("search markers", "search GeoJSON", "GeoJSON download", "OAI edm", "OAI turath", "reports API")) {
            assertThat(after.get(surface)).as(surface).contains(rough);
        }
        assertThat(after.get("API item")).contains(String.format(Locale.ROOT, "%.1f", Math.round(detail.latitude() * 10) / 10.0));

        // the people who keep the List still see it exact
        Double kept = jdbc.queryForObject("select latitude from heritage_item where reference = ?", Double.class, item);
        assertThat(truncated(kept)).isEqualTo(latitude);
    }

    /** The surfaces that give the exact position, each with where it does. */
    private static List<String> leaks(Map<String, String> surfaces, String latitude, String longitude) {
        List<String> leaks = new ArrayList<>();
        surfaces.forEach((surface, body) -> {
            int at = Math.max(body.indexOf(latitude), body.indexOf(longitude));
            if (at >= 0) {
                // where it leaks, so a failure says which record gave the position away
                leaks.add(surface + ": …" + body.substring(Math.max(0, at - 300), Math.min(body.length(), at + 60)) + "…");
            }
        });
        return leaks;
    }

    /** What each public surface says about the item (or its state, where a surface lists several). */
    private Map<String, String> surfaces(String item, String state, String name) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("item page", body("/en/heritage/" + item));
        bodies.put("item page, Arabic", body("/ar/heritage/" + item));
        bodies.put("item JSON-LD", body("/api/v1/heritage/" + item + ".jsonld"));
        bodies.put("API item", body("/api/v1/heritage/" + item));
        bodies.put("API list", body("/api/v1/heritage?state=" + state + "&limit=100"));
        bodies.put("CSV download", body("/api/v1/heritage.csv?state=" + state));
        bodies.put("GeoJSON download", body("/api/v1/heritage.geojson?state=" + state));
        String query = URLEncoder.encode(name, StandardCharsets.UTF_8);
        bodies.put("search API", body("/api/v1/search?q=" + query));
        bodies.put("search markers", body("/api/v1/search/markers?q=" + query));
        bodies.put("search GeoJSON", body("/api/v1/search/markers.geojson?q=" + query));
        bodies.put("search page", body("/en/search?q=" + query));
        bodies.put("map page", body("/en/map?q=" + query));
        bodies.put("state page", body("/en/states/" + state.toLowerCase(Locale.ROOT)));
        bodies.put("home page", body("/en/"));
        String identifier = URLEncoder.encode(settings.oaiIdentifier("heritage", item), StandardCharsets.UTF_8);
        for (String format : List.of("oai_dc", "edm", "turath")) {
            bodies.put("OAI " + format, body("/oai?verb=GetRecord&metadataPrefix=" + format + "&identifier=" + identifier));
        }
        bodies.put("heritage at risk", body("/en/heritage-at-risk?item=" + item));
        bodies.put("reports API", body("/api/v1/reports?item=" + item));
        // the complete files that hold heritage items or reports on them; the others (museums, objects…) hold places of
        // their own, which may share digits with the item's by chance (a museum at longitude 32.519, Bosra at latitude
        // 32.519…) and are no leak of it
        for (OpenDataDumps.Dump dump : dumps.current()) {
            if (List.of("heritage", "report").contains(dump.format().recordType())) {
                bodies.put("complete file " + dump.fileName(), gunzip(dump));
            }
        }
        return bodies;
    }

    private String body(String path) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String gunzip(OpenDataDumps.Dump dump) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dumps.file(dump)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncated(double degrees) {
        String whole = java.math.BigDecimal.valueOf(degrees).setScale(3, java.math.RoundingMode.DOWN).toPlainString();
        return whole;
    }
}
