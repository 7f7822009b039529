package org.turath.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSummary;
import org.turath.registry.ListParameters;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.Slice;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The List as files for maps and spreadsheets, with the List's own filters: GeoJSON (a point per located item) and
 * CSV (UTF-8 with a byte-order mark so spreadsheet programs read Arabic right, a column per language). Written as
 * they are read, a page of the List at a time: a download of 100,000 items starts at once and never holds them.
 */
@RestController
@Tag(name = "Heritage", description = "The Islamic World Heritage List")
class HeritageDownloads {

    private static final int PAGE = HeritageQuery.MAX_LIMIT;
    /** Cells a spreadsheet would read as a formula are written as text. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final RegistryApi registry;
    private final OpenDataSettings settings;
    private final JsonMapper json;

    HeritageDownloads(RegistryApi registry, OpenDataSettings settings, JsonMapper json) {
        this.registry = registry;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/heritage.geojson", produces = "application/geo+json")
    @Operation(summary = "The List (filtered as /api/v1/heritage is) as a GeoJSON feature collection of located items")
    void geojson(ListParameters filters, HttpServletResponse response) throws IOException {
        HeritageQuery query = filters.toQuery(Language.DEFAULT).withLimit(PAGE);
        Slice<HeritageSummary> firstPage = firstPage(query);
        prepare(response, "application/geo+json", "turath-heritage.geojson");
        OutputStream body = response.getOutputStream();
        try (JsonGenerator out = json.createGenerator(body)) {
            out.writeStartObject();
            out.writeStringProperty("type", "FeatureCollection");
            out.writeName("features");
            out.writeStartArray();
            each(query, firstPage, item -> {
                if (item.latitude() == null || item.longitude() == null) {
                    return;
                }
                out.writeStartObject();
                out.writeStringProperty("type", "Feature");
                out.writeStringProperty("id", item.reference());
                out.writeName("geometry");
                out.writeStartObject();
                out.writeStringProperty("type", "Point");
                out.writeName("coordinates");
                out.writeStartArray();
                out.writeNumber(item.longitude());
                out.writeNumber(item.latitude());
                out.writeEndArray();
                out.writeEndObject();
                out.writeName("properties");
                out.writeStartObject();
                out.writeStringProperty("reference", item.reference());
                for (Language language : Language.values()) {
                    out.writeStringProperty("name_" + language.tag(), item.name().in(language).orElse(null));
                }
                out.writeStringProperty("kind", item.kind().name());
                out.writeStringProperty("status", item.status().name());
                out.writeName("states");
                out.writeStartArray();
                item.states().forEach(out::writeString);
                out.writeEndArray();
                if (item.inscriptionYear() != null) {
                    out.writeNumberProperty("inscription_year", item.inscriptionYear());
                }
                out.writeStringProperty("url", settings.recordUri("heritage", item.reference()));
                out.writeEndObject();
                out.writeEndObject();
            }, out::flush);
            out.writeEndArray();
            out.writeStringProperty("licence", settings.licenceUrl());
            out.writeEndObject();
        }
    }

    @GetMapping(path = "/api/v1/heritage.csv", produces = "text/csv")
    @Operation(summary = "The List (filtered as /api/v1/heritage is) as CSV: UTF-8 with a BOM, names in three columns")
    void csv(ListParameters filters, HttpServletResponse response) throws IOException {
        HeritageQuery query = filters.toQuery(Language.DEFAULT).withLimit(PAGE);
        Slice<HeritageSummary> firstPage = firstPage(query);
        prepare(response, "text/csv;charset=UTF-8", "turath-heritage.csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader("reference", "name_ar", "name_en", "name_fr", "kind", "status", "states", "states_ar", "states_en",
                        "states_fr", "inscription_year", "latitude", "longitude", "url")
                .get());
        each(query, firstPage, item -> {
            try {
                csv.printRecord(item.reference(), text(item.name(), Language.AR), text(item.name(), Language.EN),
                        text(item.name(), Language.FR), item.kind().name(), item.status().name(), String.join(";", item.states()),
                        text(item.stateLabel(), Language.AR), text(item.stateLabel(), Language.EN), text(item.stateLabel(), Language.FR),
                        item.inscriptionYear(), item.latitude(), item.longitude(), settings.recordUri("heritage", item.reference()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> {
            try {
                csv.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        csv.close(true);
    }

    /** The first page, read before anything is written: a filter the registry refuses is still a clean 400. */
    private Slice<HeritageSummary> firstPage(HeritageQuery query) {
        return registry.list(query);
    }

    /** Every item the query matches, a page at a time from the first; {@code afterPage} runs once each page is written. */
    private void each(HeritageQuery first, Slice<HeritageSummary> firstPage, Consumer<HeritageSummary> write, Runnable afterPage) {
        Slice<HeritageSummary> page = firstPage;
        while (true) {
            page.items().forEach(write);
            afterPage.run();
            if (page.nextCursor().isEmpty()) {
                return;
            }
            page = registry.list(first.after(page.nextCursor().get()));
        }
    }

    private static void prepare(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue());
    }

    /** The text in one language, made harmless for spreadsheets (a leading formula sign is quoted away). */
    private static String text(LocalizedText text, Language language) {
        String value = text == null ? null : text.in(language).orElse(null);
        if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
