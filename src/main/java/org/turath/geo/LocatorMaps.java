package org.turath.geo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.turath.geo.internal.LocatorDrawing;
import org.turath.geo.internal.WorldOutlines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small maps drawn by the server: where a heritage item, a museum, a project or a report lies, as SVG inside
 * the page. A reader sees the place at once and pays a few kilobytes for it; the interactive map (Leaflet,
 * the boundaries and its scripts, about 80 KB) loads only when the reader asks to explore. Pages hand in the
 * markers they already give the interactive map — JSON {@code [{"lat": …, "lon": …, "name": …}]} — and
 * templates reach this bean as {@code locatorMaps} (fragments/map.html writes the drawing out, escaping its texts).
 * Drawings are kept by their markers and language, so a page drawn again costs a lookup. The same drawing serves maps
 * of many places (the results map, the museum directory) as an overview: the places gathered into counted spots,
 * the land of each frame kept.
 */
@Component
public class LocatorMaps {

    private final WorldOutlines world;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Cache<String, Optional<LocatorMap>> drawn = Caffeine.newBuilder().maximumSize(4_000).build();
    /** The land of the frames overviews were drawn in: the same search, or no search, frames the same part of the world. */
    private final Cache<LocatorDrawing.Frame, String> land = Caffeine.newBuilder().maximumSize(500).build();

    LocatorMaps() {
        try {
            this.world = WorldOutlines.read(new ClassPathResource("static/geo/countries-110m.geojson").getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The drawing of the places in {@code markers}, the countries that hold them named in {@code language}; null when
     * no marker has a position (the page then says so in words).
     */
    public LocatorMap drawing(String markers, String language) {
        if (markers == null || markers.isBlank()) {
            return null;
        }
        return drawn.get(language + '\u0000' + markers, key -> draw(markers, language)).orElse(null);
    }

    /**
     * The overview of many places (the results of a search): framed on {@code box} when it is not null, else around
     * the places, the world when there are none; places close together gathered into one spot with their number.
     */
    public OverviewMap overview(List<OverviewMap.Place> places, OverviewMap.Box box) {
        return LocatorDrawing.overview(places, box, frame -> land.get(frame, key -> LocatorDrawing.land(world, key)));
    }

    private Optional<LocatorMap> draw(String markers, String language) {
        List<LocatorDrawing.Pin> pins = new ArrayList<>();
        for (JsonNode marker : json.readTree(markers)) {
            JsonNode lat = marker.path("lat");
            JsonNode lon = marker.path("lon");
            if (lat.isNumber() && lon.isNumber() && Math.abs(lat.asDouble()) <= 90 && Math.abs(lon.asDouble()) <= 180) {
                pins.add(new LocatorDrawing.Pin(lat.asDouble(), lon.asDouble(), marker.path("name").asString("")));
            }
        }
        return pins.isEmpty() ? Optional.empty() : Optional.of(LocatorDrawing.draw(world, pins, language));
    }
}
