package org.turath.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSummary;
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
import java.util.function.Consumer;

/**
 * The List written as files — CSV (UTF-8 with a byte-order mark so spreadsheet programs read Arabic right, a column
 * per language) and GeoJSON (a point per located item) — a page of the List at a time, for downloads and dumps: a
 * file of 100,000 items starts at once and never holds them.
 */
@Component
class HeritageFiles {

    static final int PAGE = HeritageQuery.MAX_LIMIT;
    /** Cells a spreadsheet would read as a formula are written as text. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final RegistryApi registry;
    private final OpenDataSettings settings;
    private final JsonMapper json;
    private final org.turath.registry.HeritageLinkedData linkedData;

    HeritageFiles(RegistryApi registry, OpenDataSettings settings, JsonMapper json,
                  org.turath.registry.HeritageLinkedData linkedData) {
        this.registry = registry;
        this.settings = settings;
        this.json = json;
        this.linkedData = linkedData;
    }

    /**
     * Every published item as JSON-LD, the schema.org description its page embeds, in one {@code @graph}; says how
     * many were written.
     */
    long jsonld(OutputStream body) throws IOException {
        long written = 0;
        try (JsonGenerator out = json.createGenerator(body)) {
            out.writeStartObject();
            out.writeStringProperty("@context", "https://schema.org");
            out.writeName("@graph");
            out.writeStartArray();
            java.util.Optional<String> after = java.util.Optional.empty();
            do {
                Slice<org.turath.registry.HeritageDetail> page = registry.details(after, PAGE);
                for (org.turath.registry.HeritageDetail item : page.items()) {
                    java.util.Map<String, Object> description = new java.util.LinkedHashMap<>(
                            linkedData.describe(item, registry.images(item.reference())));
                    description.remove("@context");
                    out.writePOJO(description);
                    written++;
                }
                out.flush();
                after = page.nextCursor();
            } while (after.isPresent());
            out.writeEndArray();
            out.writeStringProperty("license", settings.licenceUrl());
            out.writeEndObject();
        }
        return written;
    }

    /** The first page, read before anything is written: a filter the registry refuses is still a clean 400. */
    Slice<HeritageSummary> firstPage(HeritageQuery query) {
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

    /** The items of {@code query}, from its {@code firstPage}, as a GeoJSON feature collection. */
    void geojson(HeritageQuery query, Slice<HeritageSummary> firstPage, OutputStream body) throws IOException {
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

    /** The items of {@code query}, from its {@code firstPage}, as CSV. */
    void csv(HeritageQuery query, Slice<HeritageSummary> firstPage, OutputStream body) throws IOException {
        Writer writer = new OutputStreamWriter(body, StandardCharsets.UTF_8);
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

    /** The text in one language, made harmless for spreadsheets (a leading formula sign is quoted away). */
    static String text(LocalizedText text, Language language) {
        return cell(text == null ? null : text.in(language).orElse(null));
    }

    /** A value made harmless for spreadsheets: one that starts like a formula is written as text. */
    static String cell(String value) {
        if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
