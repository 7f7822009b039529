package org.turath.geo.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The countries of the offline base map (Natural Earth's 1:110 million boundaries, public domain), read once
 * from the GeoJSON shipped with the portal and projected onto Web Mercator's unit square: x from 0 (180° W) to
 * 1 (180° E), y from 0 (the north edge, about 85° N) to 1. Each ring keeps its bounding box so a drawing of
 * one region only clips the rings that reach into it.
 */
public final class WorldOutlines {

    /** One closed ring of a country's outline, in projected coordinates {@code x0 y0 x1 y1 …}, with its box. */
    public record Ring(double[] xy, double minX, double minY, double maxX, double maxY) {

        boolean overlaps(double left, double top, double right, double bottom) {
            return maxX >= left && minX <= right && maxY >= top && minY <= bottom;
        }

        /** Whether the projected point lies inside this ring (even–odd rule). */
        boolean contains(double x, double y) {
            if (x < minX || x > maxX || y < minY || y > maxY) {
                return false;
            }
            boolean inside = false;
            int n = xy.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /**
     * A country's outline: its outer rings and holes together, drawn with the even–odd rule. A point is in the
     * country when an odd number of its rings hold it.
     */
    public record Country(String iso2, Map<String, String> names, List<Ring> rings) {

        /** The country's name in a language ({@code ar}, {@code en}, {@code fr}), English when it has none in it. */
        public String name(String language) {
            String name = names.get(language);
            return name == null || name.isBlank() ? names.getOrDefault("en", iso2) : name;
        }

        public boolean contains(double x, double y) {
            boolean inside = false;
            for (Ring ring : rings) {
                if (ring.contains(x, y)) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /** The latitude where Web Mercator's square ends. */
    static final double LIMIT = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));

    private final List<Country> countries;

    private WorldOutlines(List<Country> countries) {
        this.countries = List.copyOf(countries);
    }

    public List<Country> countries() {
        return countries;
    }

    public static double x(double longitude) {
        return (longitude + 180) / 360;
    }

    public static double y(double latitude) {
        double clamped = Math.max(-LIMIT, Math.min(LIMIT, latitude));
        double radians = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / Math.PI) / 2;
    }

    /** Reads a GeoJSON FeatureCollection of Polygons and MultiPolygons whose features carry {@code iso2}. */
    public static WorldOutlines read(InputStream geoJson) {
        JsonNode root;
        try (geoJson) {
            root = JsonMapper.builder().build().readTree(geoJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Country> countries = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode geometry = feature.path("geometry");
            List<Ring> rings = new ArrayList<>();
            switch (geometry.path("type").asString("")) {
                case "Polygon" -> addPolygon(geometry.path("coordinates"), rings);
                case "MultiPolygon" -> geometry.path("coordinates").forEach(polygon -> addPolygon(polygon, rings));
                default -> {
                    // points and lines have no area to draw
                }
            }
            if (!rings.isEmpty()) {
                JsonNode properties = feature.path("properties");
                Map<String, String> names = Map.of("en", properties.path("name").asString(""),
                        "ar", properties.path("name_ar").asString(""), "fr", properties.path("name_fr").asString(""));
                countries.add(new Country(properties.path("iso2").asString(""), names, rings));
            }
        }
        return new WorldOutlines(countries);
    }

    private static void addPolygon(JsonNode polygon, List<Ring> rings) {
        for (JsonNode ring : polygon) {
            int n = ring.size();
            if (n < 3) {
                continue;
            }
            double[] xy = new double[2 * n];
            double minX = 1, minY = 1, maxX = 0, maxY = 0;
            for (int i = 0; i < n; i++) {
                double x = x(ring.get(i).get(0).asDouble());
                double y = y(ring.get(i).get(1).asDouble());
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
            rings.add(new Ring(xy, minX, minY, maxX, maxY));
        }
    }
}
