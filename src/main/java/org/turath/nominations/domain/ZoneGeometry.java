package org.turath.nominations.domain;

import org.turath.shared.Refusal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone of a property (core or buffer) from an uploaded GeoJSON (geometry, feature or feature
 * collection) or KML file, normalised to one GeoJSON MultiPolygon. Coordinates are checked, rings
 * closed, and the size bounded; a KML with a DOCTYPE (external entities) is refused outright.
 */
public final class ZoneGeometry {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_POINTS = 200_000;

    private ZoneGeometry() {
    }

    /** Polygons, each a list of rings, each a list of [longitude, latitude]. */
    private record Polygons(List<List<List<double[]>>> polygons) {
    }

    public static String normalise(byte[] content, JsonMapper json) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new Refusal("nominations", "zone-size", MAX_BYTES / (1024 * 1024));
        }
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        List<List<List<double[]>>> polygons = new ArrayList<>();
        if (text.startsWith("<")) {
            fromKml(content, polygons);
        } else {
            JsonNode root;
            try {
                root = json.readTree(text);
            } catch (RuntimeException e) {
                throw new Refusal("nominations", "zone-format");
            }
            fromGeoJson(root, polygons, 0);
        }
        if (polygons.isEmpty()) {
            throw new Refusal("nominations", "zone-empty");
        }
        int points = 0;
        StringBuilder out = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int p = 0; p < polygons.size(); p++) {
            out.append(p == 0 ? "[" : ",[");
            List<List<double[]>> rings = polygons.get(p);
            for (int r = 0; r < rings.size(); r++) {
                List<double[]> ring = close(rings.get(r));
                if (ring.size() < 4) {
                    throw new Refusal("nominations", "zone-format");
                }
                points += ring.size();
                if (points > MAX_POINTS) {
                    throw new Refusal("nominations", "zone-size", MAX_BYTES / (1024 * 1024));
                }
                out.append(r == 0 ? "[" : ",[");
                for (int i = 0; i < ring.size(); i++) {
                    double[] point = ring.get(i);
                    out.append(i == 0 ? "" : ",").append('[').append(point[0]).append(',').append(point[1]).append(']');
                }
                out.append(']');
            }
            out.append(']');
        }
        return out.append("]}").toString();
    }

    /** A short description of a stored zone for versions and timelines: "2 polygons, 154 points". */
    public static String summary(String geoJson) {
        if (geoJson == null) {
            return null;
        }
        // our own normalised form: every polygon opens with "[[[", every point is "[lon,lat]"
        long polygons = java.util.regex.Pattern.compile("\\[\\[\\[").matcher(geoJson).results().count();
        long points = java.util.regex.Pattern.compile("\\[-?\\d").matcher(geoJson).results().count();
        return polygons + " polygon(s), " + points + " points";
    }

    private static void fromGeoJson(JsonNode node, List<List<List<double[]>>> polygons, int depth) {
        if (depth > 3 || node == null || !node.isObject()) {
            throw new Refusal("nominations", "zone-format");
        }
        String type = node.path("type").asString("");
        switch (type) {
            case "FeatureCollection" -> {
                for (JsonNode feature : node.path("features")) {
                    fromGeoJson(feature, polygons, depth + 1);
                }
            }
            case "Feature" -> fromGeoJson(node.get("geometry"), polygons, depth + 1);
            case "Polygon" -> polygons.add(rings(node.path("coordinates")));
            case "MultiPolygon" -> {
                for (JsonNode polygon : node.path("coordinates")) {
                    polygons.add(rings(polygon));
                }
            }
            default -> throw new Refusal("nominations", "zone-type", type.isEmpty() ? "?" : type);
        }
    }

    private static List<List<double[]>> rings(JsonNode polygon) {
        if (!polygon.isArray() || polygon.isEmpty()) {
            throw new Refusal("nominations", "zone-format");
        }
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    throw new Refusal("nominations", "zone-format");
                }
                points.add(point(position.get(0).asDouble(), position.get(1).asDouble()));
            }
            rings.add(points);
        }
        return rings;
    }

    private static void fromKml(byte[] content, List<List<List<double[]>>> polygons) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw new Refusal("nominations", "zone-format");
        }
        NodeList found = document.getElementsByTagNameNS("*", "Polygon");
        for (int i = 0; i < found.getLength(); i++) {
            Element polygon = (Element) found.item(i);
            List<List<double[]>> rings = new ArrayList<>();
            for (String boundary : new String[]{"outerBoundaryIs", "innerBoundaryIs"}) {
                NodeList boundaries = polygon.getElementsByTagNameNS("*", boundary);
                for (int b = 0; b < boundaries.getLength(); b++) {
                    NodeList coordinates = ((Element) boundaries.item(b)).getElementsByTagNameNS("*", "coordinates");
                    if (coordinates.getLength() > 0) {
                        rings.add(kmlRing(coordinates.item(0).getTextContent()));
                    }
                }
            }
            if (!rings.isEmpty()) {
                polygons.add(rings);
            }
        }
    }

    private static List<double[]> kmlRing(String text) {
        List<double[]> points = new ArrayList<>();
        for (String tuple : text.strip().split("\\s+")) {
            String[] parts = tuple.split(",");
            if (parts.length < 2) {
                throw new Refusal("nominations", "zone-format");
            }
            try {
                points.add(point(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
            } catch (NumberFormatException e) {
                throw new Refusal("nominations", "zone-format");
            }
        }
        return points;
    }

    private static double[] point(double longitude, double latitude) {
        if (!Double.isFinite(longitude) || !Double.isFinite(latitude) || Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
            throw new Refusal("nominations", "zone-coordinates");
        }
        return new double[]{longitude, latitude};
    }

    private static List<double[]> close(List<double[]> ring) {
        if (!ring.isEmpty()) {
            double[] first = ring.get(0);
            double[] last = ring.get(ring.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                List<double[]> closed = new ArrayList<>(ring);
                closed.add(first);
                return closed;
            }
        }
        return ring;
    }
}
