package org.turath.opendata;

import org.springframework.stereotype.Component;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.Slice;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.util.Optional;

/**
 * The museums of the directory as a GeoJSON feature collection, for a map: each located, published museum a point with
 * its names in three languages, its city, its state and its page. Read a page at a time; nothing holds the set.
 */
@Component
class MuseumFiles {

    private static final int PAGE = 500;

    private final MuseumsApi museums;
    private final JsonMapper json;
    private final OpenDataSettings settings;

    MuseumFiles(MuseumsApi museums, JsonMapper json, OpenDataSettings settings) {
        this.museums = museums;
        this.json = json;
        this.settings = settings;
    }

    /** Writes the collection to {@code body}; returns how many museums it holds. */
    long geojson(OutputStream body) {
        long written = 0;
        try (JsonGenerator out = json.createGenerator(body)) {
            out.writeStartObject();
            out.writeStringProperty("type", "FeatureCollection");
            out.writeName("features");
            out.writeStartArray();
            Optional<String> after = Optional.empty();
            do {
                Slice<MuseumsApi.MuseumSummary> page = museums.published(after, PAGE);
                for (MuseumsApi.MuseumSummary museum : page.items()) {
                    if (!museum.located()) {
                        continue;
                    }
                    out.writeStartObject();
                    out.writeStringProperty("type", "Feature");
                    out.writeStringProperty("id", museum.reference());
                    out.writeName("geometry");
                    out.writeStartObject();
                    out.writeStringProperty("type", "Point");
                    out.writeName("coordinates");
                    out.writeStartArray();
                    out.writeNumber(museum.longitude());
                    out.writeNumber(museum.latitude());
                    out.writeEndArray();
                    out.writeEndObject();
                    out.writeName("properties");
                    out.writeStartObject();
                    out.writeStringProperty("reference", museum.reference());
                    for (Language language : Language.values()) {
                        out.writeStringProperty("name_" + language.tag(), museum.name().in(language).orElse(null));
                    }
                    for (Language language : Language.values()) {
                        out.writeStringProperty("city_" + language.tag(), museum.city() == null ? null : museum.city().in(language).orElse(null));
                    }
                    out.writeStringProperty("state", museum.state());
                    out.writeStringProperty("url", settings.publicUrl() + "/" + Language.DEFAULT.tag() + "/museums/" + museum.reference());
                    out.writeEndObject();
                    out.writeEndObject();
                    written++;
                }
                out.flush();
                after = page.nextCursor();
            } while (after.isPresent());
            out.writeEndArray();
            out.writeStringProperty("licence", settings.licenceUrl());
            out.writeEndObject();
        }
        return written;
    }
}
